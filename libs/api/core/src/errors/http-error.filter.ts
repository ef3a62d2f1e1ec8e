import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/**
 * For the few plain HTTP routes (uploads): the services' and the guard's errors answered in the
 * shape GraphQL uses, `{ errors: [{ message, extensions: { code, fields } }] }`, with a matching
 * status, so the web reads them with the same helpers.
 */
@Catch(GraphQLError)
export class HttpGraphQLErrorFilter implements ExceptionFilter {
  catch(error: GraphQLError, host: ArgumentsHost): void {
    const code = typeof error.extensions['code'] === 'string' ? error.extensions['code'] : '';
    const status = STATUS[code];
    const response = host.switchToHttp().getResponse<Response>();
    if (!status) {
      console.error('[http] internal error', error);
      response.status(500).json({ errors: [{ message: '服务器内部错误，请稍后重试', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      return;
    }
    response.status(status).json({ errors: [{ message: error.message, extensions: { ...error.extensions, code } }] });
  }
}
