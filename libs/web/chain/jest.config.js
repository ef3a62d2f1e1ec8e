module.exports = {
  displayName: 'web-chain',
  preset: '../ui/jest.web-preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
};
