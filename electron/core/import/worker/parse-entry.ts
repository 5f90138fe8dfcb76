// Where the parse worker's entry is: the bundled `parse-worker.js` (a main entry of electron.vite.config.ts, beside
// core-worker.js in out/main/), or the TypeScript source when the code runs from source (CLI, tests, benchmarks).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundled entry's file name in out/main/. */
const BUNDLED_PARSE_WORKER = 'parse-worker.js';

/**
 * The entry to start: in a bundle this module sits in core-worker.js or in a chunk under out/main/chunks/, so the
 * bundled worker is looked for in this module's folder and its parent; otherwise the source `parse-worker.ts`
 * beside this file, started through tsx (threads/start-worker.ts). Worked out when called, not at load.
 */
export function parseWorkerEntry(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, dirname(here)]) {
    const bundled = join(dir, BUNDLED_PARSE_WORKER);
    if (existsSync(bundled)) return bundled;
  }
  return join(here, 'parse-worker.ts');
}
