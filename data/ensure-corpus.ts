// `npm run ensure:data` (run by `npm test` and `npm start`): rebuilds the corpus when it is missing, modified
// or stale (its sources or build code changed); otherwise prints nothing.
import { existsSync } from 'node:fs';
import { corpusLocationIn } from '../electron/core/corpus/location';
import { readManifest, sha256File } from '../electron/core/corpus/manifest';
import { buildCorpus } from './build/build-corpus';
import { inputsHash } from './build/inputs-hash';
import { DIST_DIR, REPO_ROOT, SOURCES_DIR } from './build/paths';
import { runScript } from './build/run-script';

/** Why the corpus needs a rebuild, or null when it is current. */
function staleReason(expectedInputs: string): string | null {
  const { corpusPath, manifestPath } = corpusLocationIn(DIST_DIR);
  if (!existsSync(corpusPath) || !existsSync(manifestPath)) return 'missing';
  try {
    const manifest = readManifest(manifestPath);
    if (manifest.inputsHash !== expectedInputs) return 'sources or build code changed';
    if (sha256File(corpusPath) !== manifest.sha256) return 'corpus file modified';
  } catch {
    return 'manifest unreadable';
  }
  return null;
}

runScript(() => {
  const hash = inputsHash(REPO_ROOT);
  const reason = staleReason(hash);
  if (reason === null) return;
  const result = buildCorpus({ sourcesDir: SOURCES_DIR, outDir: DIST_DIR, inputsHash: hash });
  console.log(`Corpus rebuilt (${reason}): ${result.corpusPath}`);
});
