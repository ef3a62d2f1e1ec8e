import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, OperationTypeNode, type OperationDefinitionNode } from 'graphql';
import { exceededLimit, measureOperation, QUERY_LIMIT_MESSAGES, type GqlContext } from '@lianzhao/api-core';
import { cameThroughImportRoute } from './http-hardening';

function refused(message: string, extensions: Record<string, unknown>): Promise<never> {
  return Promise.reject(new GraphQLError(message, { extensions: { ...extensions, http: { status: 400 } } }));
}

/** The import route (larger body) serves exactly `mutation { importLeads(…) }`. */
function isImportOnly(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === OperationTypeNode.MUTATION &&
    operation.selectionSet.selections.length === 1 &&
    operation.selectionSet.selections[0]?.kind === Kind.FIELD &&
    operation.selectionSet.selections[0].name.value === 'importLeads'
  );
}

/**
 * Refuses an operation too deep, too aliased or too costly (libs/api/core query-limits) once it is
 * parsed and validated, before any resolver runs. The parser's token limit (app.module.ts) has
 * already bounded the document, so this walk is cheap.
 */
export const queryLimitsPlugin: ApolloServerPlugin<GqlContext> = {
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ schema, document, operation, request, contextValue }) {
        if (!operation) return Promise.resolve();
        if (cameThroughImportRoute(contextValue.req) && !isImportOnly(operation))
          return refused('该接口仅用于导入线索（importLeads）', { code: 'BAD_REQUEST' });
        const measure = measureOperation(schema, document, operation, request.variables ?? {});
        const limit = exceededLimit(measure);
        if (!limit) return Promise.resolve();
        return refused(QUERY_LIMIT_MESSAGES[limit], { code: 'GRAPHQL_VALIDATION_FAILED', limit });
      },
    });
  },
};
