export * from './channel.enum';
export * from './attributed.entity';
export * from './attribution.service';
export * from './attribution.inputs';
export * from './attribution.conditions';
export * from './attribution.resolver';
export * from './attribution.module';
