import type { ApolloServerPlugin } from '@apollo/server';

/**
 * `cache-control: no-store` on every GraphQL response, as Apollo's cache-control plugin sent for
 * a response without cache hints. That plugin is disabled (see app.module.ts): its per-field hook
 * wrapped every resolver of the schema to compute hints this API never sets.
 */
export const noStorePlugin: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response }) {
        if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
        return Promise.resolve();
      },
    });
  },
};
