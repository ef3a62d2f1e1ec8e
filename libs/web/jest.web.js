// Jest settings shared by the web projects (apps/web and libs/web/*): a browser-like DOM,
// jest-dom matchers and the polyfills Ant Design needs, and the ESM-only packages of the
// Ant Design family compiled to CommonJS like our own sources.
const path = require('node:path');

module.exports = {
  preset: path.join(__dirname, '../../jest.preset.js'),
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: [path.join(__dirname, 'ui/src/testing/setup-tests.ts')],
  transformIgnorePatterns: ['/node_modules/(?!(@ant-design|@rc-component|rc-[^/]+|@babel/runtime)/)'],
};
