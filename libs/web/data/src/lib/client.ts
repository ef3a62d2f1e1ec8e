import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { hasErrorCode } from './errors';

export interface ApolloClientOptions {
  /** GraphQL endpoint; the dev and preview servers proxy `/graphql` to the API. */
  uri?: string;
  /** Called after an UNAUTHENTICATED answer (default: go to /login). */
  onUnauthenticated?: () => void;
  /** Replaces the global fetch (tests). */
  fetch?: typeof fetch;
}

/**
 * The session lives in an HttpOnly cookie the API sets at sign-in: no script on the page can read
 * it. The API serves a cookie request only with this header, which another site's page cannot add.
 */
export const CSRF_HEADER = 'x-lianzhao-csrf';

/**
 * Operations whose UNAUTHENTICATED answer is expected and handled by the screen itself: the login
 * form, and the `me` check the AuthProvider makes on every page load (no session: the login page).
 */
const PUBLIC_OPERATIONS = new Set(['Login', 'Me', 'Logout']);

export function redirectToLogin(): void {
  if (typeof window !== 'undefined' && window.location.pathname !== '/login') {
    window.location.assign('/login');
  }
}

export function unauthenticatedLink(onUnauthenticated: () => void): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (PUBLIC_OPERATIONS.has(operation.operationName ?? '')) return;
    if (hasErrorCode(error, 'UNAUTHENTICATED')) onUnauthenticated();
  });
}

/**
 * The spreadsheet of an import travels in the mutation, larger than the API's 1 MB GraphQL body
 * limit: the API takes ImportLeads (and only it) on a route of its own.
 */
const OWN_ROUTES: Record<string, string> = { ImportLeads: '/import' };

export function createApolloClient(options: ApolloClientOptions = {}): ApolloClient {
  const base = options.uri ?? '/graphql';
  const http = new HttpLink({
    uri: (operation) => base + (OWN_ROUTES[operation.operationName ?? ''] ?? ''),
    fetch: options.fetch,
    credentials: 'same-origin',
    headers: { [CSRF_HEADER]: '1' },
  });
  return new ApolloClient({
    link: ApolloLink.from([unauthenticatedLink(options.onUnauthenticated ?? redirectToLogin), http]),
    cache: new InMemoryCache(),
  });
}
