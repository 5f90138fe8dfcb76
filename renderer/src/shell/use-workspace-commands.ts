// One place that maps every way of asking for an action — keyboard and mouse shortcuts, native menu commands and
// lectern:// links opened from outside — onto the workspace's actions, so each does the same as its button.
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../../electron/shared/types';
import { THEME_MENU_COMMANDS } from '../../../electron/shared/events';
import { deepLink, type Location } from '../state/nav-history';
import type { UiSettings } from '../state/use-settings';
import type { DialogName } from './workspace-dialogs';
import { useDeepLinkEvents, useMenuCommands } from './use-menu-commands';
import { useShortcuts } from './use-shortcuts';

interface Options {
  searchRef: RefObject<HTMLInputElement | null>;
  documents: DocumentMeta[];
  /** Opens the find bar (when a document is open). */
  find: () => void;
  move: (delta: -1 | 1) => void;
  undo: () => void;
  redo: () => void;
  openDialog: (dialog: DialogName) => void;
  saveSettings: (patch: Partial<UiSettings>) => Promise<void>;
  /** Opens a deep link's location in the single reader. */
  openLink: (target: Location) => void;
  onStatus: (message: string) => void;
}

/** Installs the shortcuts, menu commands and deep-link handling for the workspace's lifetime. */
export function useWorkspaceCommands(o: Options): void {
  const { t } = useTranslation();
  const focusSearch = () => o.searchRef.current?.focus();
  const back = () => {
    o.move(-1);
  };
  const forward = () => {
    o.move(1);
  };
  useShortcuts({
    search: focusSearch,
    find: o.find,
    back,
    forward,
    undo: o.undo,
    redo: o.redo,
    help: () => {
      o.openDialog('shortcuts');
    },
  });
  const themeCommands = Object.fromEntries(
    THEME_MENU_COMMANDS.map(({ theme, command }) => [command, () => void o.saveSettings({ theme })]),
  ) as Record<(typeof THEME_MENU_COMMANDS)[number]['command'], () => void>;
  useMenuCommands({
    'export-pdf': () => {
      o.openDialog('export');
    },
    'export-notes': () => {
      o.openDialog('export');
    },
    'import-notes': () => {
      o.openDialog('import');
    },
    ...themeCommands,
    // The print stylesheet (styles/print.css) lays out the open document with its notes.
    print: () => {
      window.print();
    },
    find: o.find,
    'go-back': back,
    'go-forward': forward,
    'go-search': focusSearch,
    about: () => {
      o.openDialog('licenses');
    },
  });
  useDeepLinkEvents((target) => {
    if (!o.documents.some((d) => d.docId === target.docId)) {
      o.onStatus(t('app.unknownLink', { link: deepLink(target) }));
      return;
    }
    o.openLink(target);
  });
}
