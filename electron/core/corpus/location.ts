// Where the bundled corpus lives: the Electron main process passes process.resourcesPath; the CLI and tests
// use LECTERN_CORPUS_DIR or the repository's data/dist.
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/** File names inside the corpus directory. */
export const CORPUS_FILE = 'corpus.sqlite';
export const MANIFEST_FILE = 'corpus.manifest.json';

/** Paths of the corpus file and its manifest inside one directory. */
interface CorpusLocation {
  dir: string;
  corpusPath: string;
  manifestPath: string;
}

/** The corpus files inside `dir`. */
export function corpusLocationIn(dir: string): CorpusLocation {
  return { dir, corpusPath: join(dir, CORPUS_FILE), manifestPath: join(dir, MANIFEST_FILE) };
}

/** The default corpus directory: env LECTERN_CORPUS_DIR, else data/dist of this checkout. */
export function defaultCorpusLocation(env: NodeJS.ProcessEnv = process.env): CorpusLocation {
  const fromEnv = env.LECTERN_CORPUS_DIR;
  if (fromEnv !== undefined && fromEnv !== '') return corpusLocationIn(resolve(fromEnv));
  // This file is electron/core/corpus/location.ts; the repository root is three levels up.
  const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..');
  return corpusLocationIn(join(repoRoot, 'data', 'dist'));
}
