/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Rebuilds dist/ and out/ when a source is newer: a test never runs a stale bundle.
  globalSetup: '<rootDir>/test/global-setup.js',
  transform: {
    // Type checking is `npm run typecheck`'s job; with isolatedModules ts-jest only transpiles.
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }],
  },
};
