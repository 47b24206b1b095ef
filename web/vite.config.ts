import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const root = fileURLToPath(new URL('.', import.meta.url));

// No React plugin: Vite's own transform compiles JSX (automatic runtime); the plugin
// only adds fast refresh for the dev server, and its optional Babel peers conflict with Jest's.
export default defineConfig({
  root,
  publicDir: 'public',
  oxc: { jsx: { runtime: 'automatic' } },
  // Brotli and gzip versions beside each text file, made once here: the service serves them as they are
  // (src/web-interface/web-files.ts) instead of spending seconds compressing at every start.
  plugins: [compression({ algorithms: ['brotliCompress', 'gzip'], skipIfLargerOrEqual: true })],
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
