// Starts a worker thread from a bundled `.js` entry or, in development and tests, from its TypeScript source.
// tsx's `--import` hook does not reach worker threads on Node 20 (privatenumber/tsx#354, nodejs/node#47747), so a
// source entry is started by a two-line bootstrap that calls tsx's `tsImport` inside the worker. The core worker
// and the per-file parse worker both start this way.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';
import { Worker } from 'node:worker_threads';

/** tsx's ESM API file, read from its package.json `exports` (require.resolve would give the CommonJS build). */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: { './esm/api': { import: { default: string } } };
  };
  return pathToFileURL(join(dirname(manifest), pkg.exports['./esm/api'].import.default)).href;
}

/** Starts the worker at `entry` (a `.js` bundle, or a `.ts` source run through tsx) with Node's worker options. */
export function startWorker(entry: string, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  if (!entry.endsWith('.ts')) return new Worker(entry, options);
  const bootstrap = `import(${JSON.stringify(tsxEsmApi())}).then((tsx) => tsx.tsImport(${JSON.stringify(
    pathToFileURL(entry).href,
  )}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(bootstrap, { ...options, eval: true });
}
