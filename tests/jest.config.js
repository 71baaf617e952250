/**
 * End-to-end tests against the built product, started as `pnpm start` starts it (node apps/api/dist/main.js with
 * its embedded PostgreSQL), in a fresh data folder on free ports. Run with --runInBand: one product, one browser.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 60_000,
};
