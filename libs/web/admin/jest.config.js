module.exports = {
  ...require('../jest.web.js'),
  displayName: 'web-admin',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
};
