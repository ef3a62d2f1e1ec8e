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
