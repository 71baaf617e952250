import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for every operation the SPA sends. Operations are written with `graphql(...)` from
 * src/generated in each feature's operations.ts; `pnpm --filter @lao/web codegen` regenerates src/generated.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    './src/generated/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        scalars: { DateTime: 'string', Date: 'string' },
        enumType: 'string-literal',
        useTypeImports: true,
        skipTypeNameForRoot: true,
        defaultScalarType: 'unknown',
      },
    },
  },
  hooks: {},
};

export default config;
