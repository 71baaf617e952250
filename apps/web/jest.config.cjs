/** Unit tests of the SPA: jsdom, TypeScript/TSX compiled by SWC, the shared rules from their TS source. */
const path = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFiles: ['<rootDir>/jest.polyfills.cjs'],
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@lao/domain$': path.join(__dirname, '../../libs/domain/src/index.ts'),
    '^@lao/thai-map$': path.join(__dirname, '../../libs/thai-map/src/index.ts'),
    // Vite's `?url` import of the built geometry: its URL, and a fetch that serves that file from disk (jsdom has none).
    '^@lao/thai-map/thailand-provinces\\.json\\?url$': '<rootDir>/src/features/waste/map/testing/geometryUrl.cjs',
    '\\.css$': 'identity-obj-proxy',
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'mjs', 'json'],
  clearMocks: true,
};
