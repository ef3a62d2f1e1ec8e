#!/usr/bin/env node
// `npm test`: the API's tests (Nx's api:test, Jest in ESM mode, on DATABASE_URL or the embedded
// database), then the web and domain tests in one Jest run (jest.config.js at the root). Both run
// even when the first fails; the exit code is non-zero if either failed. Arguments go to Nx's
// api:test (CI passes --skip-nx-cache).
import { spawnSync } from 'node:child_process';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;

const api = run('npx', ['nx', 'run', 'api:test', '--outputStyle=static', ...process.argv.slice(2)]);
// A marker for .ci/run's count of passed and failed tests (it skips Nx's replays of cached runs).
console.log('\n> jest: web and domain tests (jest.config.js)\n');
const web = run('npx', ['jest', '--config', 'jest.config.js']);
process.exit(api || web ? 1 : 0);
