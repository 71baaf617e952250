// Mutation testing of the shared rules: `pnpm test:mutation` (not part of `pnpm test`; it takes a few minutes).
// Every source file of src/ is mutated except the tests and the barrel; reports land in reports/mutation/ at the
// repository root (mutation.json is the standard mutation-testing-report-schema JSON).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'pnpm',
  testRunner: 'jest',
  // pnpm's layout hides sibling packages from Stryker's plugin discovery: name the runner explicitly.
  plugins: ['@stryker-mutator/jest-runner'],
  jest: { projectType: 'custom', configFile: 'jest.config.js', enableFindRelatedTests: true },
  coverageAnalysis: 'perTest',
  mutate: ['src/**/*.ts', '!src/**/*.test.ts', '!src/index.ts'],
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: '../../reports/mutation/mutation.json' },
  htmlReporter: { fileName: '../../reports/mutation/mutation.html' },
  clearTextReporter: { allowColor: false, logTests: false },
  concurrency: 2,
  incremental: false,
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  thresholds: { high: 90, low: 85, break: 85 },
  timeoutMS: 10000,
};
