// Pane widths and collapsed state; kept in localStorage (the one thing the UI stores locally — it is not user data).
import { useCallback, useState } from 'react';

/** Widths in pixels and which side panes are collapsed. */
export interface PaneLayout {
  left: number;
  right: number;
  leftCollapsed: boolean;
  rightCollapsed: boolean;
}

const KEY = 'lectern.panes.v1';
const DEFAULT: PaneLayout = { left: 300, right: 320, leftCollapsed: false, rightCollapsed: false };

function load(): PaneLayout {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return DEFAULT;
    const v = JSON.parse(raw) as Partial<PaneLayout>;
    return {
      left: typeof v.left === 'number' ? v.left : DEFAULT.left,
      right: typeof v.right === 'number' ? v.right : DEFAULT.right,
      leftCollapsed: v.leftCollapsed === true,
      rightCollapsed: v.rightCollapsed === true,
    };
  } catch {
    return DEFAULT; // unreadable layout: fall back to defaults, nothing of value is lost
  }
}

/** The layout and an updater that persists it. */
export function usePaneLayout(): [PaneLayout, (patch: Partial<PaneLayout>) => void] {
  const [layout, setLayout] = useState(load);
  const update = useCallback((patch: Partial<PaneLayout>) => {
    setLayout((prev) => {
      const next = { ...prev, ...patch };
      try {
        window.localStorage.setItem(KEY, JSON.stringify(next));
      } catch {
        // storage full or disabled: the layout still applies for this session
      }
      return next;
    });
  }, []);
  return [layout, update];
}
