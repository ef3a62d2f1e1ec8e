export * from './embedded-postgres';
export * from './data-source-options';
export * from './database.module';
export * from './transactional-connection';
export * from './query-counter';
export * from './snake-naming.strategy';
export * from './migrations';
export * from './decimal.transformer';
