// Whether the window is too narrow for three panes: below DRAWER_LAYOUT_BELOW_PX (CSS pixels, so 200 % zoom of a
// 1440-pixel window counts as 720) the side panes become drawers and the top bar's actions go into a "More" menu.
import { useSyncExternalStore } from 'react';
import { DRAWER_LAYOUT_BELOW_PX } from './layout-breakpoint';

const QUERY = `(max-width: ${String(DRAWER_LAYOUT_BELOW_PX - 0.02)}px)`;

function mediaQuery(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null;
}

function subscribe(onChange: () => void): () => void {
  const query = mediaQuery();
  query?.addEventListener('change', onChange);
  return () => {
    query?.removeEventListener('change', onChange);
  };
}

/** True while the window is narrower than the drawer breakpoint (false where media queries are unavailable). */
export function useNarrowLayout(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => mediaQuery()?.matches ?? false,
    () => false,
  );
}
