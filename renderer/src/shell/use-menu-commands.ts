// Commands from the native menu (Electron) or the test host's `menu` control arrive as `menu:command` events;
// each maps to the same action as its button or shortcut in the window. Deep links opened from outside the app
// arrive as `app:open` events.
import { useEffect, useRef } from 'react';
import type { DeepLinkTarget } from '../../../electron/shared/deep-link';
import type { MenuCommand } from '../../../electron/shared/events';
import { getApi } from '../api/client';

/** What the workspace does for each menu command. */
type MenuHandlers = Record<MenuCommand, () => void>;

/** Subscribes once; the latest handlers are used, so callers may pass fresh closures on every render. */
export function useMenuCommands(handlers: MenuHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(
    () =>
      getApi().on('menu:command', ({ command }) => {
        latest.current[command]();
      }),
    [],
  );
}

/** Subscribes once to `app:open`: a lectern:// link opened from outside the app (the OS, another program). */
export function useDeepLinkEvents(open: (target: DeepLinkTarget) => void): void {
  const latest = useRef(open);
  useEffect(() => {
    latest.current = open;
  });
  useEffect(
    () =>
      getApi().on('app:open', (target) => {
        latest.current(target);
      }),
    [],
  );
}
