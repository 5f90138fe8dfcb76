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

/** Reads the current selection; null unless it is non-empty and lies within a single provision's text. */
export function readSelection(selection: Selection | null): TextSelection | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const startBox = textContainerOf(range.startContainer);
  const endBox = textContainerOf(range.endContainer);
  if (!startBox || startBox !== endBox) return null;
  const eId = startBox.dataset.textEid;
  if (!eId) return null;
  const start = offsetWithin(startBox, range.startContainer, range.startOffset);
  const end = offsetWithin(startBox, range.endContainer, range.endOffset);
  if (end <= start) return null;
  const exact = startBox.textContent.slice(start, end);
  if (exact.trim().length === 0) return null;
  return { eId, start, end, exact };
}
