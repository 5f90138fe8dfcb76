// Test helper: the real seed documents ingested from data/sources, as the build does it.
import { join } from 'node:path';
import { documentMetaOf, loadSources } from '../../../data/build/sources';
import type { IngestedDocument } from '../../../electron/core/corpus/ingest/ingest-document';
import { ingestDocument } from '../../../electron/core/corpus/ingest/ingest-document';

export const SOURCES_DIR = join(import.meta.dirname, '..', '..', '..', 'data', 'sources');

/** Ingests one bundled source by document id. */
export function ingestSource(docId: string): IngestedDocument & { raw: string } {
  const source = loadSources(SOURCES_DIR).find((s) => s.meta.docId === docId);
  if (source === undefined) throw new Error(`no source ${docId}`);
  return {
    ...ingestDocument(source.text, documentMetaOf(source.meta), source.meta.ingest.exclude),
    raw: source.text,
  };
}
