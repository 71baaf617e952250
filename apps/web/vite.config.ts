import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './vite-plugins/graphqlDocuments';
import { precompress } from './vite-plugins/precompress';

const api = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [
    react(),
    // Each route's chunk carries only the GraphQL documents it sends (not the generated map of all of them).
    graphqlDocuments({
      gqlFile: fileURLToPath(new URL('./src/generated/gql.ts', import.meta.url)),
      graphqlFile: fileURLToPath(new URL('./src/generated/graphql.ts', import.meta.url)),
    }),
    // .br and .gz beside every text asset, served as they are by the API (apps/api/src/server.ts).
    precompress(),
  ],
  resolve: {
    alias: [
      // The TypeScript source of the shared rules, so dev and build use the same code as the API without a prebuild.
      { find: '@lao/domain', replacement: fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)) },
      // The map library's source likewise; only the bare name, so that `@lao/thai-map/thailand-provinces.json?url`
      // still resolves to the built geometry file (an asset of its own, from `pnpm --filter @lao/thai-map build`).
      { find: /^@lao\/thai-map$/, replacement: fileURLToPath(new URL('../../libs/thai-map/src/index.ts', import.meta.url)) },
    ],
  },
  server: {
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/health': { target: api, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      treeshake: {
        // The shared rules and the zod resolver only declare things (schemas, messages, functions): a chunk that uses
        // one export does not need the rest. Without this the login's first chunk, for the message translator of
        // libs/domain, carried every schema of the platform and zod with them (about 30 KiB at 400 kbps).
        moduleSideEffects: [
          { test: /libs[\\/]domain[\\/]src[\\/]/, sideEffects: false },
          { test: /node_modules[\\/]@hookform[\\/]resolvers[\\/]/, sideEffects: false },
        ],
      },
      output: {
        // Libraries change less often than our code: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|cookie)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo[\\/]client|graphql|rxjs|optimism|@wry[\\/][^\\/]+|tslib)[\\/]/ },
            // src/strict-csp.ts configures zod: in zod's chunk it runs before any chunk that builds a schema.
            { name: 'forms', test: /node_modules[\\/](zod|react-hook-form|@hookform[\\/]resolvers)[\\/]|src[\\/]strict-csp\.ts$/ },
            // Everything else the login statically needs (i18n, the route table, the login page) in one chunk: on a
            // 400 ms link each further file costs a round trip; left to itself the splitter made eight of 1-2 KiB.
            { name: 'login', tags: ['$initial'] },
          ],
        },
      },
    },
  },
});
