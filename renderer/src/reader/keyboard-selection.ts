// Selecting text without a mouse: with a provision focused, Shift+→/← extend a selection inside its own text by a
// character (Ctrl+Shift by a word) and Shift+↓/↑ by a line, starting from the text's start (or end) and never
// running past it, so the selection toolbar — and h / n — can act on part of a provision from the keyboard.

const DIRECTIONS: Readonly<Record<string, 'forward' | 'backward'>> = {
  ArrowRight: 'forward',
  ArrowLeft: 'backward',
  ArrowDown: 'forward',
  ArrowUp: 'backward',
};

/** The range covering the provision's own text (an appendix row's text is spread over its cells). */
function ownTextRange(provision: HTMLElement): Range | null {
  const eId = provision.dataset.eid;
  if (eId === undefined) return null;
  const parts = provision.querySelectorAll<HTMLElement>(`[data-text-eid="${CSS.escape(eId)}"]`);
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last) return null;
  // Start and end inside the text elements, where a selection's offsets are read.
  const range = document.createRange();
  range.setStart(first, 0);
  range.setEnd(last, last.childNodes.length);
  return range;
}

/** Handles Shift+arrow on a focused provision; true when the selection was extended. */
export function extendSelectionByKey(
  key: string,
  mods: { shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean },
  provision: HTMLElement,
): boolean {
  const direction = DIRECTIONS[key];
  if (direction === undefined || !mods.shiftKey || mods.altKey || mods.metaKey) return false;
  const selection = window.getSelection();
  const bounds = ownTextRange(provision);
  if (!selection || !bounds) return false;
  const anchor = selection.anchorNode;
  const inside =
    selection.rangeCount > 0 && anchor !== null && bounds.isPointInRange(anchor, selection.anchorOffset);
  if (!inside) {
    const start = bounds.cloneRange();
    start.collapse(direction === 'forward');
    selection.removeAllRanges();
    selection.addRange(start);
  }
  const vertical = key === 'ArrowDown' || key === 'ArrowUp';
  selection.modify('extend', direction, vertical ? 'line' : mods.ctrlKey ? 'word' : 'character');
  const focus = selection.focusNode;
  const base = selection.anchorNode;
  if (focus === null || base === null) return true;
  // Never past the provision's own text: clamp the moving end to its start or end.
  if (bounds.comparePoint(focus, selection.focusOffset) > 0)
    selection.setBaseAndExtent(base, selection.anchorOffset, bounds.endContainer, bounds.endOffset);
  else if (bounds.comparePoint(focus, selection.focusOffset) < 0)
    selection.setBaseAndExtent(base, selection.anchorOffset, bounds.startContainer, bounds.startOffset);
  return true;
}
