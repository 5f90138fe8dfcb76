// The text an annotation on a node anchors to. For most nodes it is `CorpusNode.text`; an appendix row keeps its
// words in `cells` (its `text` is empty), so its annotatable text is its own cells — those not continued from the
// row above, whose merged cell belongs to that row — one per line. One rule for the core (create, attach,
// re-anchoring, bundle checks, the PDF export) and the reader (each cell is drawn as its slice of this text).
import type { CorpusNode } from './model';

/** Where one cell's text lies in its row's annotatable text (`column` indexes `cells`). */
export interface CellSpan {
  column: number;
  start: number;
  end: number;
}

/** What the rule reads of a node. */
type TextSource = Pick<CorpusNode, 'kind' | 'text' | 'cells'>;

/** Separator between two cells of a row: never part of a cell's text after the parser trimmed it. */
const CELL_SEPARATOR = '\n';

/** True for nodes whose annotatable text is built from their cells (appendix rows). */
function fromCells(node: TextSource): boolean {
  return node.kind === 'annex-row' && node.cells !== null;
}

/** The spans of a row's own, non-empty cells in its annotatable text; empty for any other node. */
export function cellSpans(node: TextSource): CellSpan[] {
  if (!fromCells(node)) return [];
  const spans: CellSpan[] = [];
  let at = 0;
  (node.cells ?? []).forEach((cell, column) => {
    if (cell.continued || cell.text === '') return;
    if (spans.length > 0) at += CELL_SEPARATOR.length;
    spans.push({ column, start: at, end: at + cell.text.length });
    at += cell.text.length;
  });
  return spans;
}

/** The text annotations on `node` anchor to: its text, or an appendix row's own cells one per line. */
export function annotatableText(node: TextSource): string {
  if (!fromCells(node)) return node.text;
  const cells = node.cells ?? [];
  return cellSpans(node)
    .map((s) => cells[s.column]?.text ?? '')
    .join(CELL_SEPARATOR);
}

/** `node` with `text` replaced by its annotatable text, for code that matches quotes against `text`. */
export function withAnnotatableText<T extends TextSource>(node: T): T {
  return fromCells(node) ? { ...node, text: annotatableText(node) } : node;
}
