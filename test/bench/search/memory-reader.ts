// A CorpusReader over generated documents held in memory, so the benchmark and engine tests can run the
// real SearchService without a corpus file. Test support only; the product reads corpus.sqlite.
import type {
  CorpusNode,
  CorpusReader,
  CrossRef,
  DefinedTerm,
  DocumentMeta,
} from '../../../electron/core/corpus/model';
import type { GeneratedDoc } from './generate-clauses';

/** Serve generated documents through the CorpusReader interface. */
export function memoryReader(docs: readonly GeneratedDoc[]): CorpusReader {
  const byId = new Map(docs.map((d) => [d.meta.docId, d]));
  return {
    listDocuments: (): DocumentMeta[] => docs.map((d) => d.meta),
    getDocument: (docId) => byId.get(docId)?.meta ?? null,
    getNodes: (docId): CorpusNode[] => byId.get(docId)?.nodes ?? [],
    getNode: (docId, eId) => byId.get(docId)?.nodes.find((n) => n.eId === eId) ?? null,
    getRefs: (): CrossRef[] => [],
    getTerms: (): DefinedTerm[] => [],
  };
}
