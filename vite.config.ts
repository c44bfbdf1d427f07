// Builds the two web apps into dist/web, which the server serves statically:
//   vite build              → the citizen app (web/citizen) into dist/web (index.html is the
//                             fallback for app routes, /preview/* included)
//   vite build --mode staff → the staff app (web/staff) into dist/web/staff, served at /staff/*
// `npm run build` runs both. Two separate builds rather than two entries of one: chunks are
// never shared, so no staff code (nor anything the staff app pulls forward) reaches a
// citizen's phone, and the citizen bundle is byte for byte what it is without the staff app.
// Dev: `vite` (citizen) or `vite --mode staff`, against `npm start` on port 3000.
// Tests use vitest.config.ts.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from './web/build/precompress.ts';

const repo = fileURLToPath(new URL('.', import.meta.url));
const path = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig(({ mode }) => {
  const staff = mode === 'staff';
  return {
    plugins: [precompress()],
    root: path(staff ? './web/staff' : './web/citizen'),
    // The staff app lives under /staff/, its assets too (/staff/assets/...).
    base: staff ? '/staff/' : '/',
    publicDir: staff ? false : 'public',
    // Preact's automatic JSX runtime; vite 8 transforms with oxc (esbuild is not used).
    oxc: {
      jsx: { runtime: 'automatic', importSource: 'preact' },
    },
    build: {
      outDir: path(staff ? './dist/web/staff' : './dist/web'),
      // The citizen build starts afresh (and removes the staff app: build it after).
      emptyOutDir: true,
      target: 'es2022',
      // The polyfill would be an inline script, which the CSP (script-src 'self') forbids.
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0, // no data: URLs (CSP)
      reportCompressedSize: true,
      sourcemap: false,
    },
    server: {
      proxy: { '/api': 'http://127.0.0.1:3000', ...(staff ? {} : { '/staff': 'http://127.0.0.1:5174' }) },
      fs: { allow: [repo] },
    },
  };
});
