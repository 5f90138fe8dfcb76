// The cover page: what the document is, who annotated it, when it was exported, and its protective marking.
import type { DocumentMeta } from '../corpus/model';
import { documentFacts } from './format';
import { setParagraph, type Flow } from './paragraph';
import type { TextStyle } from './typesetter';
import { wordingFor } from './wording';

/** Facts about this export shown under the document's own metadata. */
interface CoverFacts {
  reviewer: string;
  exportedAt: string;
  marking: string;
  notes: number;
  unanchored: number;
  scope: string;
  filter: string | null;
}

const LABEL: TextStyle = { font: 'sans', size: 8.5, color: [90, 90, 90] };
const VALUE: TextStyle = { font: 'serif', size: 10 };

/** Sets the cover on a fresh first page, worded in the document's language. */
export function setCover(flow: Flow, doc: DocumentMeta, facts: CoverFacts): void {
  const c = flow.cursor;
  const words = wordingFor(doc.language);
  c.newPage();
  c.y = 150;
  const line = (text: string, style: TextStyle, align: 'center' | 'left' = 'center'): void => {
    setParagraph(flow, { text, style, x: c.left, width: c.width, align });
  };
  if (doc.issuer !== null)
    line(doc.issuer.toUpperCase(), { font: 'sansBold', size: 9.5, color: [80, 80, 80] });
  c.y += 10;
  line(doc.title, { font: 'serifBold', size: 20 });
  if (doc.about !== null && doc.about !== '') {
    c.y += 6;
    line(doc.about, { font: 'serifItalic', size: 10.5, color: [60, 60, 60] });
  }
  if (facts.marking !== '') {
    c.y += 16;
    const style: TextStyle = { font: 'sansBold', size: 13, color: [160, 20, 20] };
    const w = c.ts.measure(style)(facts.marking) + 28;
    const x = c.left + (c.width - w) / 2;
    c.rule(x, c.y, x + w, c.y, [160, 20, 20], 1);
    c.rule(x, c.y + 26, x + w, c.y + 26, [160, 20, 20], 1);
    c.y += 6;
    line(facts.marking, style);
    c.y += 8;
  }
  c.y += 28;
  table(flow, documentFacts(doc, words));
  c.y += 14;
  c.rule(c.left, c.y, c.left + c.width, c.y, [150, 150, 150], 0.6);
  c.y += 16;
  line(words.annotatedCopy, { font: 'sansBold', size: 10, color: [60, 60, 60] }, 'left');
  c.y += 6;
  const w = words.cover;
  const rows: [string, string][] = [
    [w.reviewer, facts.reviewer || '—'],
    [w.exported, facts.exportedAt],
    [w.notes, `${facts.notes}${facts.unanchored > 0 ? ` ${words.unanchoredCount(facts.unanchored)}` : ''}`],
    [w.contents, facts.scope],
  ];
  if (facts.filter !== null) rows.push([w.filter, facts.filter]);
  table(flow, rows);
}

function table(flow: Flow, rows: [string, string][]): void {
  const c = flow.cursor;
  const labelWidth = 92;
  for (const [label, value] of rows) {
    const y = c.y;
    setParagraph(flow, { text: label, style: LABEL, x: c.left, width: labelWidth - 8, leading: 1.6 });
    const after = c.y;
    c.y = y;
    setParagraph(flow, { text: value, style: VALUE, x: c.left + labelWidth, width: c.width - labelWidth });
    c.y = Math.max(c.y, after) + 3;
  }
}
