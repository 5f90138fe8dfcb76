// Maps a DOM selection back to character offsets in a provision's own text, which is what annotations anchor to.
import { passageQuote } from '../../../electron/shared/passage-text';

/** Character offset of (node, offset) counted over the text nodes inside `container`. */
function offsetWithin(container: Node, node: Node, offset: number): number {
  const doc = container.ownerDocument ?? document;
  const walker = doc.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (current === node) return total + offset;
    total += current.textContent?.length ?? 0;
  }
  // The boundary is an element: count the text before its offset-th child.
  if (node.nodeType === Node.ELEMENT_NODE) {
    const range = doc.createRange();
    range.setStart(container, 0);
    range.setEnd(node, offset);
    return range.toString().length;
  }
  return total;
}

/** The provision text element (`[data-text-eid]`) that contains a DOM node, if any. */
function textContainerOf(node: Node | null): HTMLElement | null {
  let el: Node | null = node;
  while (el && el.nodeType !== Node.ELEMENT_NODE) el = el.parentNode;
  return el instanceof HTMLElement ? el.closest<HTMLElement>('[data-text-eid]') : null;
}

/** A selection inside exactly one provision text, as that provision's eId and a [start, end) range. */
export interface TextSelection {
  eId: string;
  start: number;
  end: number;
  exact: string;
  /** For a passage across provisions (`readPassage`): the parts after this one, in reading order. */
  continues?: SelectionPart[];
}

/** Where a text element starts in its provision's annotatable text: an appendix row's cells are slices of it. */
function startOf(box: HTMLElement): number {
  const start = Number(box.dataset.textStart ?? '0');
  return Number.isInteger(start) && start >= 0 ? start : 0;
}

/** The annotatable text of a provision, when the caller knows it (needed for a selection across row cells). */
type TextOf = (eId: string) => string | undefined;

/**
 * Reads the current selection; null unless it is non-empty and lies within a single provision's text. The text
 * may be drawn in several elements (an appendix row's cells, each `[data-text-eid]` with `data-text-start`); a
 * selection from one into another reads as one range, whose quote comes from `textOf`.
 */
export function readSelection(selection: Selection | null, textOf?: TextOf): TextSelection | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const startBox = textContainerOf(range.startContainer);
  const endBox = textContainerOf(range.endContainer);
  if (!startBox || !endBox) return null;
  const eId = startBox.dataset.textEid;
  if (!eId || endBox.dataset.textEid !== eId) return null;
  const start = startOf(startBox) + offsetWithin(startBox, range.startContainer, range.startOffset);
  const end = startOf(endBox) + offsetWithin(endBox, range.endContainer, range.endOffset);
  if (end <= start) return null;
  const full = textOf?.(eId);
  const exact =
    full !== undefined
      ? full.slice(start, end)
      : startBox === endBox
        ? startBox.textContent.slice(start - startOf(startBox), end - startOf(startBox))
        : null;
  if (exact === null || exact.trim().length === 0) return null;
  return { eId, start, end, exact };
}

/** One provision's part of a passage across provisions: its eId, its range and the words there. */
export type SelectionPart = Omit<TextSelection, 'continues'>;

/**
 * Reads a selection that covers the text of two or more provisions as a passage: one part per provision, each
 * clipped to its `[data-text-eid]` elements (an appendix row's cells merged into one range), in reading order,
 * parts with no words left out; the first part is the returned selection, the following ones its `continues`.
 * Null unless at least two provisions keep a non-blank part, and whenever a provision's text is not known.
 */
export function readPassage(selection: Selection | null, textOf: TextOf): TextSelection | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (textContainerOf(range.commonAncestorContainer)) return null;
  const root = range.commonAncestorContainer;
  const scope = root instanceof Element ? root : root.parentElement;
  if (!scope) return null;
  const doc = scope.ownerDocument;
  const spans = new Map<string, { start: number; end: number }>();
  for (const box of scope.querySelectorAll<HTMLElement>('[data-text-eid]')) {
    const eId = box.dataset.textEid;
    if (!eId || !range.intersectsNode(box)) continue;
    const part = doc.createRange();
    part.selectNodeContents(box);
    if (range.compareBoundaryPoints(Range.START_TO_START, part) > 0)
      part.setStart(range.startContainer, range.startOffset);
    if (range.compareBoundaryPoints(Range.END_TO_END, part) < 0)
      part.setEnd(range.endContainer, range.endOffset);
    const start = startOf(box) + offsetWithin(box, part.startContainer, part.startOffset);
    const end = startOf(box) + offsetWithin(box, part.endContainer, part.endOffset);
    if (end <= start) continue;
    const seen = spans.get(eId);
    spans.set(
      eId,
      seen ? { start: Math.min(seen.start, start), end: Math.max(seen.end, end) } : { start, end },
    );
  }
  const parts: SelectionPart[] = [];
  for (const [eId, { start, end }] of spans) {
    const full = textOf(eId);
    if (full === undefined) return null;
    const exact = full.slice(start, end);
    if (exact.trim() !== '') parts.push({ eId, start, end, exact });
  }
  const [first, ...continues] = parts;
  return first !== undefined && continues.length > 0 ? { ...first, continues } : null;
}

/** The words a selection quotes, a passage's parts joined as the notes panel shows them (`passageQuote`). */
export function selectionQuote(sel: TextSelection): string {
  return passageQuote({
    target: { quote: sel },
    continues: (sel.continues ?? []).map((p) => ({ quote: p })),
  });
}
