import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

// The built entry point, as `npm start` and the Docker image run it (the test target builds it first).
const MAIN = path.resolve('dist/apps/api/main.js');

function start(env: Record<string, string>) {
  const run = spawnSync('node', [MAIN], { env: { PATH: process.env['PATH'] ?? '', ...env }, encoding: 'utf8', timeout: 30000 });
  return { status: run.status, stderr: run.stderr };
}

describe('start-up configuration check', () => {
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npx nx build api`);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://db/lianzhao' }, 'DATABASE_URL'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    // Well-formed but nothing listens there: still one line naming the variable, no stack.
    [{ DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/nodb' }, 'DATABASE_URL'],
  ])('stops on %j with a message naming %s', (env, variable) => {
    const { status, stderr } = start({ LIANZHAO_DATA_DIR: '/tmp/lianzhao-startup-test', ...env });
    expect(status).toBe(1);
    expect(stderr).toContain(variable);
    expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(stderr).not.toContain('secret@');
  });
});
