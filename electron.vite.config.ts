// electron-vite build: main (with the core worker entry), preload and renderer bundles into out/.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // The core worker is a second entry (out/main/core-worker.js): electron/core/app/worker/worker-launch.ts
        // starts it beside index.js; code both use lands in shared chunks under out/main/.
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          'core-worker': resolve(import.meta.dirname, 'electron/core/app/worker/core-worker.ts'),
        },
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});
