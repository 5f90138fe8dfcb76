// electron-vite build: main (with the core worker entry), preload and renderer bundles into out/. The main
// bundles carry the bundled corpus's SHA-256 (electron/core/corpus/pin.ts), read from the manifest the build
// step wrote, so the built app refuses a corpus replaced together with its manifest.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/** The corpus hash to compile in; `npm run build` runs `ensure:data` first, so the manifest exists. */
function corpusSha256(): string {
  const manifest = resolve(import.meta.dirname, 'data/dist/corpus.manifest.json');
  const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
  const sha = typeof parsed === 'object' && parsed !== null && 'sha256' in parsed ? parsed.sha256 : undefined;
  if (typeof sha !== 'string' || !/^[0-9a-f]{64}$/u.test(sha)) {
    throw new Error(`${manifest} has no corpus SHA-256; run \`npm run build:data\` first.`);
  }
  return sha;
}

export default defineConfig({
  main: {
    // Keep the name in step with CORPUS_PIN_DEFINE in electron/core/corpus/pin.ts (checked by a test).
    define: { __LECTERN_CORPUS_SHA256__: JSON.stringify(corpusSha256()) },
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // The core worker is a second entry (out/main/core-worker.js): electron/app/worker/worker-launch.ts
        // starts it beside index.js; code both use lands in shared chunks under out/main/. The core starts the
        // parse worker (out/main/parse-worker.js, one per imported file) as electron/core/import/worker/parse-entry.ts
        // finds it.
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          'core-worker': resolve(import.meta.dirname, 'electron/app/worker/core-worker.ts'),
          'parse-worker': resolve(import.meta.dirname, 'electron/core/import/worker/parse-worker.ts'),
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
