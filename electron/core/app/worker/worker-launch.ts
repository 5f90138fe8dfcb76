// Where the core worker's entry is and how to start it: the bundled `core-worker.js` beside the main bundle
// (electron-vite's second main entry), or, in development and tests, the TypeScript source loaded through tsx.
// tsx's `--import` hook does not reach worker threads on Node 20 (privatenumber/tsx#354, nodejs/node#47747), so a
// source entry is started by a two-line bootstrap that calls tsx's `tsImport` inside the worker.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CoreWorkerData } from './protocol';

/** The bundled entry's file name, beside out/main/index.js (see electron.vite.config.ts). */
export const BUNDLED_WORKER = 'core-worker.js';

/** The source entry, for hosts that run from TypeScript (the loopback host under tsx, vitest, benchmarks). */
export const SOURCE_WORKER = join(dirname(fileURLToPath(import.meta.url)), 'core-worker.ts');

/** The worker entry for a host whose own code lives in `dir`: the bundle's sibling when built, else the source. */
export function coreWorkerEntry(dir: string): string {
  const bundled = join(dir, BUNDLED_WORKER);
  return existsSync(bundled) ? bundled : SOURCE_WORKER;
}

/** tsx's ESM API file, read from its package.json `exports` (require.resolve would give the CommonJS build). */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: { './esm/api': { import: { default: string } } };
  };
  return pathToFileURL(join(dirname(manifest), pkg.exports['./esm/api'].import.default)).href;
}

/** Starts the worker at `entry` with its start-up data. */
export function spawnCoreWorker(entry: string, data: CoreWorkerData): Worker {
  if (!entry.endsWith('.ts')) return new Worker(entry, { workerData: data });
  const bootstrap = `import(${JSON.stringify(tsxEsmApi())}).then((tsx) => tsx.tsImport(${JSON.stringify(
    pathToFileURL(entry).href,
  )}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(bootstrap, { eval: true, workerData: data });
}
