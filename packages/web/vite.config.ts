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
    rollupOptions: {
      // GraphiQL's packages carry React Compiler directives ("use no memo") that bundling drops: harmless.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      // The public site, and the API explorer (GraphiQL) as an entry of its own: the site never loads it.
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        explorer: fileURLToPath(new URL('explorer.html', import.meta.url)),
      },
    },
  },
  worker: { format: 'es' },
  server: {
    // `pnpm --filter @inkludera/web dev` beside a running API on port 4000.
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
