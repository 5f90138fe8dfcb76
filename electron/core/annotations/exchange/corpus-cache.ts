// Per-operation memo of corpus lookups: an import or export of 10k notes asks for the same documents and nodes
// thousands of times, and each CorpusStore call is a query plus object building.
import type { CorpusNode, CorpusReader, DocumentMeta } from '../../corpus/model.js';

/** The lookups exchange needs, answered from memory after the first call per document. */
export interface CorpusLookup {
  document(docId: string): DocumentMeta | null;
  node(docId: string, eId: string): CorpusNode | null;
  nodes(docId: string): CorpusNode[];
}

/** Wraps a reader for the duration of one import or export. */
export function cacheCorpus(reader: CorpusReader): CorpusLookup {
  const docs = new Map<string, DocumentMeta | null>();
  const nodes = new Map<string, { list: CorpusNode[]; byEId: Map<string, CorpusNode> }>();
  const nodesOf = (docId: string): { list: CorpusNode[]; byEId: Map<string, CorpusNode> } => {
    let entry = nodes.get(docId);
    if (!entry) {
      const list = reader.getNodes(docId);
      entry = { list, byEId: new Map(list.map((n) => [n.eId, n])) };
      nodes.set(docId, entry);
    }
    return entry;
  };
  return {
    document(docId) {
      if (!docs.has(docId)) docs.set(docId, reader.getDocument(docId));
      return docs.get(docId) ?? null;
    },
    node: (docId, eId) => nodesOf(docId).byEId.get(eId) ?? null,
    nodes: (docId) => nodesOf(docId).list,
  };
}
