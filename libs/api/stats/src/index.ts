export * from './dashboard.inputs';
export * from './dashboard-scope';
export * from './dashboard.types';
export * from './figures.types';
export * from './stats.module';
export * from './targets';
export * from './pipeline/pipeline.types';
export * from './landing/landing.types';
