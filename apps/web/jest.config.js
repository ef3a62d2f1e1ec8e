module.exports = {
  displayName: 'web',
  preset: '../../libs/web/ui/jest.web-preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
};
