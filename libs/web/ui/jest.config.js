module.exports = {
  displayName: 'web-ui',
  preset: './jest.web-preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
};
