export * from './auth.module';
export * from './auth.service';
export * from './access.guard';
export * from './access-rules';
export * from './direct-field-resolvers';
export * from './session/session-credentials';
export * from './sign-in-log/sign-in-event.entity';
