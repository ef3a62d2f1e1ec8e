export * from './audit-entry.entity';
export * from './audit-merged-record.entity';
export * from './audit.service';
export * from './audit.module';
