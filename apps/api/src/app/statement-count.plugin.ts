import type { ApolloServerPlugin } from '@apollo/server';
import { QueryCounter } from '@lianzhao/api-database';

/**
 * Adds `extensions: { statements: n }` to each GraphQL response: the SQL statements the request
 * sent, for the benchmark and the query-count tests (LIANZHAO_STATEMENT_COUNTS=1; off by default).
 * The tally starts before parsing, so it covers the whole request: the guard's user look-up,
 * resolvers, DataLoader batches, and a mutation's transaction from START to COMMIT.
 */
export function statementCountPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      // Apollo calls this synchronously from the request's own async chain, before it parses or
      // executes anything, so the tally it starts is inherited by everything the request runs.
      const tally = QueryCounter.beginRequest();
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, statements: tally.count };
        },
      };
    },
  };
}
