// Where the core worker's entry is and how to start it: the bundled `core-worker.js` beside the main bundle
// (electron-vite's second main entry), or, in development and tests, the TypeScript source loaded through tsx
// (threads/start-worker.ts explains how).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../core/threads/start-worker';
import type { CoreWorkerData } from './protocol';

/** The bundled entry's file name, beside out/main/index.js (see electron.vite.config.ts). */
const BUNDLED_WORKER = 'core-worker.js';

/** The source entry, for hosts that run from TypeScript (the loopback host under tsx, vitest, benchmarks). */
export const SOURCE_WORKER = join(dirname(fileURLToPath(import.meta.url)), 'core-worker.ts');

/** The worker entry for a host whose own code lives in `dir`: the bundle's sibling when built, else the source. */
export function coreWorkerEntry(dir: string): string {
  const bundled = join(dir, BUNDLED_WORKER);
  return existsSync(bundled) ? bundled : SOURCE_WORKER;
}

/** Starts the worker at `entry` with its start-up data. */
export function spawnCoreWorker(entry: string, data: CoreWorkerData): Worker {
  return startWorker(entry, { workerData: data });
}
