import type { ApolloClient } from '@apollo/client';
import { redirectToLogin } from './client';

/**
 * Carries "the API no longer knows this session" from the Apollo client, which hears it, to the
 * signed-in frame, which asks the user to sign in again over the page (so an open form keeps what
 * was typed). Until the frame listens (or on the login page) the old answer stands: go to /login.
 */
export interface SessionSignal {
  /** The client's onUnauthenticated. */
  expire: () => void;
  /** Listens for expiry; returns the function that stops listening. */
  subscribe: (listener: () => void) => () => void;
}

/** The signals of this page, for requests that do not go through Apollo (uploads). */
const signals = new Set<SessionSignal>();

export function createSessionSignal(fallback: () => void = redirectToLogin): SessionSignal {
  const listeners = new Set<() => void>();
  const signal: SessionSignal = {
    expire: () => {
      if (listeners.size === 0) fallback();
      else listeners.forEach((listener) => listener());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  signals.add(signal);
  return signal;
}

/** A request outside Apollo (an upload) was answered UNAUTHENTICATED. */
export function notifySessionExpired(): void {
  signals.forEach((signal) => signal.expire());
}

/**
 * After signing in again, the queries on screen that failed for want of a session fetch again.
 * Only those: refetching every query would put pages that show a spinner while loading back into
 * loading, and take an open dialog down with them.
 */
export async function refetchFailedQueries(client: ApolloClient): Promise<void> {
  const failed = [...client.getObservableQueries('active')].filter((query) => query.getCurrentResult().error);
  await Promise.allSettled(failed.map((query) => query.refetch()));
}
