export * from './auth.module';
export * from './auth.service';
export * from './access.guard';
export * from './access-rules';
