import type { Server } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '@lianzhao/api-core';

/**
 * GraphQL bodies are small: files travel on the upload routes (multipart), so 1 MB is plenty for
 * any operation and bounds what a hostile body can cost before it is even parsed.
 */
export const GRAPHQL_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * importLeads keeps its spreadsheet in the mutation (base64, up to 24 M characters: see
 * MAX_FILE_BASE64_LENGTH in libs/api/imports), so it has a route of its own with a larger body
 * limit; the limits plugin lets nothing but importLeads through it.
 */
export const IMPORT_PATH = '/graphql/import';
const IMPORT_BODY_LIMIT = '25mb';

/** Set on a request that came in through IMPORT_PATH (rewritten to /graphql for Apollo). */
const IMPORT_ROUTE = Symbol('lianzhao:import-route');
type MarkedRequest = Request & { [IMPORT_ROUTE]?: true };

export function cameThroughImportRoute(req: Request): boolean {
  return (req as MarkedRequest)[IMPORT_ROUTE] === true;
}

/**
 * Socket timeouts: a client has 20 s to send its headers (slow-loris), 2 minutes for the whole
 * request (a 25 MB import over a slow line), and an idle kept-alive connection closes after 10 s.
 */
const TIMEOUTS = { headersMs: 20_000, requestMs: 120_000, keepAliveMs: 10_000 };

function bodyError(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large') {
    res.status(413).json({
      errors: [{ message: '请求内容过大（GraphQL 请求最多 1 MB；文件请通过上传接口提交）', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    return;
  }
  if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') {
    res.status(400).json({ errors: [{ message: '请求内容不是有效的 JSON', extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  next(error);
}

/**
 * Everything the API does at the HTTP level before Nest's routes: security headers, CORS limited to
 * the configured web origins, compression, body limits and socket timeouts. Called once by
 * createApp before app.init(), so it runs ahead of the GraphQL and upload routes.
 */
export function hardenHttp(app: NestExpressApplication, config: AppConfig): void {
  app.use(
    helmet({
      // The API answers JSON only; GraphiQL (outside production) loads its scripts from a CDN.
      contentSecurityPolicy: config.production
        ? { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } }
        : false,
    }),
  );
  app.enableCors({
    origin: config.webOrigins.length ? [...config.webOrigins] : false,
    credentials: true,
    methods: ['GET', 'POST'],
    maxAge: 600,
  });
  app.use(compression());

  app.use((req: Request, _res: Response, next: NextFunction) => {
    if (req.path === IMPORT_PATH) {
      (req as MarkedRequest)[IMPORT_ROUTE] = true;
      req.url = `/graphql${req.url.slice(IMPORT_PATH.length)}`;
    }
    next();
  });
  const importBody = express.json({ limit: IMPORT_BODY_LIMIT });
  app.use((req: Request, res: Response, next: NextFunction) =>
    cameThroughImportRoute(req) ? importBody(req, res, next) : next(),
  );
  app.useBodyParser('json', { limit: GRAPHQL_BODY_LIMIT_BYTES });
  app.use(bodyError);

  const server = app.getHttpServer() as Server;
  server.headersTimeout = TIMEOUTS.headersMs;
  server.requestTimeout = TIMEOUTS.requestMs;
  server.keepAliveTimeout = TIMEOUTS.keepAliveMs;
}
