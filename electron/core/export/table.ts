// The appendix table: column widths fitted to the content, a shaded header repeated after page breaks,
// group rows spanning all columns, and vertically merged cells (a `continued` cell joins the one above).
import { cellSpans } from '../corpus/annotatable-text';
import type { CorpusNode } from '../corpus/model';
import { breakLines } from './line-breaker';
import { lineHeightOf, setParagraph, type Flow, type Spot } from './paragraph';
import type { PlacedNote } from './selection';
import type { TextStyle } from './typesetter';

const CELL: TextStyle = { font: 'serif', size: 9 };
const HEAD: TextStyle = { font: 'serifBold', size: 9 };
const GROUP: TextStyle = { font: 'serifBold', size: 9.5 };
const CARRIED: TextStyle = { font: 'serifItalic', size: 8.5, color: [120, 120, 120] };
const PAD = 4;
/** Room kept below a header or group row so it is never stranded at the foot of a page. */
const KEEP = 60;
const LINE = [90, 90, 90] as const;

interface Cell {
  text: string;
  continued: boolean;
}

/** Draws table rows; keeps the open table's state (columns, header, carried cells) between rows. */
export class TableRenderer {
  private widths: number[] | null = null;
  private header: Cell[] | null = null;
  private carry: string[] = [];
  private open = false;
  private rowsOnPage = 0;
  private readonly byEId: Map<string, CorpusNode>;

  constructor(
    private readonly flow: Flow,
    private readonly allNodes: CorpusNode[],
  ) {
    this.byEId = new Map(allNodes.map((n) => [n.eId, n]));
  }

  /** Sets one row (an annex row, a group row, or a node carrying header cells). */
  row(node: CorpusNode, ranged: PlacedNote[], whole: PlacedNote[]): Spot {
    const { cursor } = this.flow;
    if (
      node.kind === 'annex' ||
      (node.kind !== 'annex-row' && node.kind !== 'annex-group' && node.cells !== null)
    ) {
      this.close();
      this.widths = this.fitColumns(node);
      this.header = node.cells;
      this.open = true;
      this.rowsOnPage = 0;
      this.drawHeader(KEEP);
      return { page: cursor.page, y: cursor.y };
    }
    this.widths ??= this.fitColumns(node);
    this.open = true;
    const cells = node.cells ?? [];
    const spanText =
      node.kind === 'annex-group' ? (node.heading ?? (node.text || cells[0]?.text) ?? '') : null;
    const merged = spanText !== null || cells.length <= 1 || cells.every((c) => c.text === cells[0]?.text);
    const row: Cell[] = merged
      ? [{ text: spanText ?? cells[0]?.text ?? node.text, continued: false }]
      : cells;
    const widths = merged ? [this.widths.reduce((a, b) => a + b, 0)] : this.widths;
    const style = merged ? GROUP : CELL;
    const height = this.rowHeight(row, widths, style);
    // A group row never ends a page: it keeps company with at least the first rows of its group.
    if (cursor.y + height + (merged ? KEEP : 0) > cursor.bottom || cursor.page === 0) {
      this.bottomRule();
      cursor.newPage();
      this.rowsOnPage = 0;
      this.drawHeader(0);
    }
    const at: Spot = { page: cursor.page, y: cursor.y };
    this.drawRow(node, row, widths, style, height, merged, ranged, whole);
    return at;
  }

  /** Draws the table's closing rule; called when a non-table provision follows. */
  close(): void {
    if (!this.open) return;
    this.bottomRule();
    this.open = false;
    this.flow.cursor.y += 8;
  }

  private drawHeader(keep: number): void {
    if (this.header === null || this.widths === null) return;
    const height = this.rowHeight(this.header, this.widths, HEAD);
    this.flow.cursor.ensure(height + keep);
    this.drawRow(null, this.header, this.widths, HEAD, height, false, [], [], [235, 235, 235]);
  }

  private drawRow(
    node: CorpusNode | null,
    row: Cell[],
    widths: number[],
    style: TextStyle,
    height: number,
    merged: boolean,
    ranged: PlacedNote[],
    whole: PlacedNote[],
    shade: readonly [number, number, number] | null = merged ? [245, 245, 245] : null,
  ): void {
    const { cursor } = this.flow;
    const y0 = cursor.y;
    let x = cursor.left;
    // Where each drawn cell lies in the row's annotatable text; a merged row draws its first cell only.
    const spans = node === null ? [] : cellSpans(node).filter((s) => !merged || s.column === 0);
    // Ranged notes that fall in no drawn cell (a group row, a changed text) are marked beside the row instead.
    const unplaced = ranged.filter(
      (n) =>
        n.range === null ||
        !spans.some((s) => n.range !== null && n.range.start < s.end && s.start < n.range.end),
    );
    const marked = row.findIndex((c) => !c.continued && c.text !== '');
    row.forEach((cell, i) => {
      const w = widths[i] ?? 0;
      const firstOnPage = this.rowsOnPage === 0;
      if (shade !== null) cursor.fill(x, y0, w, height, shade);
      if (!cell.continued || firstOnPage) cursor.rule(x, y0, x + w, y0, LINE);
      cursor.rule(x, y0, x, y0 + height, LINE);
      if (i === row.length - 1) cursor.rule(x + w, y0, x + w, y0 + height, LINE);
      const text = cell.continued ? '' : cell.text;
      const base = text === '' ? -1 : (spans.find((s) => s.column === i)?.start ?? -1);
      cursor.y = y0 + PAD;
      if (cell.continued && firstOnPage && (this.carry[i] ?? '') !== '') {
        setParagraph(this.flow, {
          text: this.carry[i] ?? '',
          style: CARRIED,
          x: x + PAD,
          width: w - 2 * PAD,
          noBreak: true,
        });
      } else if (text !== '') {
        setParagraph(this.flow, {
          text,
          style,
          x: x + PAD,
          width: w - 2 * PAD,
          offset: Math.max(0, base),
          ranged: base >= 0 ? ranged : [],
          whole: i === marked ? [...whole, ...unplaced] : [],
          noBreak: true,
          leading: 1.3,
        });
      }
      if (!merged && !cell.continued) this.carry[i] = cell.text;
      x += w;
    });
    cursor.y = y0 + height;
    this.rowsOnPage += 1;
  }

  private rowHeight(row: Cell[], widths: number[], style: TextStyle): number {
    const m = this.flow.cursor.ts.measure(style);
    const lines = Math.max(
      1,
      ...row.map((c, i) => (c.continued ? 1 : breakLines(c.text, (widths[i] ?? 0) - 2 * PAD, m).length)),
    );
    return lines * lineHeightOf(style, 1.3) + 2 * PAD;
  }

  private bottomRule(): void {
    const { cursor } = this.flow;
    if (!this.open || this.rowsOnPage === 0 || this.widths === null) return;
    cursor.rule(cursor.left, cursor.y, cursor.left + this.widths.reduce((a, b) => a + b, 0), cursor.y, LINE);
  }

  /** Column widths for the table `start` belongs to: narrow columns fit their content, the rest share by text length. */
  private fitColumns(start: CorpusNode): number[] {
    const root = start.kind === 'annex' ? start.eId : this.annexOf(start);
    const rows = this.allNodes.filter(
      (n) => n.cells !== null && (n.eId === root || this.annexOf(n) === root),
    );
    const count = Math.max(1, ...rows.map((r) => r.cells?.length ?? 0));
    const m = this.flow.cursor.ts.measure(HEAD);
    const natural = Array.from({ length: count }, (_, i) =>
      Math.max(...rows.map((r) => m(r.cells?.[i]?.text.slice(0, 200) ?? '')), 20),
    );
    const total = this.flow.cursor.width;
    const narrow = natural.map((w) => w + 2 * PAD <= 60);
    const fixed = natural.reduce((s, w, i) => s + (narrow[i] === true ? w + 2 * PAD : 0), 0);
    const rest = natural.reduce((s, w, i) => s + (narrow[i] === true ? 0 : Math.sqrt(w)), 0);
    if (rest === 0) return natural.map(() => total / count);
    return natural.map((w, i) =>
      narrow[i] === true ? w + 2 * PAD : ((total - fixed) * Math.sqrt(w)) / rest,
    );
  }

  private annexOf(node: CorpusNode): string | null {
    let eId = node.parentEId;
    while (eId !== null) {
      const p = this.byEId.get(eId);
      if (p === undefined) return null;
      if (p.kind === 'annex') return p.eId;
      eId = p.parentEId;
    }
    return null;
  }
}
