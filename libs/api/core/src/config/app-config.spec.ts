import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const secret = 'x'.repeat(40);

describe('loadConfig', () => {
  it('defaults to port 3000, the embedded database and demo data', () => {
    const config = loadConfig({ JWT_SECRET: secret });
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      demoData: true,
      demoHistory: true,
      production: false,
    });
  });

  it('leaves the pool size to the database kind and statement counts off unless asked', () => {
    expect(loadConfig({ JWT_SECRET: secret })).toMatchObject({
      databasePoolSize: undefined,
      statementCounts: false,
    });
    expect(
      loadConfig({ JWT_SECRET: secret, DATABASE_POOL_SIZE: '1', LIANZHAO_STATEMENT_COUNTS: '1' }),
    ).toMatchObject({
      databasePoolSize: 1,
      statementCounts: true,
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://localhost' }, 'DATABASE_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA'],
    [{ JWT_TTL_SECONDS: '5' }, 'JWT_TTL_SECONDS'],
    [{ DATABASE_POOL_SIZE: '0' }, 'DATABASE_POOL_SIZE'],
    [{ DATABASE_POOL_SIZE: 'many' }, 'DATABASE_POOL_SIZE'],
    [{ LIANZHAO_STATEMENT_COUNTS: 'sometimes' }, 'LIANZHAO_STATEMENT_COUNTS'],
    [{ WEB_ORIGIN: 'crm.example.cn' }, 'WEB_ORIGIN'],
    [{ WEB_ORIGIN: 'https://crm.example.cn/app' }, 'WEB_ORIGIN'],
    [{ WEB_ORIGIN: 'ftp://crm.example.cn' }, 'WEB_ORIGIN'],
    [{ TRUSTED_PROXIES: 'proxy.local' }, 'TRUSTED_PROXIES'],
    [{ TRUSTED_PROXIES: '10.0.0.0/40' }, 'TRUSTED_PROXIES'],
  ])('stops on %j, naming %s', (env, variable) => {
    const run = () => loadConfig({ JWT_SECRET: secret, ...env });
    expect(run).toThrow(ConfigError);
    expect(run).toThrow(new RegExp(variable));
  });

  it('trusts no proxy unless told which', () => {
    expect(loadConfig({ JWT_SECRET: secret }).trustedProxies).toEqual([]);
    expect(loadConfig({ JWT_SECRET: secret, TRUSTED_PROXIES: 'loopback, 10.1.0.0/16,::1' }).trustedProxies).toEqual([
      'loopback',
      '10.1.0.0/16',
      '::1',
    ]);
  });

  it('refuses to start in production without a signing secret, and has no demo data there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret }).demoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret }).demoHistory).toBe(false);
    expect(loadConfig({ DEMO_HISTORY: 'false' })).toMatchObject({ demoData: true, demoHistory: false });
  });

  it('outside production keeps one generated secret under the data folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lz-config-'));
    const first = loadConfig({ LIANZHAO_DATA_DIR: dir });
    const second = loadConfig({ LIANZHAO_DATA_DIR: dir });
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(second.jwtSecret).toBe(first.jwtSecret);
    expect(readFileSync(path.join(dir, 'jwt-secret'), 'utf8')).toBe(first.jwtSecret);
  });

  it('allows no cross-origin caller unless WEB_ORIGIN names them', () => {
    expect(loadConfig({ JWT_SECRET: secret }).webOrigins).toEqual([]);
    expect(
      loadConfig({ JWT_SECRET: secret, WEB_ORIGIN: 'https://crm.example.cn, http://localhost:4200/' }).webOrigins,
    ).toEqual(['https://crm.example.cn', 'http://localhost:4200']);
  });

  it('accepts a postgres URL', () => {
    expect(
      loadConfig({ JWT_SECRET: secret, DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/lianzhao' })
        .databaseUrl,
    ).toBe('postgres://postgres@127.0.0.1:5432/lianzhao');
  });
});
