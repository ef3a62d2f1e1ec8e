import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { RequestContext } from './request-context';

/** The GraphQL context object: the Express request, on which the guard leaves the RequestContext. */
export interface GqlContext {
  req: Request & { lianzhao?: RequestContext };
  /** For the session cookie that login sets and logout clears. */
  res: Response;
}

export function requestContextOf(context: ExecutionContext): RequestContext {
  const gql = GqlExecutionContext.create(context).getContext<GqlContext>();
  return gql.req.lianzhao ?? RequestContext.anonymous();
}

/** Resolver parameter: the RequestContext of this request. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  requestContextOf(context),
);

/**
 * The RequestContext inside a field resolver written without parameter decorators, which
 * @nestjs/graphql calls with graphql-js's own arguments (`(parent, args, context)`), skipping the
 * per-call parameter and pipe chain (the global ValidationPipe would transform the parent on every
 * call); without field middleware too, DirectFieldResolvers hands it to graphql-js as it is. A page
 * of 50 rows calls a row's relation fields hundreds of times, so the fields of list rows are
 * written this way. A field resolver's access rule is applied by the middleware `Allow` attaches
 * when the rule leaves a role out, so only those fields pay for a per-call check.
 */
export function fieldContext(gql: GqlContext): RequestContext {
  return gql.req.lianzhao ?? RequestContext.anonymous();
}
