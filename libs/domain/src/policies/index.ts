export * from './policy-rules';
export * from './policy-validation';
export * from './policy-evaluation';
