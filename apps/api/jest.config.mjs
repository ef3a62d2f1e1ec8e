import preset from '../../jest.preset.esm.mjs';

export default {
  ...preset,
  displayName: 'api',
  rootDir: '../..',
  roots: ['<rootDir>/apps/api', '<rootDir>/libs/api'],
  testMatch: ['**/*.spec.ts'],
  testTimeout: 60000,
};
