// The corpus build step that indexes every document and stores the serialized index in corpus.sqlite,
// so the app imports it at start-up instead of re-indexing (registered in data/build/steps.ts).
import type Database from 'better-sqlite3';
import type { CorpusNode, DocumentMeta } from '../corpus/model';
import { writeSearchIndex } from './index-store';
import { SearchIndex } from './search-index';

/** Build the search index over `docs` (in their order) and write it into the corpus being built. */
export function searchIndexStep(
  db: Database.Database,
  docs: readonly DocumentMeta[],
  nodes: readonly CorpusNode[],
): void {
  const byDoc = new Map<string, CorpusNode[]>(docs.map((d) => [d.docId, []]));
  for (const node of nodes) byDoc.get(node.docId)?.push(node);
  const index = SearchIndex.build(docs.map((meta) => ({ meta, nodes: byDoc.get(meta.docId) ?? [] })));
  writeSearchIndex(db, index);
}
