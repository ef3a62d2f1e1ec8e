// `npm test`'s web half: every web and domain project's tests in one Jest run, so that two workers
// share the 125 files of all 16 projects. One Jest run per project (Nx run-many, one at a time) paid
// Jest's start-up and its slowest file's tail once per project: 340 s, against 248 s this way (both
// on cold caches, on the 2-core machine). Each project keeps its own config (jest.config.js beside
// it) and `nx run <project>:test` still runs one. The API's tests are not here: they need Jest's
// ESM mode (apps/api/jest.config.mjs, `nx run api:test`).
const { existsSync, readdirSync } = require('node:fs');
const path = require('node:path');

const webLibs = readdirSync(path.join(__dirname, 'libs/web')).map((name) => `libs/web/${name}`);

module.exports = {
  maxWorkers: 2,
  projects: ['libs/domain', 'apps/web', ...webLibs]
    .filter((root) => existsSync(path.join(__dirname, root, 'jest.config.js')))
    .map((root) => `<rootDir>/${root}`),
};
