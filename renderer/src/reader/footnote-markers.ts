// Footnote markers ("[12]") in a provision's text, as links to the footnote the importer attached to that
// provision, so a reviewer can jump to the note and back like any internal reference.
import type { CorpusNode, CrossRef } from '../../../electron/shared/types';

/** Internal links from each marker "[n]" in a provision's own text to its footnote child numbered n, by eId. */
export function footnoteRefs(nodes: readonly CorpusNode[]): Map<string, CrossRef[]> {
  const byEId = new Map(nodes.map((n) => [n.eId, n]));
  const out = new Map<string, CrossRef[]>();
  for (const note of nodes) {
    if (note.kind !== 'footnote' || note.num === null || note.parentEId === null) continue;
    const owner = byEId.get(note.parentEId);
    if (owner === undefined) continue;
    const marker = `[${note.num}]`;
    const list = out.get(owner.eId) ?? [];
    for (let at = owner.text.indexOf(marker); at >= 0; at = owner.text.indexOf(marker, at + marker.length)) {
      list.push({
        docId: owner.docId,
        fromEId: owner.eId,
        start: at,
        end: at + marker.length,
        label: marker,
        kind: 'internal',
        targetDocId: owner.docId,
        targetEId: note.eId,
        citedAct: null,
      });
    }
    if (list.length > 0) out.set(owner.eId, list);
  }
  return out;
}

/** True for a link made by `footnoteRefs` (drawn as a superscript marker rather than a cross-reference). */
export function isFootnoteRef(ref: CrossRef): boolean {
  return (
    ref.kind === 'internal' &&
    /^\[[^\]]+\]$/.test(ref.label) &&
    ref.targetEId !== null &&
    /(^|__)fn_[^_]+$/.test(ref.targetEId)
  );
}
