// The native menu as data: File, Edit, View, Go, Help with each OS's usual accelerators, in the interface
// language. Ctrl+F is Find in the document and Ctrl+K Search, as in the window; Ctrl+P prints.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/events';
import { THEME_MENU_COMMANDS } from '../../shared/events';
import type { MenuLocale } from './menu-labels';
import { MENU_LABELS } from './menu-labels';

/** What the menu needs from the running app. */
interface MenuContext {
  platform: NodeJS.Platform;
  appName: string;
  /** Sends a command to the focused window's renderer. */
  send: (command: MenuCommand) => void;
  /** Shows the native About box. */
  about: () => void;
  /** Whether DevTools may be toggled (unpackaged builds only). */
  devTools: boolean;
  /** The interface language (the `locale` setting); English until the settings are read. */
  locale?: MenuLocale;
}

/** Builds the template; `CmdOrCtrl` maps to ⌘ on macOS and Ctrl elsewhere. */
export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const mac = ctx.platform === 'darwin';
  const l = MENU_LABELS[ctx.locale ?? 'en'];
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => {
      ctx.send(command);
    },
  });
  const about: MenuItemConstructorOptions = { label: l.about(ctx.appName), click: ctx.about };

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: ctx.appName,
          submenu: [
            about,
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: l.file,
    submenu: [
      item(l.exportPdf, 'export-pdf', 'CmdOrCtrl+E'),
      item(l.exportNotes, 'export-notes', 'CmdOrCtrl+Shift+E'),
      item(l.importNotes, 'import-notes', 'CmdOrCtrl+O'),
      { type: 'separator' },
      item(l.print, 'print', 'CmdOrCtrl+P'),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit', accelerator: 'Ctrl+Q' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: l.edit,
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      item(l.find, 'find', 'CmdOrCtrl+F'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: l.view,
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { label: l.theme, submenu: THEME_MENU_COMMANDS.map((t) => item(l.themes[t.theme], t.command)) },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(ctx.devTools ? [{ role: 'toggleDevTools' } as const] : []),
    ],
  };
  const go: MenuItemConstructorOptions = {
    label: l.go,
    submenu: [
      item(l.back, 'go-back', mac ? 'Cmd+[' : 'Alt+Left'),
      item(l.forward, 'go-forward', mac ? 'Cmd+]' : 'Alt+Right'),
      { type: 'separator' },
      item(l.search, 'go-search', 'CmdOrCtrl+K'),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: l.help,
    role: 'help',
    submenu: mac ? [item(l.licences, 'about')] : [about, item(l.licences, 'about')],
  };
  return [...appMenu, file, edit, view, go, help];
}
