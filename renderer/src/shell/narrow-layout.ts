// Whether the window is too narrow for three panes: below DRAWER_LAYOUT_BELOW_PX (CSS pixels, so 200 % zoom of a
// 1440-pixel window counts as 720) the side panes become drawers and the top bar's actions go into a "More" menu.
// Printing always uses the three-pane frame, whose print stylesheet puts the notes after the text.
import { useSyncExternalStore } from 'react';
import { DRAWER_LAYOUT_BELOW_PX } from './layout-breakpoint';

const QUERY = `screen and (max-width: ${String(DRAWER_LAYOUT_BELOW_PX - 0.02)}px)`;

let printing = false;

function mediaQuery(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null;
}

function subscribe(onChange: () => void): () => void {
  const query = mediaQuery();
  // React re-renders in the microtask after the event, before the print layout is taken.
  const before = () => {
    printing = true;
    onChange();
  };
  const after = () => {
    printing = false;
    onChange();
  };
  query?.addEventListener('change', onChange);
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    query?.removeEventListener('change', onChange);
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}

/** True while the window is narrower than the drawer breakpoint and not printing (false without media queries). */
export function useNarrowLayout(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => !printing && (mediaQuery()?.matches ?? false),
    () => false,
  );
}
