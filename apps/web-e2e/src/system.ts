import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../../..');
export const OUTPUT_DIR = path.join(ROOT, 'test-output', 'web-e2e');
/**
 * The embedded database as the API leaves it after its first start (migrated, demo data in),
 * written once per run by global-setup.ts. Each journey starts on its own copy: migrating and
 * seeding from empty took 12 of the 17 seconds a start took, thirteen times a run.
 */
export const TEMPLATE_DATA_DIR = path.join(OUTPUT_DIR, 'template-data');

/** The flags Debian's Chromium needs here: no sandbox as root, no GPU, no calls to the network. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitFor(url: string, child: ChildProcess, seconds: number): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come up within ${seconds}s`);
}

/** The API's environment as the journeys run it: demo data, on the embedded database unless E2E_DATABASE_URL. */
function apiEnvironment(): NodeJS.ProcessEnv {
  // The base demo only: the journeys look for the records they create among the demo's few.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    DEMO_DATA: 'true',
    DEMO_HISTORY: 'false',
  };
  delete env['DATABASE_URL'];
  if (process.env['E2E_DATABASE_URL']) env['DATABASE_URL'] = process.env['E2E_DATABASE_URL'];
  return env;
}

/** Starts the built API on `dataDir` and waits until it answers; stops it again if it never does. */
async function startApi(dataDir: string, port: number): Promise<ChildProcess> {
  const api = spawn('node', ['dist/apps/api/main.js'], {
    cwd: ROOT,
    env: { ...apiEnvironment(), PORT: String(port), LIANZHAO_DATA_DIR: dataDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitFor(`http://127.0.0.1:${port}/health`, api, 120);
  } catch (error) {
    await stop(api);
    throw error;
  }
  return api;
}

/** SIGTERM, as an operator stops it: the API closes the embedded database cleanly before it exits. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Builds TEMPLATE_DATA_DIR (global-setup.ts): one start of the API on an empty folder, then a clean stop. */
export async function buildTemplateDataDir(): Promise<void> {
  rmSync(TEMPLATE_DATA_DIR, { recursive: true, force: true });
  if (process.env['E2E_DATABASE_URL']) return;
  await stop(await startApi(TEMPLATE_DATA_DIR, await freePort()));
}

export interface RunningSystem {
  webUrl: string;
  browser: Browser;
  stop(): Promise<void>;
}

/**
 * The real system as a user meets it: the built API on a fresh embedded database with demo data
 * (or on E2E_DATABASE_URL), and the built web app served by Vite's preview server, proxying
 * /graphql to that API. Both are built by the e2e target's dependencies.
 */
export async function startSystem(): Promise<RunningSystem> {
  const [apiPort, webPort] = [await freePort(), await freePort()];
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lianzhao-e2e-'));
  if (existsSync(TEMPLATE_DATA_DIR)) cpSync(TEMPLATE_DATA_DIR, dataDir, { recursive: true });
  const web = spawn(
    'node',
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--config',
      'apps/web/vite.config.mts',
      '--port',
      String(webPort),
      '--strictPort',
    ],
    {
      cwd: ROOT,
      env: { ...apiEnvironment(), LIANZHAO_API_URL: `http://127.0.0.1:${apiPort}` },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  let api: ChildProcess | undefined;
  const stopChildren = async () => {
    await stop(web);
    if (api) await stop(api);
    rmSync(dataDir, { recursive: true, force: true });
  };
  let browser: Browser;
  // Whatever fails on the way up (a server, or a browser that is not installed) stops what did
  // start: a leftover server keeps the test runner, and so CI, waiting for ever.
  try {
    api = await startApi(dataDir, apiPort);
    await waitFor(`http://127.0.0.1:${webPort}/`, web, 60);
    browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
  } catch (error) {
    await stopChildren();
    throw error;
  }
  reportErrorsOfEveryPage(browser);
  return {
    webUrl: `http://127.0.0.1:${webPort}`,
    browser,
    async stop() {
      await browser.close();
      await stopChildren();
    },
  };
}

/**
 * A journey that times out waiting for a message says only what it waited for. The API's refusals
 * and the page's own errors, printed as they happen, say why: a flaky failure on a loaded CI
 * machine can then be understood from its log alone.
 */
function reportErrorsOfEveryPage(browser: Browser): void {
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (...args: Parameters<Browser['newPage']>) => {
    const page = await newPage(...args);
    const report = (line: string) => process.stderr.write(`${line}\n`);
    page.on('pageerror', (error) => report(`[page error] ${page.url()}: ${error.message}`));
    page.on('response', (response) => {
      if (!response.url().endsWith('/graphql')) return;
      response
        .text()
        .then((body) => {
          // Not signed in yet is the login page's normal state, not news.
          if (body.includes('"errors"') && !body.includes('"UNAUTHENTICATED"'))
            report(`[api refused] ${page.url()}: ${body.slice(0, 600)}`);
        })
        .catch(() => undefined);
    });
    return page;
  };
}

/**
 * Clicks `target` until `settled` holds, three times at most. On a loaded machine a click on an Ant
 * Design list can land while the list re-renders (its options arriving, its opening motion) and do
 * nothing; a person would click again.
 */
async function clickUntil(target: Locator, settled: (timeout: number) => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await target.click();
    try {
      await settled(5000);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/**
 * Chooses an option of a single-choice Ant Design select by its text, as a person does: opens it
 * (typing `search` into it when given), clicks the option and sees the list close.
 */
export async function pick(page: Page, field: Locator, option: string, search?: string): Promise<void> {
  await field.click();
  if (search) await field.fill(search);
  const openList = page.locator('.ant-select-dropdown:visible');
  const choice = openList.locator('.ant-select-item-option').filter({ hasText: option }).first();
  await clickUntil(choice, (timeout) => openList.first().waitFor({ state: 'hidden', timeout }));
}

/** Chooses a path in an Ant Design cascader (an industry, then its segment): each level opens the next. */
export async function pickPath(page: Page, field: Locator, path: string[]): Promise<void> {
  await field.click();
  const item = (text: string) => page.locator('.ant-cascader-menu-item').filter({ hasText: text }).first();
  for (const [i, text] of path.entries()) {
    const next = path[i + 1];
    await clickUntil(item(text), (timeout) =>
      next
        ? item(next).waitFor({ timeout })
        : page.locator('.ant-cascader-dropdown:visible').first().waitFor({ state: 'hidden', timeout }),
    );
  }
}

/** Signs in through the login page, as a person would. */
export async function signIn(
  page: Page,
  webUrl: string,
  username: string,
  password = 'lianzhao-demo',
): Promise<void> {
  await page.goto(`${webUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

const SHANGHAI_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Shanghai calendar day the server checks dates against, plus n days. */
export function shanghaiDay(offset = 0): string {
  return SHANGHAI_DATE.format(new Date(Date.now() + offset * 86_400_000));
}

/** A GraphQL call in a signed-in user's name: the data, or an error carrying the API's errors. */
export type Gql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/**
 * A user's API session through the web's own proxy, for the set-up that other journeys already
 * cover on screen and for checking what a screen did.
 */
export async function apiAs(webUrl: string, username = 'officer', password = 'lianzhao-demo'): Promise<Gql> {
  const call = async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<T> => {
    const response = await fetch(`${webUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const { login } = await call<{ login: { accessToken: string } }>(
    'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { username, password } },
  );
  return (query, variables) => call(query, variables, login.accessToken);
}
