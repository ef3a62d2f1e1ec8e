module.exports = {
  ...require('../jest.web.js'),
  displayName: 'web-ui',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
};
