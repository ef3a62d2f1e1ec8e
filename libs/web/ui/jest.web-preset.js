// Jest preset shared by the web projects (apps/web and libs/web/*): the workspace preset plus a
// browser-like DOM, jest-dom matchers and the polyfills Ant Design needs, and the ESM-only
// packages of the Ant Design family compiled to CommonJS like our own sources. It lives in web-ui,
// which every web project depends on, so that a change here re-runs their tests.
const path = require('node:path');
// The workspace's Jest preset is configuration, not another project's code.
// eslint-disable-next-line @nx/enforce-module-boundaries
const base = require('../../../jest.preset.js');

module.exports = {
  ...base,
  testEnvironment: 'jsdom',
  // Ant Design in jsdom is slow, the more so when Nx runs several projects' tests in parallel.
  testTimeout: 30000,
  // Jest's default on two cores is one worker; the web projects run one after another (Nx
  // --parallel=1), so two workers use the machine's second core for them.
  maxWorkers: 2,
  setupFilesAfterEnv: [path.join(__dirname, 'src/testing/setup-tests.ts')],
  // Tests run antd's CommonJS build; code that imports one ES module of antd (a lazy Result) gets
  // the same module from it.
  // …and '@ant-design/icons' one icon at a time (src/testing/antd-icons.cjs says why).
  moduleNameMapper: {
    ...base.moduleNameMapper,
    '^antd/es/(.*)$': 'antd/lib/$1',
    '^@ant-design/icons$': path.join(__dirname, 'src/testing/antd-icons.cjs'),
  },
  transformIgnorePatterns: ['/node_modules/(?!(@ant-design|@rc-component|rc-[^/]+|@babel/runtime)/)'],
};
