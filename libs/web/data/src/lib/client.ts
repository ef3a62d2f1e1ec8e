import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { hasErrorCode } from './errors';
import { clearToken, getToken } from './token';

export interface ApolloClientOptions {
  /** GraphQL endpoint; the dev and preview servers proxy `/graphql` to the API. */
  uri?: string;
  /** Called after an UNAUTHENTICATED answer cleared the token (default: go to /login). */
  onUnauthenticated?: () => void;
  /** Replaces the global fetch (tests). */
  fetch?: typeof fetch;
}

/** Operations whose UNAUTHENTICATED answer is expected and handled by the screen itself. */
const PUBLIC_OPERATIONS = new Set(['Login']);

export function redirectToLogin(): void {
  if (typeof window !== 'undefined' && window.location.pathname !== '/login') {
    window.location.assign('/login');
  }
}

export function authLink(): ApolloLink {
  return new SetContextLink(({ headers }) => {
    const token = getToken();
    return { headers: token ? { ...headers, Authorization: `Bearer ${token}` } : { ...headers } };
  });
}

export function unauthenticatedLink(onUnauthenticated: () => void): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (PUBLIC_OPERATIONS.has(operation.operationName ?? '')) return;
    if (hasErrorCode(error, 'UNAUTHENTICATED')) {
      clearToken();
      onUnauthenticated();
    }
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
  });
  return new ApolloClient({
    link: ApolloLink.from([
      unauthenticatedLink(options.onUnauthenticated ?? redirectToLogin),
      authLink(),
      http,
    ]),
    cache: new InMemoryCache(),
  });
}
