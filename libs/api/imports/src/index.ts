export * from './imports.module';
export * from './imports.service';
export * from './lead-sheets.service';
export * from './lead-columns';
export * from './dto/import.types';
export * from './lead-import.entity';
export * from './import-jobs.service';
