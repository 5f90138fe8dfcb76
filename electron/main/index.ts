// Electron main entry: thin wiring of the decisions made (and tested) in ./security, ./protocol, ./ipc,
// ./window and ./desktop. Order matters: switches, scheme privileges and the sandbox before `ready`.
// First of all: every Node network API throws from here on (issue 17); see core/security/network-guard.ts.
import '../core/security/install-network-guard';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCorpusLocation } from '../core/corpus/location';
import { startCore } from '../app/worker/core-client';
import type { CoreClient, CoreCrash } from '../app/worker/core-client';
import { coreWorkerEntry } from '../app/worker/worker-launch';
import { deepLinkFromArgv, parseDeepLink } from '../shared/deep-link';
import type { MenuCommand } from '../shared/events';
import { applyNetworkSwitches } from './security/switches';
import { hardenSession } from './security/session-hardening';
import { guardWebContents } from './security/web-contents-guards';
import { registerAppScheme, handleAppProtocol } from './protocol/app-protocol';
import { APP_ENTRY_URL } from './protocol/app-path';
import { registerIpc } from './ipc/register-ipc';
import { fitToDisplays, loadWindowState, saveWindowState } from './window/window-state';
import { resolveDataLocation } from './desktop/data-location';
import { createRotatingLog } from './desktop/rotating-log';
import type { CoreInvoke } from '../app/dispatch';
import type { MenuLocale } from './desktop/menu-labels';
import { menuLocaleOf } from './desktop/menu-labels';
import { buildMenuTemplate } from './desktop/menu-template';
import { createElectronPlatform } from './desktop/electron-platform';
import { createDeepLinkRouter } from './desktop/deep-links';

// --- before ready ---------------------------------------------------------------------------------------
applyNetworkSwitches(app.commandLine);
registerAppScheme(protocol);
app.enableSandbox();

const location = resolveDataLocation({
  exePath: process.execPath,
  argv: process.argv,
  userDataPath: app.getPath('userData'),
  platform: process.platform,
  exists: existsSync,
  portableExecutableDir: process.env.PORTABLE_EXECUTABLE_DIR,
});
// Portable mode keeps Chromium's own profile files beside the app too, not only user.sqlite.
if (location.portable) app.setPath('userData', location.dataDir);
const log = createRotatingLog({ dir: join(location.dataDir, 'logs') });
const devTools = !app.isPackaged;
let mainWindow: BrowserWindow | null = null;
// The core (SQLite, search, import, export) runs in a worker thread; main only relays to it.
let core: CoreClient | null = null;
let coreClosed = false;
// lectern:// links opened from the OS (the installers register the scheme) go to the renderer once it has loaded.
const deepLinks = createDeepLinkRouter((target) => {
  mainWindow?.webContents.send('app:open', target);
});
deepLinks.open(deepLinkFromArgv(process.argv));

if (!app.requestSingleInstanceLock()) {
  // A second launch hands over to the first (focused below) and leaves.
  app.quit();
} else {
  app.on('second-instance', (_event, argv: string[]) => {
    deepLinks.open(deepLinkFromArgv(argv));
    focusMainWindow();
  });
  // macOS hands clicked links to the running (or starting) app through open-url, not argv.
  app.on('open-url', (event, url: string) => {
    event.preventDefault();
    deepLinks.open(parseDeepLink(url));
    focusMainWindow();
  });
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents);
  });
  app.on('window-all-closed', () => {
    app.quit();
  });
  app.on('will-quit', (event) => {
    if (core === null || coreClosed) {
      log.write({ level: 'info', event: 'quit' });
      return;
    }
    // Let the worker cancel running jobs and close user.sqlite first, then quit for real.
    event.preventDefault();
    void core.close().finally(() => {
      coreClosed = true;
      app.quit();
    });
  });
  void app.whenReady().then(start);
}

// --- after ready ----------------------------------------------------------------------------------------
function start(): void {
  log.write({
    level: 'info',
    event: 'start',
    detail: `portable=${location.portable} reason=${location.reason}`,
  });
  app.configureHostResolver({ secureDnsMode: 'off', enableBuiltInResolver: false, secureDnsServers: [] });
  hardenSession(session.defaultSession, { allowDevTools: devTools });
  handleAppProtocol(protocol, join(import.meta.dirname, '../renderer'));

  // Packaged layout (build/electron-builder.config.ts): corpus files and DejaVu fonts as plain resources.
  const corpusDir = app.isPackaged ? process.resourcesPath : defaultCorpusLocation().dir;
  // The interface language, as the settings last read or written say: the native menu and dialogs speak it.
  let menuLocale: MenuLocale | null = null;
  const platform = createElectronPlatform({
    locale: () => menuLocale ?? 'en',
    app,
    dialog,
    window: () => mainWindow,
    dataDir: location.dataDir,
    portable: location.portable,
    ...(app.isPackaged ? { fontsDir: join(process.resourcesPath, 'fonts') } : {}),
  });
  const running = startCore({
    entry: coreWorkerEntry(import.meta.dirname),
    services: { corpusDir, dataDir: location.dataDir, appVersion: app.getVersion() },
    platform,
    log: (entry) => {
      log.write(entry);
    },
    onCrash: reportCoreCrash,
    onRestartNotices: showStartupNotices,
    onLateNotices: showStartupNotices,
  });
  core = running;
  // The native menu speaks the interface language: built from the settings once the core is up, and again
  // whenever the renderer reads or changes them (the answer passes through here on its way back).
  const applyMenu = (locale: MenuLocale): void => {
    if (locale === menuLocale) return;
    menuLocale = locale;
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          platform: process.platform,
          appName: app.getName(),
          send: sendMenuCommand,
          about: showAbout,
          devTools,
          locale,
        }),
      ),
    );
  };
  const invoke: CoreInvoke = async (channel, payload) => {
    const result = await running.invoke(channel, payload);
    const locale = menuLocaleOf(channel, result);
    if (locale !== null) applyMenu(locale);
    return result;
  };
  registerIpc(ipcMain, invoke, {
    log: (entry) => {
      log.write({ level: 'warn', event: 'ipc-failed', ...entry });
    },
  });
  applyMenu('en');
  running.ready.then(
    (notices) => {
      void invoke('settings:get', {});
      createWindow();
      showStartupNotices(notices);
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      log.write({ level: 'error', event: 'open-services-failed', detail: message });
      dialog.showErrorBox('Lectern cannot open its data', message);
      coreClosed = true;
      app.quit();
    },
  );
}

function reportCoreCrash(crash: CoreCrash): void {
  log.write({
    level: 'error',
    event: 'core-crashed',
    detail: `${crash.reason} restarted=${crash.restarted}`,
  });
  const message = crash.restarted
    ? 'Part of Lectern stopped unexpectedly and was started again. The last action may not have completed; your saved notes are safe.'
    : 'Part of Lectern stopped unexpectedly several times. Save what you can and restart Lectern; your saved notes are safe.';
  void dialog.showMessageBox({ type: 'error', title: 'Lectern', message, buttons: ['OK'] });
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function createWindow(): void {
  const stateFile = join(location.dataDir, 'window-state.json');
  const state = fitToDisplays(
    loadWindowState(stateFile),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...state,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Lectern',
    // Written out literally (not built by a helper) so Electronegativity can verify every value statically;
    // test/main/bootstrap.test.ts asserts the options this constructor really receives.
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
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
      // Middle-click would otherwise open links in new windows (denied anyway by setWindowOpenHandler).
      disableBlinkFeatures: 'Auxclick',
      devTools: !app.isPackaged,
    },
  });
  mainWindow = win;
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => {
    win.show();
  });
  win.on('close', () => {
    saveWindowState(stateFile, { ...win.getNormalBounds(), maximized: win.isMaximized() });
  });
  win.on('closed', () => {
    mainWindow = null;
    deepLinks.rendererGone();
  });
  win.webContents.on('did-start-loading', () => {
    deepLinks.rendererGone();
  });
  win.webContents.on('did-finish-load', () => {
    deepLinks.rendererReady();
  });
  void win.loadURL(APP_ENTRY_URL);
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send('menu:command', { command });
}

function showAbout(): void {
  const versions = `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`;
  void dialog.showMessageBox({
    type: 'info',
    title: `About ${app.getName()}`,
    message: `${app.getName()} ${app.getVersion()}`,
    detail: `Offline reader for Decree 63/2020/ND-CP.\n${versions}\nData: ${location.dataDir}\n\nThird-party licences: Help › Third-party Licences.`,
    buttons: ['OK'],
  });
}

function showStartupNotices(notices: string[]): void {
  for (const message of notices) log.write({ level: 'warn', event: 'startup-notice', detail: message });
  if (notices.length > 0) {
    void dialog.showMessageBox({
      type: 'warning',
      title: 'Lectern',
      message: notices.join('\n\n'),
      buttons: ['OK'],
    });
  }
}
