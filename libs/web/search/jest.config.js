module.exports = {
  displayName: 'web-search',
  preset: '../ui/jest.web-preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
};
