import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// No React plugin: Vite's own transform compiles JSX (automatic runtime); the plugin
// only adds fast refresh for the dev server, and its optional Babel peers conflict with Jest's.
export default defineConfig({
  root,
  publicDir: 'public',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The service's Content-Security-Policy allows no inline script, so nothing may be inlined as one.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      // Mantine marks its modules "use client" for React Server Components; a client-only bundle ignores it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    // `npx vite --config web/vite.config.ts` beside a running service: the API answers from there.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
