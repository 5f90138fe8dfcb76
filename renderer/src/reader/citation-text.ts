// Text placed on the clipboard by "copy with citation", and the citation of any provision, both in the
// document's own language whatever the interface language.
import {
  ancestorsOf,
  formatCitation,
  formatPassageCitation,
  formatPlace,
  nodeLabel,
} from '../../../electron/shared/provision-labels';
import { annotatableText } from '../../../electron/shared/annotatable-text';
import type { CorpusNode } from '../../../electron/shared/types';
import type { LoadedDocument } from '../state/use-document';
import { numberLabel } from './provision-label';

/** Units whose label leads their heading when copied ("Điều 6. Heading", "Chương II. HEADING"). */
const LABELLED = new Set<CorpusNode['kind']>(['part', 'chapter', 'section', 'subsection', 'article']);

/** The citation of `eId` ("Clause 1, Article 6, Decree 63/2020/ND-CP" / "khoản 1 Điều 6 Nghị định 63/2020/NĐ-CP"). */
export function citationOf(doc: LoadedDocument, eId: string): string {
  const node = doc.byEId.get(eId);
  if (!node) return doc.meta.shortTitle;
  return formatCitation(doc.meta, node, ancestorsOf(eId, doc.byEId), doc.meta.language);
}

/** The citation of a passage over `eIds` ("Clauses 1–2, Article 6, Decree 63/2020/ND-CP", `formatPlaces`). */
export function passageCitationOf(doc: LoadedDocument, eIds: readonly string[]): string {
  const covered = eIds.flatMap((eId) => doc.byEId.get(eId) ?? []);
  if (covered.length === 0) return doc.meta.shortTitle;
  return formatPassageCitation(doc.meta, covered, doc.byEId, doc.meta.language);
}

/** Where `eId` is in its document, in the document's language ("Clause 1, Article 6" / "khoản 1 Điều 6"). */
export function placeOf(doc: LoadedDocument, eId: string): string {
  const node = doc.byEId.get(eId);
  if (!node) return doc.meta.shortTitle;
  return formatPlace(node, ancestorsOf(eId, doc.byEId), doc.meta.language);
}

/** The first words of a provision as copied: "1.", "đ)", "[3]", or "Điều 6." before its heading. */
function leadOf(doc: LoadedDocument, n: CorpusNode): string {
  if (LABELLED.has(n.kind) && n.num !== null && doc.meta.kind !== 'commentary') {
    const label = nodeLabel(n, doc.meta.language);
    return n.heading === null ? label : `${label}. ${n.heading}`;
  }
  return [numberLabel(n), n.heading ?? ''].filter(Boolean).join(' ');
}

/** The provision's text (with its descendants) followed by its citation on its own line. */
export function textWithCitation(doc: LoadedDocument, eId: string): string {
  const node = doc.byEId.get(eId);
  if (!node) return '';
  const lines: string[] = [];
  const visit = (id: string) => {
    const n = doc.byEId.get(id);
    if (!n) return;
    // An appendix row is copied as its cells, one per line (its number is its first cell).
    const body =
      n.kind === 'annex-row' ? annotatableText(n) : [leadOf(doc, n), n.text].filter(Boolean).join(' ');
    if (body) lines.push(body);
    for (const child of doc.nodes) if (child.parentEId === id) visit(child.eId);
  };
  visit(eId);
  return `${lines.join('\n')}\n— ${citationOf(doc, eId)}`;
}

/** Writes text to the clipboard through the async Clipboard API (rejects when the page may not write). */
export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}
