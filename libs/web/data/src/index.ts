export * from './generated/graphql';
export { createApolloClient, CSRF_HEADER, redirectToLogin } from './lib/client';
export type { ApolloClientOptions } from './lib/client';
export { createSessionSignal, refetchFailedQueries } from './lib/session';
export type { SessionSignal } from './lib/session';
export {
  API_ERROR_CODES,
  errorCode,
  errorKind,
  errorMessage,
  fieldErrors,
  graphQLErrors,
  hasErrorCode,
} from './lib/errors';
export type { ApiErrorCode, ErrorKind, FieldError } from './lib/errors';
export { evictEntityFields, evictRootFields } from './lib/cache';
export { uploadFiles } from './lib/uploads';
export type { UploadedFile } from './lib/uploads';
