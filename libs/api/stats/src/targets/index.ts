export * from './target.entity';
export * from './target-actual.entity';
export * from './targets.types';
export * from './targets.inputs';
export * from './targets.service';
export * from './targets.resolver';
