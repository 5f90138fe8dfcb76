// Builds corpus.sqlite from data/sources, deterministically: same inputs → same bytes → same SHA-256.
import Database from 'better-sqlite3';
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestedDocument } from '../../electron/core/corpus/ingest/ingest-document';
import { ingestDocument } from '../../electron/core/corpus/ingest/ingest-document';
import { CORPUS_FILE, MANIFEST_FILE } from '../../electron/core/corpus/location';
import type { CorpusManifest } from '../../electron/core/corpus/manifest';
import { CORPUS_FORMAT_VERSION, sha256File } from '../../electron/core/corpus/manifest';
import { createCorpusSchema } from './schema';
import { documentMetaOf, loadSources } from './sources';
import type { BuildStep } from './steps';
import { STEPS } from './steps';
import { writeDocuments } from './write-tables';

/** Where to read sources, where to write, which extra steps to run and the inputs hash to record. */
interface BuildOptions {
  sourcesDir: string;
  outDir: string;
  inputsHash: string;
  steps?: readonly BuildStep[];
}

/** What a build produced. */
export interface BuildResult {
  corpusPath: string;
  manifestPath: string;
  manifest: CorpusManifest;
  documents: IngestedDocument[];
}

/** Ingests every source, writes the tables, runs the extra steps, VACUUMs and records the manifest. */
export function buildCorpus(options: BuildOptions): BuildResult {
  const documents = loadSources(options.sourcesDir).map(({ meta, text }) =>
    ingestDocument(text, documentMetaOf(meta), meta.ingest.exclude),
  );
  mkdirSync(options.outDir, { recursive: true });
  const corpusPath = join(options.outDir, CORPUS_FILE);
  const manifestPath = join(options.outDir, MANIFEST_FILE);
  // Build beside the target and rename at the end, so a failed build never leaves a half-written corpus.
  const tmpPath = join(options.outDir, `${CORPUS_FILE}.building`);
  rmSync(tmpPath, { force: true });
  const db = new Database(tmpPath);
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma('page_size = 4096');
    createCorpusSchema(db);
    const meta = db.prepare('INSERT INTO meta VALUES (?, ?)');
    meta.run('format_version', String(CORPUS_FORMAT_VERSION));
    meta.run('inputs_hash', options.inputsHash);
    writeDocuments(db, documents);
    const docs = documents.map((d) => d.document);
    const nodes = documents.flatMap((d) => d.nodes);
    for (const step of options.steps ?? STEPS) step(db, docs, nodes);
    db.exec('VACUUM');
  } finally {
    db.close();
  }
  renameSync(tmpPath, corpusPath);
  const manifest: CorpusManifest = {
    file: CORPUS_FILE,
    sha256: sha256File(corpusPath),
    bytes: statSync(corpusPath).size,
    formatVersion: CORPUS_FORMAT_VERSION,
    inputsHash: options.inputsHash,
  };
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { corpusPath, manifestPath, manifest, documents };
}
