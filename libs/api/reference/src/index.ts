export * from './reference.module';
export * from './reference.service';
export * from './reference.entities';
export * from './segment.piece';
export * from './reference-history';
