// Hand-written documents for tests as compact rows (eId, kind, parent, num, heading, text), turned into corpus
// nodes in reading order with their depth taken from the parent, so every fixture builds nodes the same way.
import type { CorpusNode } from '../../electron/core/corpus/model';

/** One node of a hand-written document. */
export type NodeSpec = [
  eId: string,
  kind: CorpusNode['kind'],
  parent: string | null,
  num: string | null,
  heading: string | null,
  text: string,
];

/** The nodes of `specs` for document `docId`: order as listed, depth one more than the parent's. */
export function nodesFromSpecs(docId: string, specs: readonly NodeSpec[]): CorpusNode[] {
  const depth = new Map<string | null, number>([[null, -1]]);
  return specs.map(([eId, kind, parentEId, num, heading, text], order) => {
    depth.set(eId, (depth.get(parentEId) ?? -1) + 1);
    return {
      docId,
      eId,
      parentEId,
      kind,
      num,
      heading,
      text,
      order,
      depth: depth.get(eId) ?? 0,
      cells: null,
    };
  });
}
