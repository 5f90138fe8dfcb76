// `npm run build:data`: builds data/dist/corpus.sqlite and its manifest from data/sources.
import { buildCorpus } from './build/build-corpus';
import { inputsHash } from './build/inputs-hash';
import { DIST_DIR, REPO_ROOT, SOURCES_DIR } from './build/paths';
import { runScript } from './build/run-script';

runScript(() => {
  const result = buildCorpus({
    sourcesDir: SOURCES_DIR,
    outDir: DIST_DIR,
    inputsHash: inputsHash(REPO_ROOT),
  });
  const nodes = result.documents.reduce((sum, d) => sum + d.nodes.length, 0);
  console.log(
    `Built ${result.corpusPath}: ${result.documents.length} documents, ${nodes} nodes, ` +
      `${result.manifest.bytes} bytes, sha256 ${result.manifest.sha256.slice(0, 16)}…`,
  );
});
