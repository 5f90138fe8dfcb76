// The hash of everything a corpus build depends on, so `ensure-corpus` rebuilds exactly when an input changed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { STEP_INPUTS } from './steps';

/** Inputs relative to the repository root: sources, ingestion and build code, and the steps' code. */
const BUILD_INPUTS = [
  'data/sources',
  'data/build',
  'data/build-corpus.ts',
  'electron/core/corpus',
  'electron/core/errors.ts',
  ...STEP_INPUTS,
];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/** SHA-256 over the relative path and bytes of every input file, in sorted order. */
export function inputsHash(repoRoot: string, inputs: readonly string[] = BUILD_INPUTS): string {
  const hash = createHash('sha256');
  const files = inputs.flatMap((p) => filesUnder(join(repoRoot, p))).map((f) => relative(repoRoot, f));
  for (const file of [...new Set(files)].sort()) {
    hash.update(file.split(sep).join('/'));
    hash.update('\0');
    hash.update(readFileSync(join(repoRoot, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}
