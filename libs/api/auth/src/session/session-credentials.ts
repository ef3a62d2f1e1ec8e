import type { IncomingHttpHeaders } from 'node:http';
import type { CookieOptions, Request, Response } from 'express';

/** The HttpOnly cookie that carries the web's session (the JWT a bearer client sends itself). */
export const SESSION_COOKIE = 'lianzhao_session';

/**
 * The header every cookie-authenticated request must carry. A page on another site can make the
 * browser send our cookie (SameSite=Strict stops most of that, not a sibling subdomain) but cannot
 * add a custom header without a CORS preflight that the API does not grant; so a cookie request
 * without it is refused. Bearer clients hold their token themselves and need no such proof.
 */
export const CSRF_HEADER = 'x-lianzhao-csrf';

export type SessionCredentials =
  | { via: 'bearer'; token: string }
  | { via: 'cookie'; token: string; csrfProof: boolean };

function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    return value || null;
  }
  return null;
}

/**
 * The caller's credentials, from `Authorization: Bearer …` or else the session cookie: the one
 * place that reads them, for the GraphQL guard and any HTTP route (AuthService.requestCaller).
 */
export function sessionCredentials(headers: IncomingHttpHeaders): SessionCredentials | null {
  const authorization = headers.authorization ?? '';
  if (authorization.startsWith('Bearer ')) {
    const token = authorization.slice(7).trim();
    if (token) return { via: 'bearer', token };
  }
  const token = cookieValue(headers.cookie, SESSION_COOKIE);
  if (!token) return null;
  const proof = headers[CSRF_HEADER];
  return { via: 'cookie', token, csrfProof: typeof proof === 'string' && proof.length > 0 };
}

function cookieOptions(req: Request): CookieOptions {
  // `req.secure` is true over HTTPS, or behind a trusted proxy that says the client used HTTPS.
  return { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' };
}

export function setSessionCookie(req: Request, res: Response, token: string, maxAgeSeconds: number): void {
  res.cookie(SESSION_COOKIE, token, { ...cookieOptions(req), maxAge: maxAgeSeconds * 1000 });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(req));
}

/** The client's address: the socket's, or X-Forwarded-For's only behind a trusted proxy (Express `trust proxy`). */
export function clientAddress(req: Request): string {
  const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
  return (address.startsWith('::ffff:') ? address.slice(7) : address).slice(0, 64);
}
