// The thin main file, run against a recording `electron` mock: what happens before `ready`, then the wiring after.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../electron/shared/contract';
import type * as Electron from 'electron';
import type { fakeSession } from '../support/recorder';
import { fakeWebContents } from '../support/recorder';

const h = vi.hoisted(() => {
  const order: string[] = [];
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  return {
    order,
    ready,
    resolveReady: () => {
      resolveReady();
    },
    userData: '',
    windows: [] as unknown[],
  };
});

// The real guard would make this vitest process refuse the network; recording its import is what matters here
// (test/core/security/network-guard.test.ts proves the guard itself in a child process).
vi.mock('../../electron/core/security/install-network-guard', () => {
  h.order.push('network guard');
  return {};
});

vi.mock('electron', async () => {
  const {
    Emitter,
    fakeSession: makeSession,
    fakeWebContents: makeContents,
  } = await import('../support/recorder');
  const session = makeSession();
  const appEvents = new Emitter();
  class BrowserWindow extends Emitter {
    readonly webContents = makeContents();
    constructor(readonly options: Record<string, unknown>) {
      super();
      h.order.push('new BrowserWindow');
      h.windows.push(this);
    }
    loadURL = vi.fn((url: string) => {
      h.order.push(`loadURL ${url}`);
      return Promise.resolve();
    });
    maximize = vi.fn();
    show = vi.fn();
    isDestroyed = () => false;
    setProgressBar = vi.fn();
  }
  return {
    app: Object.assign(appEvents, {
      commandLine: { appendSwitch: vi.fn((name: string) => h.order.push(`switch ${name}`)) },
      enableSandbox: vi.fn(() => h.order.push('enableSandbox')),
      getPath: vi.fn(() => h.userData),
      setPath: vi.fn(),
      isPackaged: false,
      requestSingleInstanceLock: vi.fn(() => {
        h.order.push('requestSingleInstanceLock');
        return true;
      }),
      whenReady: vi.fn(() => {
        h.order.push('whenReady');
        return h.ready;
      }),
      configureHostResolver: vi.fn(() => h.order.push('configureHostResolver')),
      quit: vi.fn(),
      getName: () => 'Lectern',
      getVersion: () => '0.1.0',
      getAppPath: () => process.cwd(),
    }),
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => h.order.push('registerSchemesAsPrivileged')),
      handle: vi.fn(() => h.order.push('protocol.handle')),
    },
    session: { defaultSession: session },
    ipcMain: { handle: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })) },
    BrowserWindow,
  };
});

let electron: typeof Electron;

/** Calls the listeners main registered on the fake `app` (the fake records them; it has no emit). */
function fireApp(event: string, ...args: unknown[]): void {
  const listeners = (electron.app as unknown as { listeners: Map<string, ((...a: unknown[]) => void)[]> })
    .listeners;
  for (const listener of listeners.get(event) ?? []) listener(...args);
}

beforeAll(async () => {
  h.userData = mkdtempSync(join(tmpdir(), 'lectern-boot-'));
  // A damaged notes database: the core worker recovers it and main must tell the user at start-up.
  writeFileSync(join(h.userData, 'user.sqlite'), Buffer.from('this is not an SQLite database '.repeat(200)));
  // Started by a clicked link: Windows and Linux pass it in argv.
  process.argv.push('lectern://decree-63-2020/art_6__cl_1');
  electron = await import('electron');
  await import('../../electron/main/index');
});
afterAll(async () => {
  // Quitting waits for the core worker to close user.sqlite, then calls app.quit() again, which goes through.
  let prevented = 0;
  fireApp('will-quit', { preventDefault: () => (prevented += 1) });
  expect(prevented).toBe(1);
  await vi.waitFor(
    () => {
      expect(electron.app.quit).toHaveBeenCalled();
    },
    { timeout: 10_000 },
  );
  fireApp('will-quit', { preventDefault: () => (prevented += 1) });
  expect(prevented).toBe(1);
  rmSync(h.userData, { recursive: true, force: true });
});

describe('before ready', () => {
  it('installs the network guard before anything else runs', () => {
    expect(h.order[0]).toBe('network guard');
  });

  it('sets the no-network switches, registers app:// and enables the sandbox before waiting for ready', () => {
    const readyAt = h.order.indexOf('whenReady');
    expect(readyAt).toBeGreaterThan(0);
    const before = h.order.slice(0, readyAt);
    expect(before).toEqual(
      expect.arrayContaining([
        'switch host-resolver-rules',
        'switch no-proxy-server',
        'registerSchemesAsPrivileged',
        'enableSandbox',
        'requestSingleInstanceLock',
      ]),
    );
    expect(electron.app.commandLine.appendSwitch).toHaveBeenCalledWith(
      'host-resolver-rules',
      'MAP * ~NOTFOUND',
    );
    expect(h.order).not.toContain('configureHostResolver');
    expect(h.order).not.toContain('new BrowserWindow');
  });
});

describe('after ready', () => {
  beforeAll(async () => {
    h.resolveReady();
    // The window opens once the core worker has opened the services (a few seconds under tsx).
    await vi.waitFor(
      () => {
        expect(h.order.some((e) => e.startsWith('loadURL'))).toBe(true);
      },
      { timeout: 60_000, interval: 50 },
    );
  });

  it('turns DNS-over-HTTPS off and serves app:// before opening the window', () => {
    expect(electron.app.configureHostResolver).toHaveBeenCalledWith(
      expect.objectContaining({ secureDnsMode: 'off' }),
    );
    expect(h.order.indexOf('protocol.handle')).toBeLessThan(h.order.indexOf('new BrowserWindow'));
  });

  it('hardens the default session: spellchecker off, one request filter, permissions denied', () => {
    const session = electron.session.defaultSession as unknown as ReturnType<typeof fakeSession>;
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1);
    expect(session.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(session.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
    expect(session.setDevicePermissionHandler).toHaveBeenCalledTimes(1);
  });

  it('registers a handler for every channel', () => {
    const handled = vi.mocked(electron.ipcMain.handle).mock.calls.map((c) => c[0]);
    expect([...handled].sort()).toEqual([...CHANNELS].sort());
  });

  it('relays a trusted IPC call to the core worker and refuses an untrusted one before it', async () => {
    const listener = vi.mocked(electron.ipcMain.handle).mock.calls.find((c) => c[0] === 'documents:list')![1];
    const top = { url: 'app://lectern/index.html', parent: null };
    const web = { url: 'https://example.com/', parent: null };
    const trusted = { senderFrame: top, sender: { mainFrame: top } };
    const forged = { senderFrame: web, sender: { mainFrame: web } };
    const call = (event: unknown) =>
      (listener as unknown as (e: unknown, p: unknown) => Promise<unknown>)(event, {});
    const answered = (await call(trusted)) as { ok: boolean; value: { docId: string }[] };
    expect(answered.ok).toBe(true);
    expect(answered.value.map((d) => d.docId)).toContain('decree-63-2020');
    expect(await call(forged)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('opens one sandboxed window on app://lectern/index.html, never file://', () => {
    expect(h.windows).toHaveLength(1);
    const win = h.windows[0] as { options: { webPreferences: Record<string, unknown> } };
    expect(win.options.webPreferences).toEqual({
      preload: expect.stringMatching(/preload[/\\]index\.cjs$/) as string,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      // isPackaged is false in this run: DevTools only in development.
      devTools: true,
    });
    expect(String(win.options.webPreferences.preload)).toMatch(/preload[/\\]index\.cjs$/);
    expect(h.order).toContain('loadURL app://lectern/index.html');
    expect(h.order.filter((e) => e.includes('file:'))).toEqual([]);
  });

  it('guards every web contents created later (navigation and window.open)', () => {
    const contents = fakeWebContents();
    fireApp('web-contents-created', {}, contents);
    expect(contents.fire('will-navigate', { url: 'https://example.com/' })).toBe(true);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.setWebRTCIPHandlingPolicy).toHaveBeenCalledWith('disable_non_proxied_udp');
  });

  it('shows the start-up notices the core worker reports (a recovered notes database)', () => {
    const boxes = vi
      .mocked(electron.dialog.showMessageBox)
      .mock.calls.map((c) => c[0] as { message: string });
    expect(boxes.some((b) => /notes database was damaged/.test(b.message))).toBe(true);
  });

  it('sets a native menu', () => {
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
  });

  it('focuses the first window when a second instance starts', () => {
    const win = h.windows[0] as { focus?: () => void; isMinimized?: () => boolean; restore?: () => void };
    let focused = 0;
    win.focus = () => (focused += 1);
    win.isMinimized = () => false;
    fireApp('second-instance', {}, ['lectern']);
    expect(focused).toBe(1);
  });

  it('delivers deep links from argv, a second instance and open-url once the renderer has loaded', () => {
    const contents = (h.windows[0] as { webContents: ReturnType<typeof fakeWebContents> }).webContents;
    const sent = () =>
      contents.send.mock.calls.filter((c) => c[0] === 'app:open').map((c) => c[1] as unknown);
    // The link that started the app waits for the renderer.
    expect(sent()).toEqual([]);
    contents.fire('did-finish-load');
    expect(sent()).toEqual([{ docId: 'decree-63-2020', eId: 'art_6__cl_1' }]);
    fireApp('second-instance', {}, ['lectern', '--flag', 'lectern://law-dsi-2024-commentary/sec_3']);
    let prevented = false;
    fireApp('open-url', { preventDefault: () => (prevented = true) }, 'lectern://decree-63-2020');
    fireApp('open-url', { preventDefault: () => undefined }, 'lectern://../etc/passwd');
    expect(prevented).toBe(true);
    expect(sent()).toEqual([
      { docId: 'decree-63-2020', eId: 'art_6__cl_1' },
      { docId: 'law-dsi-2024-commentary', eId: 'sec_3' },
      { docId: 'decree-63-2020', eId: null },
    ]);
  });
});
