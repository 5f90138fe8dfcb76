// Typesets the document's provisions in reading order, keeping its hierarchy: part, chapter, section, sub-section
// and article headings in the document's language, hanging clause and point numbers, the Legal Code's source and
// related notes and footnotes in smaller type, the commentary's headings, caption and author line, the appendix.
import { nodeLabel } from '../corpus/citation';
import type { CorpusNode, DocumentMeta } from '../corpus/model';
import type { MarkTracker } from './marks';
import type { OutlineBuilder } from './outline';
import { setParagraph, type Flow, type ParagraphSpec, type Spot } from './paragraph';
import type { PageCursor } from './page-cursor';
import type { PlacedNote, PrintedNode } from './selection';
import { TableRenderer } from './table';
import type { TextStyle } from './typesetter';

const BODY: TextStyle = { font: 'serif', size: 10 };
const CONTEXT: TextStyle = { font: 'serif', size: 10, color: [110, 110, 110] };
const BOLD: TextStyle = { font: 'serifBold', size: 10.5 };
const ITALIC: TextStyle = { font: 'serifItalic', size: 10 };
const NOTE: TextStyle = { font: 'serifItalic', size: 8.5, color: [80, 80, 80] };
const FOOTNOTE: TextStyle = { font: 'serif', size: 8, color: [60, 60, 60] };
const INDENT = 20;

/** Draws provisions one at a time so the caller can report progress and honour cancellation between them. */
export class BodyRenderer {
  private readonly flow: Flow;
  private readonly table: TableRenderer;
  /** Printed source notes by their article, set under the article's heading rather than after its text. */
  private readonly lead = new Map<string, PrintedNode>();
  private readonly early = new Set<string>();
  private readonly kindOf = new Map<string, CorpusNode['kind']>();

  constructor(
    private readonly cursor: PageCursor,
    marks: MarkTracker,
    private readonly doc: DocumentMeta,
    private readonly notesByEId: Map<string, PlacedNote[]>,
    private readonly outline: OutlineBuilder,
    allNodes: CorpusNode[],
    printed: readonly PrintedNode[] = [],
  ) {
    this.flow = { cursor, marks };
    this.table = new TableRenderer(this.flow, allNodes);
    for (const n of allNodes) this.kindOf.set(n.eId, n.kind);
    for (const p of printed)
      if (p.node.kind === 'source-note' && p.node.parentEId !== null) this.lead.set(p.node.parentEId, p);
  }

  /** Sets one provision (fully, or only as context for annotated descendants). */
  render({ node, mode }: PrintedNode): void {
    if (this.early.has(node.eId)) return;
    const notes = mode === 'full' ? (this.notesByEId.get(node.eId) ?? []) : [];
    const ranged = notes.filter((n) => n.range !== null);
    const whole = notes.filter((n) => n.range === null);
    if (node.kind === 'annex-group' || node.kind === 'annex-row') {
      const at = this.table.row(node, ranged, whole);
      this.outline.annotated(node, notes, at);
      return;
    }
    this.table.close();
    const lang = this.doc.language;
    const c = this.cursor;
    const text = node.text;
    const para = (spec: Partial<ParagraphSpec> & { style: TextStyle }): Spot =>
      setParagraph(this.flow, { text, x: c.left, width: c.width, ranged, whole, ...spec });
    switch (node.kind) {
      case 'title':
        this.space(6);
        para({ style: { font: 'serifBold', size: 13 }, align: 'center' });
        this.space(8);
        break;
      case 'dateline':
        para({ style: { font: 'sansBold', size: 7.5, color: [100, 100, 100] }, align: 'right' });
        this.space(4);
        break;
      case 'part':
      case 'chapter': {
        const part = node.kind === 'part';
        this.space(part ? 20 : 14);
        const label = nodeLabel(node, lang);
        const y = this.heading(label, { font: 'serifBold', size: part ? 13 : 11.5 }, 'center', 3);
        if (node.heading !== null)
          this.heading(node.heading, { font: 'serifBold', size: part ? 12 : 11 }, 'center', 2);
        const title = node.heading === null ? label : `${label}. ${node.heading}`;
        if (part) this.outline.part(title, y);
        else this.outline.chapter(title, y);
        this.space(6);
        break;
      }
      case 'source-note':
      case 'related-note': {
        const y = para({ style: mode === 'full' ? NOTE : { ...NOTE, color: CONTEXT.color } });
        this.outline.annotated(node, notes, y);
        this.space(4);
        break;
      }
      case 'footnote': {
        // Set right after the provision carrying its marker, aligned with its text, in smaller type.
        const owner = node.parentEId === null ? undefined : this.kindOf.get(node.parentEId);
        const at = c.left + (owner === 'clause' ? INDENT : owner === 'point' ? 2 * INDENT : 0);
        const y = para({
          style: FOOTNOTE,
          x: at + INDENT,
          width: c.left + c.width - at - INDENT,
          label: { text: `[${node.num ?? ''}]`, x: at, style: FOOTNOTE },
        });
        this.outline.annotated(node, notes, y);
        this.space(4);
        break;
      }
      case 'article':
      case 'section':
      case 'subsection': {
        this.space(9);
        const title = this.headingText(node);
        const y = this.heading(title, BOLD, 'left', text === '' || mode === 'heading' ? 1 : 2, whole);
        this.outline.article(title, y);
        const lead = this.lead.get(node.eId);
        if (lead !== undefined && text !== '') {
          this.render(lead);
          this.early.add(lead.node.eId);
        }
        if (mode === 'full' && text !== '') para({ style: BODY });
        this.space(3);
        break;
      }
      case 'clause':
      case 'point': {
        const depth = node.kind === 'clause' ? 0 : 1;
        const label =
          node.kind === 'point'
            ? `${lang === 'vi' ? node.num?.replace(/^dd$/, 'đ') : node.num})`
            : `${node.num ?? ''}.`;
        const style = mode === 'full' ? BODY : CONTEXT;
        const y = para({
          style,
          x: c.left + (depth + 1) * INDENT,
          width: c.width - (depth + 1) * INDENT,
          label: { text: label, x: c.left + depth * INDENT, style },
        });
        this.outline.annotated(node, notes, y);
        this.space(3);
        break;
      }
      case 'annex': {
        this.space(14);
        // The appendix title, its caption and the table header start a page together rather than split.
        if (node.cells !== null) this.cursor.ensure(170);
        const title = node.heading ?? nodeLabel(node, lang).toUpperCase();
        const y = this.heading(title, { font: 'serifBold', size: 12 }, 'center', 2, whole);
        const cut = text.indexOf('\n');
        const first = cut < 0 ? text : text.slice(0, cut);
        if (first !== '') para({ text: first, style: { font: 'serifBold', size: 11 }, align: 'center' });
        if (cut >= 0)
          para({
            text: text.slice(cut + 1),
            offset: cut + 1,
            style: { ...ITALIC, size: 9 },
            align: 'center',
          });
        this.outline.top(first === '' ? title : `${nodeLabel(node, lang)}. ${first}`, y);
        this.space(8);
        if (node.cells !== null) this.table.row(node, [], []);
        break;
      }
      case 'caption':
        this.space(4);
        para({ style: { ...ITALIC, size: 9, color: [70, 70, 70] }, align: 'center' });
        this.space(6);
        break;
      case 'author':
        this.space(6);
        para({ style: { font: 'serifBold', size: 10 }, align: 'right' });
        break;
      case 'signature':
        this.space(16);
        para({ style: { font: 'serifBold', size: 10 }, align: 'right' });
        break;
      case 'preamble':
        para({ style: ITALIC });
        this.space(6);
        break;
      default: {
        const y = para({ style: mode === 'full' ? BODY : CONTEXT });
        this.outline.annotated(node, notes, y);
        this.space(5);
      }
    }
  }

  /** Closes an open table; call once after the last provision. */
  finish(): void {
    this.table.close();
  }

  private headingText(node: CorpusNode): string {
    const label = nodeLabel(node, this.doc.language);
    if (this.doc.kind === 'commentary' && node.kind === 'section' && node.num !== null) {
      return node.heading === null ? `${node.num}.` : `${node.num}. ${node.heading}`;
    }
    if (node.heading === null || label === node.heading) return label;
    return `${label}. ${node.heading}`;
  }

  private heading(
    text: string,
    style: TextStyle,
    align: ParagraphSpec['align'],
    keep: number,
    whole: PlacedNote[] = [],
  ): Spot {
    return setParagraph(this.flow, {
      text,
      style,
      x: this.cursor.left,
      width: this.cursor.width,
      align,
      keepWithNext: keep,
      whole,
    });
  }

  private space(points: number): void {
    if (this.cursor.y > this.cursor.geo.top + 0.1) this.cursor.y += points;
  }
}
