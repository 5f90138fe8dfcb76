// Everything the reader needs for one document, fetched together in five calls (metadata, nodes, cross-refs,
// defined terms and the last reading position) and indexed once; loaded again when a write changes the library.
import type { CorpusNode, CrossRef, DefinedTerm, DocumentMeta } from '../../../electron/shared/types';
import { getApi, unwrap } from '../api/client';
import { useGeneration } from '../api/use-query';
import { DOCUMENT_READS } from '../api/invalidation';
import { useAsync, type AsyncState } from './use-async';

/** A loaded document with lookup tables the reader uses on every render. */
export interface LoadedDocument {
  meta: DocumentMeta;
  nodes: CorpusNode[];
  refs: CrossRef[];
  terms: DefinedTerm[];
  byEId: Map<string, CorpusNode>;
  refsByEId: Map<string, CrossRef[]>;
  /** Where the reviewer last was in this document (user.sqlite), restored when it opens without a target. */
  lastPosition: string | null;
}

/** Indexes raw document parts; exported for tests and the benchmark. */
export function indexDocument(
  meta: DocumentMeta,
  nodes: CorpusNode[],
  refs: CrossRef[],
  terms: DefinedTerm[],
  lastPosition: string | null = null,
): LoadedDocument {
  const byEId = new Map(nodes.map((n) => [n.eId, n]));
  const refsByEId = new Map<string, CrossRef[]>();
  for (const ref of refs) {
    const list = refsByEId.get(ref.fromEId) ?? [];
    list.push(ref);
    refsByEId.set(ref.fromEId, list);
  }
  return { meta, nodes, refs, terms, byEId, refsByEId, lastPosition };
}

/** Fetches one document through `window.lectern`. */
export async function loadDocument(docId: string): Promise<LoadedDocument> {
  const api = getApi();
  const [meta, nodes, refs, terms, position] = await Promise.all([
    unwrap(api.documents.get({ docId })),
    unwrap(api.documents.nodes({ docId })),
    unwrap(api.documents.refs({ docId })),
    unwrap(api.documents.terms({ docId })),
    unwrap(api.reading.getPosition({ docId })),
  ]);
  performance.mark('lectern:document-loaded', { detail: docId });
  return indexDocument(meta, nodes, refs, terms, position?.eId ?? null);
}

/**
 * The document with id `docId`, or idle when null. It is loaded outside the query store (the reading position must
 * be read fresh each time a document opens) but follows the store's invalidations: a re-imported text reloads.
 */
export function useDocument(docId: string | null): AsyncState<LoadedDocument> {
  const generation = useGeneration(DOCUMENT_READS);
  return useAsync(docId, () => loadDocument(docId ?? ''), generation);
}
