/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { relative } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import type { AtRule, Plugin as PostcssPlugin } from 'postcss';

// The API serves the built SPA on the same origin; in development Vite proxies the API's paths.
const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:5080';

/**
 * govuk-frontend's service navigation keeps an Internet Explorer hack, `(min-width: 0\0)`, which
 * Dart Sass now writes as U+FFFD and the CSS minifier rejects. No supported browser needs it.
 */
const dropInternetExplorerHacks: PostcssPlugin = {
  postcssPlugin: 'drop-internet-explorer-hacks',
  AtRule: {
    media: (rule: AtRule) => {
      if (rule.params.includes('\uFFFD') || rule.params.includes('\\0')) rule.remove();
    },
  },
};

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Writes dist/.vite/chunk-modules.json beside Vite's manifest: each script chunk and the source
 * modules bundled into it, which the manifest does not say. scripts/check-first-load.mjs reads both
 * to hold the carer's first download to its budget and keep staff code out of it (decision 0039).
 * dist/.vite/ is never served: the API's file provider leaves out folders whose names start with a dot.
 */
const chunkModules: Plugin = {
  name: 'chunk-modules',
  apply: 'build',
  generateBundle(_options, bundle) {
    const chunks: Record<string, string[]> = {};
    for (const output of Object.values(bundle)) {
      if (output.type !== 'chunk') continue;
      chunks[output.fileName] = output.moduleIds
        .map((id) => (id.startsWith('\0') ? id : relative(root, id.split('?')[0] ?? id).split('\\').join('/')))
        .sort();
    }
    this.emitFile({ type: 'asset', fileName: '.vite/chunk-modules.json', source: `${JSON.stringify(chunks, null, 1)}\n` });
  },
};

export default defineConfig({
  plugins: [react(), chunkModules],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/dev': { target: apiTarget, changeOrigin: false },
      '/health': { target: apiTarget, changeOrigin: false },
    },
  },
  css: {
    postcss: { plugins: [dropInternetExplorerHacks] },
    preprocessorOptions: {
      scss: {
        // govuk-frontend still emits a few deprecation notices of its own Sass; they are not ours to fix.
        quietDeps: true,
      },
    },
  },
  build: {
    outDir: 'dist',
    // No source maps in what the API serves (2.9 MB of our source, to anyone): decision 0039.
    sourcemap: false,
    // dist/.vite/manifest.json: what each page loads, for scripts/check-first-load.mjs.
    manifest: true,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup-tests.ts'],
    // scripts/: tests of the tooling itself (lint-rules.test.ts runs ESLint, in Node rather than jsdom).
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    css: false,
    // One jsdom per worker thread, not one per file: building 40 jsdom environments was 75 of the
    // run's 120 seconds on a 2-core machine, now under 10 in all. Each test still starts clean:
    // src/testing/setup-tests.ts unmounts what it rendered and clears sessionStorage.
    pool: 'threads',
    isolate: false,
    // Forms typed into key by key take seconds on a busy 2-core machine (the suite runs beside the
    // API and browser tests): a test that is slow there is not wrong, so give it 20 seconds, not 5.
    testTimeout: 20_000,
  },
});
