module.exports = {
  displayName: 'web-enterprises',
  preset: '../ui/jest.web-preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
};
