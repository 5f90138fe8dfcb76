// Text placed on the clipboard by "copy with citation", and the citation of any provision in the interface language.
import { ancestorsOf, formatCitation } from '../../../electron/core/corpus/citation';
import type { LoadedDocument } from '../state/use-document';

/** The citation of `eId` ("Clause 1, Article 6, Decree 63/2020/ND-CP" / "khoản 1 Điều 6 Nghị định 63/2020/NĐ-CP"). */
export function citationOf(doc: LoadedDocument, eId: string, language: string): string {
  const node = doc.byEId.get(eId);
  if (!node) return doc.meta.shortTitle;
  return formatCitation(doc.meta, node, ancestorsOf(eId, doc.byEId), language === 'vi' ? 'vi' : 'en');
}

/** The provision's text (with its descendants) followed by its citation on its own line. */
export function textWithCitation(doc: LoadedDocument, eId: string, language: string): string {
  const node = doc.byEId.get(eId);
  if (!node) return '';
  const lines: string[] = [];
  const visit = (id: string) => {
    const n = doc.byEId.get(id);
    if (!n) return;
    const lead = [
      n.num && n.kind !== 'article' && n.kind !== 'chapter'
        ? `${n.num === 'dd' ? 'đ' : n.num}${n.kind === 'point' ? ')' : '.'}`
        : '',
      n.heading ?? '',
    ]
      .filter(Boolean)
      .join(' ');
    const body = [lead, n.text].filter(Boolean).join(' ');
    if (body) lines.push(body);
    for (const child of doc.nodes) if (child.parentEId === id) visit(child.eId);
  };
  visit(eId);
  return `${lines.join('\n')}\n— ${citationOf(doc, eId, language)}`;
}

/** Writes text to the clipboard through the async Clipboard API (rejects when the page may not write). */
export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}
