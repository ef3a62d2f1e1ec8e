module.exports = {
  ...require('../jest.web.js'),
  displayName: 'web-auth',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
};
