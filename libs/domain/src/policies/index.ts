export * from './policy-rules';
export * from './policy-validation';
export * from './policy-evaluation';
export * from './policy-subjects';
