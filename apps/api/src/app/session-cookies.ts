import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '@lianzhao/api-core';
import { CSRF_HEADER, sessionCredentials } from '@lianzhao/api-auth';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The HTTP side of the cookie session. Client addresses (sign-in throttle and log) and `secure`
 * (the cookie's Secure flag) honour X-Forwarded-* only from the configured proxies. Any request
 * that changes something on the strength of the session cookie alone must carry the CSRF header:
 * refused here for every route, so a route that forgets cannot be forged; the GraphQL guard and
 * AuthService.requestCaller refuse such a request too, whatever its method.
 */
export function installSessionCookies(app: NestExpressApplication, config: AppConfig): void {
  app.set('trust proxy', config.trustedProxies.length ? [...config.trustedProxies] : false);
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const credentials = sessionCredentials(req.headers);
    if (credentials?.via !== 'cookie' || credentials.csrfProof) return next();
    res.status(403).json({
      errors: [{ message: `缺少 ${CSRF_HEADER} 请求头，已拒绝（防跨站请求伪造）`, extensions: { code: 'FORBIDDEN' } }],
    });
  });
}
