import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
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
      output: {
        // Libraries change less often than our code: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|cookie)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo[\\/]client|graphql|rxjs|optimism|@wry[\\/][^\\/]+|tslib)[\\/]/ },
            { name: 'forms', test: /node_modules[\\/](zod|react-hook-form|@hookform[\\/]resolvers)[\\/]/ },
          ],
        },
      },
    },
  },
});
