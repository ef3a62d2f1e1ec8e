#!/usr/bin/env node
// `npm start`: builds and starts the API (embedded PostgreSQL under .data/ unless DATABASE_URL
// is set; migrated and filled with demo data on first start) and the web client, then prints
// where to go and how to sign in. Ctrl+C stops both, closing the database cleanly.
import { spawn, spawnSync } from 'node:child_process';

/** Checked before the builds, so a typo stops at once, with the API's own wording. */
function port(variable, fallback) {
  const raw = process.env[variable] ?? String(fallback);
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > 65535) {
    console.error(`✖ Invalid configuration: ${variable} must be a whole number from 1 to 65535 (got "${raw}")`);
    process.exit(1);
  }
  return value;
}
const apiPort = port('PORT', 3000);
const webPort = port('WEB_PORT', 4200);
const apiUrl = `http://localhost:${apiPort}`;
const children = [];

function run(command, args, env = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`✖ ${command} ${args.join(' ')} exited (${signal ?? code}); stopping.`);
      stop(typeof code === 'number' && code !== 0 ? code : 1);
    }
  });
  return child;
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
  Promise.all(children.map((c) => new Promise((resolve) => (c.exitCode !== null ? resolve() : c.once('exit', resolve))))).then(() =>
    process.exit(code),
  );
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitFor(url, seconds) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until && !stopping) {
    try {
      const response = await fetch(url);
      if (response.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return false;
}

// The web client is served as a production build: the first page then loads in about a second,
// where Vite's dev server needs ten or more to transform Ant Design on a cold start. Nx caches
// both builds, so later starts skip them. (`npx nx serve web` gives hot reload for development.)
console.log('▶ Building the API and the web client…');
const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], {
  stdio: 'inherit',
  env: { ...process.env, NX_DAEMON: 'false' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

// The heap cap bounds the API's memory (the bench measures it with the same cap:
// tools/bench/services.mjs API_HEAP_MB; the image sets it too, docker/api.Dockerfile). At 160 MB the
// lists stayed under 200 MB resident, but ten leaders' cockpits at once on the city data ran the
// heap out and killed the process; at 320 they are served (peak 418 MB resident), the lists ~190 MB.
const API_HEAP_MB = 320;
console.log('▶ Starting the API…');
run('node', [`--max-old-space-size=${API_HEAP_MB}`, 'dist/apps/api/main.js'], { PORT: String(apiPort) });
console.log('▶ Starting the web client…');
run('node', ['node_modules/vite/bin/vite.js', 'preview', '--config', 'apps/web/vite.config.mts', '--port', String(webPort), '--strictPort'], {
  LIANZHAO_API_URL: apiUrl,
});

const [apiUp, webUp] = await Promise.all([waitFor(`${apiUrl}/health`, 180), waitFor(`http://localhost:${webPort}/`, 180)]);
if (!apiUp || !webUp) {
  console.error(`✖ ${apiUp ? 'The web client' : 'The API'} did not come up in time.`);
  stop(1);
} else {
  console.log(`
✔ Lianzhao 链招 is running
  Web:      http://localhost:${webPort}
  GraphQL:  ${apiUrl}/graphql   (health: ${apiUrl}/health)

  Demo accounts (password: lianzhao-demo; created when the database was empty):
    admin     系统管理员
    officer   投促办招商专员      officer2  投促办招商专员
    leader    区领导
    partner   平台伙伴（链主企业）  partner2  平台伙伴（专业招商平台）

  Ctrl+C stops both.
`);
}
