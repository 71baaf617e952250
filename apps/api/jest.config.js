/**
 * Integration tests run against a real PostgreSQL: global-setup.ts starts the embedded server once and builds a
 * migrated template database (registry geography and catalogues, no demo data; a demo-seeded one is built on first
 * use by the demo seed's own test); every test file clones it (CREATE DATABASE … TEMPLATE) so files are
 * independent and can run in parallel.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  globalSetup: '<rootDir>/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/src/testing/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
