// Builds the citizen app (web/citizen) into dist/web, which the server serves statically
// (falling back to dist/web/index.html for app routes). Tests use vitest.config.ts.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from './web/build/precompress.ts';

const repo = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  plugins: [precompress()],
  root: fileURLToPath(new URL('./web/citizen', import.meta.url)),
  publicDir: 'public',
  // Preact's automatic JSX runtime; vite 8 transforms with oxc (esbuild is not used).
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The polyfill would be an inline script, which the CSP (script-src 'self') forbids.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0, // no data: URLs (CSP)
    reportCompressedSize: true,
    sourcemap: false,
  },
  server: {
    // `vite` (dev) against a server started separately: npm start on port 3000.
    proxy: { '/api': 'http://127.0.0.1:3000' },
    fs: { allow: [repo] },
  },
});
