/** Tests run on the real geometry (dist/thailand-provinces.json): build first (`pnpm --filter @lao/thai-map build`). */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
};
