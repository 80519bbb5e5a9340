import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The shared package's TypeScript source: its CommonJS dist is for Node, not the browser. */
const shared = fileURLToPath(new URL('../shared/src/index.ts', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@inkludera/shared': shared },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // dist/.vite/manifest.json: which chunks each page loads (e2e/bundle-size.e2e.test.ts reads it).
    manifest: true,
  },
  server: {
    // `pnpm --filter @inkludera/web dev` beside a running API on port 4000.
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
