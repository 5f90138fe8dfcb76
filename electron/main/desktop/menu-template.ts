// The native menu as data: File, Edit, View, Go, Help with each OS's usual accelerators.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/events';

/** What the menu needs from the running app. */
export interface MenuContext {
  platform: NodeJS.Platform;
  appName: string;
  /** Sends a command to the focused window's renderer. */
  send: (command: MenuCommand) => void;
  /** Shows the native About box. */
  about: () => void;
  /** Whether DevTools may be toggled (unpackaged builds only). */
  devTools: boolean;
}

/** Builds the template; `CmdOrCtrl` maps to ⌘ on macOS and Ctrl elsewhere. */
export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const mac = ctx.platform === 'darwin';
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => {
      ctx.send(command);
    },
  });
  const about: MenuItemConstructorOptions = { label: `About ${ctx.appName}`, click: ctx.about };

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
    label: '&File',
    submenu: [
      item('Export PDF…', 'export-pdf', 'CmdOrCtrl+P'),
      item('Export Notes…', 'export-notes', 'CmdOrCtrl+Shift+E'),
      item('Import Notes…', 'import-notes', 'CmdOrCtrl+O'),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit', accelerator: 'Ctrl+Q' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      {
        label: 'Theme',
        submenu: [item('System', 'theme-system'), item('Light', 'theme-light'), item('Dark', 'theme-dark')],
      },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(ctx.devTools ? [{ role: 'toggleDevTools' } as const] : []),
    ],
  };
  const go: MenuItemConstructorOptions = {
    label: '&Go',
    submenu: [
      item('Back', 'go-back', mac ? 'Cmd+[' : 'Alt+Left'),
      item('Forward', 'go-forward', mac ? 'Cmd+]' : 'Alt+Right'),
      { type: 'separator' },
      item('Search', 'go-search', 'CmdOrCtrl+F'),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: mac ? [item('Third-party Licences', 'about')] : [about, item('Third-party Licences', 'about')],
  };
  return [...appMenu, file, edit, view, go, help];
}
