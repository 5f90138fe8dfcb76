// Focus handling shared by every overlay that holds focus (modal dialogs, drawers): what counts as focusable,
// Tab wrapping inside the overlay, and focus returned to where it was when the overlay goes away.
import { useEffect, type KeyboardEvent, type RefObject } from 'react';

/** The controls Tab can reach inside an overlay. */
export const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex="0"]';

/** Keeps Tab and Shift+Tab inside `container`: from the last control to the first and back. */
export function wrapTab(e: KeyboardEvent, container: HTMLElement | null): void {
  if (e.key !== 'Tab' || !container) return;
  const items = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = items[0];
  const last = items[items.length - 1];
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last?.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first?.focus();
  }
}

/**
 * Moves focus into the overlay when it opens — to the first control of its `first` part (a dialog's body, so
 * typing goes into its first field rather than onto the close button), else its first control — and back to the
 * control that had it when it closes, unless focus has meanwhile moved outside on purpose (a provision opened
 * from a drawer keeps it).
 */
export function useFocusInside(ref: RefObject<HTMLElement | null>, first?: string): void {
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const container = ref.current;
    const preferred = first === undefined ? null : container?.querySelector(first);
    (
      preferred?.querySelector<HTMLElement>(FOCUSABLE) ??
      container?.querySelector<HTMLElement>(FOCUSABLE) ??
      container
    )?.focus();
    return () => {
      const now = document.activeElement;
      const stillOurs = now === null || now === document.body || (container?.contains(now) ?? false);
      if (stillOurs) previous?.focus();
    };
  }, [ref, first]);
}
