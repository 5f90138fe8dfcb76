// Desktop behaviour decided outside Electron: data location (portable mode), rotating logs without note content,
// remembered window bounds, the menu template and taskbar progress.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appFolderOf, resolveDataLocation } from '../../electron/main/desktop/data-location';
import { createRotatingLog } from '../../electron/main/desktop/rotating-log';
import { menuLocaleOf } from '../../electron/main/desktop/menu-labels';
import { buildMenuTemplate } from '../../electron/main/desktop/menu-template';
import { THEMES } from '../../electron/core/userdb/model';
import { taskbarFraction } from '../../electron/main/desktop/electron-platform';
import { collectLicenses } from '../../electron/app/licenses';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  loadWindowState,
  saveWindowState,
} from '../../electron/main/window/window-state';
import type { MenuCommand } from '../../electron/shared/events';

const temps: string[] = [];
const temp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-desktop-'));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('data location', () => {
  const base = { userDataPath: '/home/r/.config/Lectern', platform: 'linux' as const, argv: [] };

  it('uses the OS user-data folder by default', () => {
    const dir = temp();
    expect(resolveDataLocation({ ...base, exePath: join(dir, 'lectern'), exists: existsSync })).toEqual({
      dataDir: '/home/r/.config/Lectern',
      portable: false,
      reason: 'user-data',
    });
  });

  it('switches to LecternData beside the app when a portable marker file is there', () => {
    const dir = temp();
    writeFileSync(join(dir, 'portable'), '');
    expect(resolveDataLocation({ ...base, exePath: join(dir, 'lectern'), exists: existsSync })).toEqual({
      dataDir: join(dir, 'LecternData'),
      portable: true,
      reason: 'marker',
    });
  });

  it('switches on --portable and honours the Windows portable target directory', () => {
    const dir = temp();
    expect(
      resolveDataLocation({ ...base, argv: ['x', '--portable'], exePath: join(dir, 'l'), exists: existsSync })
        .dataDir,
    ).toBe(join(dir, 'LecternData'));
    expect(
      resolveDataLocation({
        ...base,
        argv: ['--portable'],
        exePath: '/tmp/unpacked/l.exe',
        portableExecutableDir: dir,
        exists: existsSync,
      }).dataDir,
    ).toBe(join(dir, 'LecternData'));
  });

  it('puts portable data beside the .app bundle on macOS, not inside it', () => {
    expect(appFolderOf('/Volumes/USB/Lectern.app/Contents/MacOS/Lectern', 'darwin')).toBe('/Volumes/USB');
    expect(appFolderOf('/opt/lectern/lectern', 'linux')).toBe('/opt/lectern');
  });
});

describe('rotating log', () => {
  it('rotates by size, keeps a bounded number of files and writes one line per entry', () => {
    const dir = temp();
    const log = createRotatingLog({
      dir,
      maxBytes: 300,
      keep: 2,
      now: () => new Date('2026-01-01T00:00:00Z'),
    });
    for (let i = 0; i < 40; i++) log.write({ level: 'info', event: `event-${i}`, channel: 'documents:list' });
    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    const current = readFileSync(log.file, 'utf8');
    expect(current.length).toBeLessThanOrEqual(300);
    expect(current).toContain('event-39');
    expect(
      current
        .split('\n')
        .filter(Boolean)
        .every((l) => l.startsWith('2026-01-01T00:00:00.000Z INFO event-')),
    ).toBe(true);
  });

  it('cannot be used to forge lines (newlines and control characters are flattened)', () => {
    const dir = temp();
    const log = createRotatingLog({ dir });
    log.write({ level: 'error', event: 'ipc-failed', detail: 'boom\n2026-01-01 INFO forged\u0007' });
    const lines = readFileSync(log.file, 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('boom 2026-01-01 INFO forged');
  });
});

describe('window state', () => {
  it('round-trips through a file and falls back to defaults when the file is missing or damaged', () => {
    const dir = temp();
    const file = join(dir, 'window-state.json');
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    saveWindowState(file, { x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(loadWindowState(file)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    writeFileSync(file, '{"width": 5');
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(file, JSON.stringify({ width: 10, height: 10, maximized: false }));
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('keeps a position on a connected display and drops one left on a disconnected monitor', () => {
    const displays = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    const onScreen = { x: 100, y: 100, width: 1000, height: 700, maximized: false };
    expect(fitToDisplays(onScreen, displays)).toEqual(onScreen);
    const offScreen = { x: 2500, y: 100, width: 1000, height: 700, maximized: false };
    expect(fitToDisplays(offScreen, displays)).toEqual({ width: 1000, height: 700, maximized: false });
  });
});

describe('menu template', () => {
  const build = (platform: NodeJS.Platform, locale: 'en' | 'vi' = 'en') => {
    const sent: MenuCommand[] = [];
    let abouts = 0;
    const template = buildMenuTemplate({
      platform,
      appName: 'Lectern',
      send: (c) => sent.push(c),
      about: () => (abouts += 1),
      devTools: false,
      locale,
    });
    return { template, sent, abouts: () => abouts };
  };
  const find = (
    items: MenuItemConstructorOptions[],
    label: string,
  ): MenuItemConstructorOptions | undefined => {
    for (const item of items) {
      if (item.label === label) return item;
      const sub = Array.isArray(item.submenu) ? find(item.submenu, label) : undefined;
      if (sub) return sub;
    }
    return undefined;
  };
  const click = (item: MenuItemConstructorOptions | undefined): void => {
    (item!.click as () => void)();
  };

  it('has File, Edit, View, Go and Help, with an app menu first on macOS', () => {
    expect(build('win32').template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Go', '&Help']);
    expect(build('darwin').template.map((m) => m.label)).toEqual([
      'Lectern',
      '&File',
      '&Edit',
      '&View',
      '&Go',
      '&Help',
    ]);
  });

  it('sends each File, View and Go command to the renderer', () => {
    const { template, sent } = build('linux');
    for (const label of [
      'Export PDF…',
      'Export Notes…',
      'Import Notes…',
      'Print…',
      'Find in Document',
      'Dark',
      'Sepia',
      'Back',
      'Forward',
      'Search',
    ]) {
      click(find(template, label));
    }
    expect(sent).toEqual([
      'export-pdf',
      'export-notes',
      'import-notes',
      'print',
      'find',
      'theme-dark',
      'theme-sepia',
      'go-back',
      'go-forward',
      'go-search',
    ]);
  });

  it('offers every theme of the settings and binds Ctrl+F to Find, Ctrl+K to Search and Ctrl+P to Print', () => {
    const { template } = build('linux');
    const theme = find(template, 'Theme')!.submenu as MenuItemConstructorOptions[];
    expect(theme.map((i) => i.label)).toEqual(['System', 'Light', 'Dark', 'Sepia']);
    expect(theme).toHaveLength(THEMES.length);
    expect(find(template, 'Find in Document')!.accelerator).toBe('CmdOrCtrl+F');
    expect(find(template, 'Search')!.accelerator).toBe('CmdOrCtrl+K');
    expect(find(template, 'Print…')!.accelerator).toBe('CmdOrCtrl+P');
    expect(find(template, 'Export PDF…')!.accelerator).toBe('CmdOrCtrl+E');
    // No two items share an accelerator.
    const accelerators: string[] = [];
    const walk = (items: MenuItemConstructorOptions[]): void => {
      for (const i of items) {
        if (typeof i.accelerator === 'string') accelerators.push(i.accelerator);
        if (Array.isArray(i.submenu)) walk(i.submenu);
      }
    };
    walk(template);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('speaks Vietnamese when the interface does, with the same commands', () => {
    const { template, sent } = build('win32', 'vi');
    expect(template.map((m) => m.label)).toEqual(['&Tệp', '&Sửa', '&Xem', '&Đi tới', 'T&rợ giúp']);
    for (const label of ['Xuất PDF…', 'In…', 'Tìm trong văn bản', 'Nâu đọc sách', 'Tìm kiếm']) {
      click(find(template, label));
    }
    expect(sent).toEqual(['export-pdf', 'print', 'find', 'theme-sepia', 'go-search']);
    expect(find(template, 'Giới thiệu Lectern')).toBeDefined();
  });

  it('reads the menu language from settings answers only', () => {
    const settings = { ok: true, value: { locale: 'vi', theme: 'dark' } };
    expect(menuLocaleOf('settings:get', settings)).toBe('vi');
    expect(menuLocaleOf('settings:update', { ok: true, value: { locale: 'en' } })).toBe('en');
    expect(menuLocaleOf('documents:list', settings)).toBeNull();
    expect(menuLocaleOf('settings:update', { ok: false, error: { code: 'INVALID_INPUT' } })).toBeNull();
    expect(menuLocaleOf('settings:get', { ok: true, value: { locale: 'fr' } })).toBeNull();
  });

  it('uses each OS’s accelerators for history and a Quit item outside macOS', () => {
    expect(find(build('linux').template, 'Back')!.accelerator).toBe('Alt+Left');
    expect(find(build('darwin').template, 'Back')!.accelerator).toBe('Cmd+[');
    const file = build('win32').template[0]!.submenu as MenuItemConstructorOptions[];
    expect(file.some((i) => i.role === 'quit')).toBe(true);
  });

  it('opens About from Help and hides DevTools in packaged builds', () => {
    const { template, abouts } = build('linux');
    click(find(template, 'About Lectern'));
    expect(abouts()).toBe(1);
    expect(JSON.stringify(template)).not.toContain('toggleDevTools');
  });
});

describe('taskbar progress', () => {
  it('shows the fraction while running and removes the bar when done', () => {
    const p = (done: number, total: number) => ({
      jobId: 'j',
      kind: 'export' as const,
      done,
      total,
      label: '',
    });
    expect(taskbarFraction(p(1, 4))).toBe(0.25);
    expect(taskbarFraction(p(4, 4))).toBe(-1);
    expect(taskbarFraction(p(0, 0))).toBe(-1);
  });
});

describe('third-party licences', () => {
  it('walks the production dependency tree in node_modules, each package once with its licence', () => {
    const root = join(import.meta.dirname, '../..');
    const licenses = collectLicenses(root);
    const names = licenses.map((l) => l.name);
    const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    for (const dep of Object.keys(own.dependencies)) expect(names).toContain(dep);
    const sqlite = licenses.find((l) => l.name === 'better-sqlite3')!;
    const pkg = JSON.parse(readFileSync(join(root, 'node_modules/better-sqlite3/package.json'), 'utf8')) as {
      version: string;
      license: string;
    };
    expect(sqlite).toEqual({ name: 'better-sqlite3', version: pkg.version, license: pkg.license });
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThan(Object.keys(own.dependencies).length); // transitive ones too
    expect(names).not.toContain('vitest'); // dev dependencies are not shipped
  });
});
