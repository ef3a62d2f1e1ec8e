import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Everything the API reads from its environment, checked once at start-up. */
export interface AppConfig {
  readonly production: boolean;
  readonly port: number;
  /** A real PostgreSQL when set; otherwise the embedded database under `dataDir`. */
  readonly databaseUrl: string | undefined;
  /**
   * Connections in the API's pool; unset: 10 on PostgreSQL, 1 on the embedded database. Set it to 1
   * when DATABASE_URL is an embedded database served by another process (`cli.js db:serve`), which
   * serves one connection at a time just the same.
   */
  readonly databasePoolSize: number | undefined;
  readonly dataDir: string;
  readonly jwtSecret: string;
  readonly jwtTtlSeconds: number;
  /** Fill an empty database with demo accounts. Never on by default in production. */
  readonly demoData: boolean;
  /**
   * With the demo data, two years of an office's history (leads, projects, referrals, investments,
   * target actuals) so the cockpit has something to show. On with DEMO_DATA unless DEMO_HISTORY=false;
   * the API tests leave it off and build the small data sets they assert on.
   */
  readonly demoHistory: boolean;
  readonly logSql: boolean;
  /** Report each GraphQL response's SQL statement count in `extensions.statements` (the benchmark reads it). */
  readonly statementCounts: boolean;
  /**
   * Browser origins allowed to call the API cross-origin (CORS), e.g. `https://zhaoshang.example.gov.cn`.
   * Empty (the default): only same-origin callers, as the web is served behind the API's proxy.
   */
  readonly webOrigins: readonly string[];
  /**
   * Proxies in front of the API whose X-Forwarded-For / X-Forwarded-Proto are believed (Express
   * `trust proxy`): addresses, CIDR ranges, or loopback / linklocal / uniquelocal. Empty: none, so
   * the client address is the socket's and a forged header changes nothing.
   */
  readonly trustedProxies: readonly string[];
  /**
   * Run the policy re-evaluation worker in this process (POLICY_MATCH_WORKER, default true). Off,
   * saved policy items wait for a process that runs it; the API tests drain the jobs themselves.
   */
  readonly policyMatchWorker: boolean;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

function parsePort(env: Env): number {
  const raw = env['PORT'];
  if (raw === undefined || raw === '') return 3000;
  if (!/^\d+$/.test(raw) || Number(raw) > 65535) {
    throw new ConfigError('PORT', `must be a whole number from 0 to 65535 (got "${raw}")`);
  }
  return Number(raw);
}

function parseDatabaseUrl(env: Env): string | undefined {
  const raw = env['DATABASE_URL'];
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      'DATABASE_URL',
      `is not a valid URL (expected postgres://user:password@host:5432/database)`,
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(
      'DATABASE_URL',
      `must start with postgres:// or postgresql:// (got "${url.protocol}")`,
    );
  }
  if (!url.hostname || url.pathname.length <= 1) {
    throw new ConfigError(
      'DATABASE_URL',
      'must name a host and a database (postgres://user@host:5432/database)',
    );
  }
  return raw;
}

function parsePoolSize(env: Env): number | undefined {
  const raw = env['DATABASE_POOL_SIZE'];
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 100) {
    throw new ConfigError('DATABASE_POOL_SIZE', `must be a whole number from 1 to 100 (got "${raw}")`);
  }
  return Number(raw);
}

function parseBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
}

function parseTtl(env: Env): number {
  const raw = env['JWT_TTL_SECONDS'];
  if (raw === undefined || raw === '') return 12 * 3600;
  if (!/^\d+$/.test(raw) || Number(raw) < 60) {
    throw new ConfigError('JWT_TTL_SECONDS', `must be a whole number of seconds, at least 60 (got "${raw}")`);
  }
  return Number(raw);
}

/**
 * In production the signing secret must come from the environment, so that tokens survive
 * restarts and replicas agree. Outside production a random one is kept under the data folder,
 * so a fresh clone works without any set-up and sign-ins survive restarts.
 */
function resolveJwtSecret(env: Env, production: boolean, dataDir: string): string {
  const raw = env['JWT_SECRET'];
  if (raw !== undefined && raw !== '') {
    if (raw.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
    return raw;
  }
  if (production) throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production');
  const file = path.join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function parseWebOrigins(env: Env): string[] {
  const raw = env['WEB_ORIGIN'];
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((part) => {
    const value = part.trim();
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    // An origin is scheme, host and port only: anything more would never match a browser's Origin header.
    if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== value.replace(/\/$/, '')) {
      throw new ConfigError('WEB_ORIGIN', `must be origins like https://crm.example.cn, separated by commas (got "${value}")`);
    }
    return url.origin;
  });
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function parseTrustedProxies(env: Env): string[] {
  const raw = env['TRUSTED_PROXIES'];
  if (raw === undefined || raw.trim() === '') return [];
  const entries = raw.split(',').map((s) => s.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address, prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const prefixOk =
      prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (family === 6 ? 128 : 32));
    if (!PROXY_NAMES.has(entry) && (!family || !prefixOk || rest.length)) {
      throw new ConfigError(
        'TRUSTED_PROXIES',
        `must be a comma-separated list of IP addresses, CIDR ranges or loopback/linklocal/uniquelocal (got "${entry}")`,
      );
    }
  }
  return entries;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const production = env['NODE_ENV'] === 'production';
  const dataDir = path.resolve(env['LIANZHAO_DATA_DIR'] || '.data');
  const port = parsePort(env);
  const databaseUrl = parseDatabaseUrl(env);
  const databasePoolSize = parsePoolSize(env);
  const demoData = parseBoolean(env, 'DEMO_DATA', !production);
  const demoHistory = parseBoolean(env, 'DEMO_HISTORY', true) && demoData;
  const logSql = parseBoolean(env, 'LOG_SQL', false);
  const statementCounts = parseBoolean(env, 'LIANZHAO_STATEMENT_COUNTS', false);
  const jwtTtlSeconds = parseTtl(env);
  const jwtSecret = resolveJwtSecret(env, production, dataDir);
  const webOrigins = parseWebOrigins(env);
  const trustedProxies = parseTrustedProxies(env);
  const policyMatchWorker = parseBoolean(env, 'POLICY_MATCH_WORKER', true);
  return {
    production,
    port,
    databaseUrl,
    databasePoolSize,
    dataDir,
    jwtSecret,
    jwtTtlSeconds,
    demoData,
    demoHistory,
    logSql,
    statementCounts,
    webOrigins,
    trustedProxies,
    policyMatchWorker,
  };
}

/** Nest injection token for the loaded AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
