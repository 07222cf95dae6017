import { chmod } from 'node:fs/promises';
import { join, resolve } from 'node:path';
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

/** out/main/cli.js is the package's bin: npx and shells run it directly, so it must be executable. */
function executableCli(): Plugin {
  return {
    name: 'shelfready-cli-executable',
    apply: 'build',
    async writeBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry && chunk.name === 'cli') await chmod(join(options.dir ?? 'out/main', chunk.fileName), 0o755);
      }
    },
  };
}

// Custom roots (electron/main, electron/preload, renderer/) are set explicitly; sharp stays external
// because it ships native binaries that must be loaded from node_modules (asarUnpack in packaging).
export default defineConfig({
  main: {
    resolve: { alias },
    plugins: [executableCli()],
    build: {
      outDir: 'out/main',
      // The image worker is a second entry: Electron's utilityProcess runs out/main/image-worker.js.
      // The third is the headless `shelfready` CLI (package.json "bin"), run by plain Node.
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'image-worker': resolve(__dirname, 'electron/image-worker/index.ts'),
          cli: resolve(__dirname, 'electron/cli/index.ts'),
        },
        external: ['sharp'],
        output: { banner: (chunk) => (chunk.isEntry && chunk.name === 'cli' ? '#!/usr/bin/env node' : '') },
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
