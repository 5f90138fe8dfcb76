// Maps a DOM selection back to character offsets in a provision's own text, which is what annotations anchor to.

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

/**
 * The provisions whose text a selection covers (at least one non-blank character of each), in reading order:
 * two or more mean a passage across provisions, which the reader says it cannot annotate instead of ignoring it.
 */
export function selectedProvisions(selection: Selection | null): string[] {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return [];
  const range = selection.getRangeAt(0);
  const inside = textContainerOf(range.commonAncestorContainer);
  if (inside) return inside.dataset.textEid ? [inside.dataset.textEid] : [];
  const root = range.commonAncestorContainer;
  const scope = root instanceof Element ? root : root.parentElement;
  if (!scope) return [];
  const doc = scope.ownerDocument;
  const found: string[] = [];
  for (const box of scope.querySelectorAll<HTMLElement>('[data-text-eid]')) {
    const eId = box.dataset.textEid;
    if (!eId || found.includes(eId) || !range.intersectsNode(box)) continue;
    const part = doc.createRange();
    part.selectNodeContents(box);
    if (range.compareBoundaryPoints(Range.START_TO_START, part) > 0)
      part.setStart(range.startContainer, range.startOffset);
    if (range.compareBoundaryPoints(Range.END_TO_END, part) < 0)
      part.setEnd(range.endContainer, range.endOffset);
    if (part.toString().trim() !== '') found.push(eId);
  }
  return found;
}
