// Keyboard reading: a roving focus through the provisions of the open document. With a provision focused, j/↓
// and k/↑ move to the next and previous one (Home/End to the first and last), n adds a note to it, h highlights
// it in the default colour, c copies it with its citation. Keys typed in a control inside a provision are left to
// that control.
import type { KeyboardEvent } from 'react';

/** What the keys do to the focused provision. */
interface ProvisionKeyActions {
  note: (eId: string, anchor: HTMLElement) => void;
  highlight: (eId: string) => void;
  copy: (eId: string) => void;
}

/** What the keys move through: provision wrappers, and appendix rows, which are targets like a clause. */
export const PROVISION = '.provision[data-eid], .annex-table tr[data-eid][tabindex]';

/** The provision wrappers of `container` in reading order. */
function provisions(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(PROVISION)];
}

/** Moves focus to `el` and brings it into view without jumping the page more than needed. */
function focusProvision(el: HTMLElement): void {
  el.focus({ preventScroll: true });
  el.scrollIntoView({ block: 'nearest' });
}

/** Handles one keydown in the reader's scroll container; true when it was a reading key it acted on. */
export function handleProvisionKey(
  e: KeyboardEvent<HTMLElement>,
  container: HTMLElement,
  actions: ProvisionKeyActions,
): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  const target = e.target as HTMLElement;
  const onProvision = target.matches(PROVISION);
  if (!onProvision && target !== container) return false;
  const all = provisions(container);
  const at = onProvision ? all.indexOf(target) : -1;
  const move = (index: number): boolean => {
    const el = all[Math.max(0, Math.min(all.length - 1, index))];
    if (el) focusProvision(el);
    return el !== undefined;
  };
  switch (e.key) {
    case 'j':
    case 'ArrowDown':
      return move(at + 1);
    case 'k':
    case 'ArrowUp':
      return move(at <= 0 ? 0 : at - 1);
    case 'Home':
      return move(0);
    case 'End':
      return move(all.length - 1);
  }
  const eId = onProvision ? target.dataset.eid : undefined;
  if (eId === undefined) return false;
  switch (e.key) {
    case 'n':
    case 'Enter':
      actions.note(eId, target);
      return true;
    case 'h':
      actions.highlight(eId);
      return true;
    case 'c':
      actions.copy(eId);
      return true;
    default:
      return false;
  }
}
