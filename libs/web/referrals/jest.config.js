module.exports = {
  displayName: 'web-referrals',
  preset: '../ui/jest.web-preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
};
