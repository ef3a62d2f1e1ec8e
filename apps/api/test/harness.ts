import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { loadConfig, type AppConfig } from '@lianzhao/api-core';
import { createApp } from '../src/app/create-app';
import { DEMO_PASSWORD } from '../src/demo/demo-data';
import { freshTestDatabase } from './test-databases';

export { freshTestDatabase } from './test-databases';

export interface GqlError {
  message: string;
  extensions?: { code?: string; fields?: { field: string; message: string }[]; [key: string]: unknown };
  [key: string]: unknown;
}

export interface GqlResult<T> {
  data?: T | null;
  errors?: GqlError[];
  extensions?: { statements?: number; [key: string]: unknown };
}

export interface TestApi {
  app: INestApplication;
  config: AppConfig;
  baseUrl: string;
  /** The database this test file runs on: a fresh PostgreSQL database, or a fresh in-memory PGlite. */
  databaseUrl: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<T>>;
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** GraphQL over HTTP as a client sends it, and sign-in with a demo account's password. */
export function graphqlClient(baseUrl: string): Pick<TestApi, 'gql' | 'login'> {
  async function gql<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GqlResult<T>;
  }
  async function login(username: string, password = DEMO_PASSWORD): Promise<string> {
    const result = await gql<{ login: { accessToken: string } }>(
      'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { username, password } },
    );
    if (!result.data?.login) throw new Error(`login as ${username} failed: ${JSON.stringify(result.errors)}`);
    return result.data.login.accessToken;
  }
  return { gql, login };
}

/**
 * Starts the real API (same module, migrations and demo data as `npm start`) on a fresh database
 * and an ephemeral port: PostgreSQL when DATABASE_URL is set, the embedded database otherwise.
 * `statementCounts`: each response carries `extensions.statements` (LIANZHAO_STATEMENT_COUNTS).
 */
export async function startTestApi(
  options: { statementCounts?: boolean; demoHistory?: boolean; env?: Record<string, string>; trustedProxies?: string[] } = {},
): Promise<TestApi> {
  const { url: databaseUrl, release } = await freshTestDatabase({ migrated: true });
  const config = {
    // `env`: more of the API's environment, as an operator would set it (NODE_ENV, WEB_ORIGIN…).
    // The policy re-evaluation worker is off: a spec runs the jobs itself (PolicyMatchJobsService.drain),
    // so no background statements land in its counts or its assertions.
    ...loadConfig({ JWT_SECRET: randomBytes(32).toString('hex'), PORT: '0', POLICY_MATCH_WORKER: 'false', ...options.env }),
    databaseUrl,
    demoData: true,
    // The small base demo only: the specs count what they build on top of it.
    demoHistory: options.demoHistory ?? false,
    statementCounts: options.statementCounts ?? false,
    trustedProxies: options.trustedProxies ?? [],
  };
  const { app } = await createApp(config, databaseUrl, false);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;

  const { gql, login } = graphqlClient(baseUrl);

  return {
    app,
    config,
    baseUrl,
    databaseUrl,
    gql,
    login,
    async close() {
      await app.close();
      await release();
    },
  };
}

/** The first error's code, for terse assertions. */
/** The data of a call that must succeed; its errors, thrown, otherwise. */
export function must<T>(result: GqlResult<T>): T {
  if (!result.data || result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

export function errorCode(result: GqlResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

export function fieldErrors(result: GqlResult<unknown>): Record<string, string> {
  return Object.fromEntries((result.errors?.[0]?.extensions?.fields ?? []).map((f) => [f.field, f.message]));
}

/** Sends files as a browser form does (multipart/form-data, field `files`) to one of the API's upload routes. */
export async function uploadFiles<T>(
  api: TestApi,
  route: string,
  files: { fileName: string; content: Buffer }[],
  token: string | null,
): Promise<{ status: number; body: T }> {
  const form = new FormData();
  for (const f of files) form.append('files', new Blob([new Uint8Array(f.content)]), f.fileName);
  const response = await fetch(`${api.baseUrl}${route}`, {
    method: 'POST',
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, body: (await response.json()) as T };
}
