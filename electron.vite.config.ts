import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

const alias = { '@shared': resolve(__dirname, 'shared') };

/**
 * Under `electron-vite dev` only: React's fast-refresh preamble is an inline script and HMR talks
 * over ws://, which the strict CSP meta forbids. Built apps keep the strict policy (and main also
 * sends it as a header), so this never ships.
 */
function devCsp(): Plugin {
  return {
    name: 'shelfready-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* http://localhost:*"),
  };
}

// Custom roots (electron/main, electron/preload, renderer/) are set explicitly; sharp stays external
// because it ships native binaries that must be loaded from node_modules (asarUnpack in packaging).
export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      // The image worker is a second entry: Electron's utilityProcess runs out/main/image-worker.js.
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/main/index.ts'), 'image-worker': resolve(__dirname, 'electron/image-worker/index.ts') },
        external: ['sharp'],
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // A sandboxed renderer cannot load an ESM preload, so it is bundled as CommonJS.
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    resolve: { alias },
    plugins: [react(), devCsp()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
