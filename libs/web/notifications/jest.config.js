module.exports = {
  displayName: 'web-notifications',
  preset: '../ui/jest.web-preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
};
