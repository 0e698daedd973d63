// Builds the residents' page (apps/web/client) into static files the web server serves.
// `vite --config apps/web/client/vite.config.mjs` serves it with hot reload in front of a running
// web server (`npm start`), which routes /api to intake and /api/staff/<service> to the others.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  publicDir: false,
  resolve: {
    // Only the browser-safe part of the contracts lib (labels and codes): its index also pulls
    // in zod schemas and the Temporal SDK.
    alias: {
      '@shangliang/contracts/problem': here('../../../libs/contracts/src/problem'),
      '@shangliang/contracts/staff': here('../../../libs/contracts/src/staff'),
    },
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { target: 'es2020', sourcemap: true, assetsInlineLimit: 0 },
  server: {
    proxy: {
      '/api': { target: process.env.WEB_URL ?? `http://127.0.0.1:${process.env.WEB_PORT ?? 3000}` },
    },
  },
});
