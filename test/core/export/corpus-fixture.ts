// The real built corpus (data/dist, built by `npm run ensure:data`) for export tests.
import { join } from 'node:path';
import { corpusLocationIn } from '../../../electron/core/corpus/location';
import type { CorpusNode, DocumentMeta } from '../../../electron/core/corpus/model';
import { openCorpus } from '../../../electron/core/corpus/store';
import type { Annotation, AnnotationColor } from '../../../electron/core/annotations/model';

/** One bundled document with its nodes. */
export function loadDocument(docId: string): { doc: DocumentMeta; nodes: CorpusNode[] } {
  const loc = corpusLocationIn(join(import.meta.dirname, '../../../data/dist'));
  const store = openCorpus(loc.corpusPath, loc.manifestPath);
  try {
    const doc = store.getDocument(docId);
    if (doc === null) throw new Error(`${docId} missing from the built corpus (run npm run ensure:data)`);
    return { doc, nodes: store.getNodes(docId) };
  } finally {
    store.close();
  }
}

let counter = 0;

/** An annotation on `exact` inside node `eId` (or the whole provision when `exact` is null). */
export function annotate(
  doc: DocumentMeta,
  nodes: CorpusNode[],
  eId: string,
  exact: string | null,
  note: string,
  color: AnnotationColor = 'yellow',
  tags: string[] = [],
): Annotation {
  const node = nodes.find((n) => n.eId === eId);
  if (node === undefined) throw new Error(`no node ${eId}`);
  const start = exact === null ? -1 : node.text.indexOf(exact);
  if (exact !== null && start < 0) throw new Error(`"${exact}" not in ${eId}`);
  counter += 1;
  return {
    id: `a0000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    continues: [],
    target: {
      docId: doc.docId,
      docHash: doc.contentHash,
      eId,
      position: exact === null ? null : { start, end: start + exact.length },
      quote: exact === null ? null : { exact, prefix: '', suffix: '' },
    },
    note,
    color,
    tags,
    author: 'Trần Thị Bình',
    created: '2026-02-01T08:00:00.000Z',
    updated: '2026-02-02T09:30:00.000Z',
    deleted: null,
    anchor: 'anchored',
  };
}
