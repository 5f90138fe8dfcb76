// The Platform the handlers use inside Electron: native dialogs, progress to renderer and taskbar, app facts.
import type { App, BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import type { Platform } from '../../app/platform';
import { collectLicenses } from '../../app/licenses';
import type { JobProgress } from '../../shared/events';
import { dialogWording } from './dialog-wording';
import type { MenuLocale } from './menu-labels';

/** Everything the platform needs from Electron, injected so tests can drive it with fakes. */
interface ElectronPlatformDeps {
  app: Pick<App, 'getName' | 'getVersion' | 'getAppPath'>;
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  window: () => BrowserWindow | null;
  dataDir: string;
  portable: boolean;
  fontsDir?: string;
  /** The interface language dialogs are worded in (main follows the `locale` setting, as the menu does). */
  locale: () => MenuLocale;
}

/** Progress fraction for the taskbar: 0…1 while running, -1 (removes the bar) when done. */
export function taskbarFraction(progress: JobProgress): number {
  if (progress.total <= 0 || progress.done >= progress.total) return -1;
  return Math.max(0, Math.min(1, progress.done / progress.total));
}

/** Builds the Electron-backed Platform. */
export function createElectronPlatform(deps: ElectronPlatformDeps): Platform {
  let licenses: ReturnType<Platform['licenses']> | null = null;
  /** The native open dialog, attached to the window when there is one; the chosen paths, [] when cancelled. */
  const open = async (options: OpenDialogOptions): Promise<string[]> => {
    const win = deps.window();
    const result = win
      ? await deps.dialog.showOpenDialog(win, options)
      : await deps.dialog.showOpenDialog(options);
    return result.canceled ? [] : result.filePaths;
  };
  return {
    info: () => ({
      name: deps.app.getName(),
      version: deps.app.getVersion(),
      platform: process.platform,
      portable: deps.portable,
      dataDir: deps.dataDir,
      versions: {
        electron: process.versions.electron,
        chrome: process.versions.chrome,
        node: process.versions.node,
      },
      shell: 'electron',
    }),
    licenses: () => (licenses ??= collectLicenses(deps.app.getAppPath())),
    async chooseSavePath(request) {
      const win = deps.window();
      const dialogOptions = {
        ...dialogWording(request.purpose, deps.locale()),
        ...(request.defaultName ? { defaultPath: request.defaultName } : {}),
        properties: ['createDirectory', 'showOverwriteConfirmation'] as (
          'createDirectory' | 'showOverwriteConfirmation'
        )[],
      };
      const result = win
        ? await deps.dialog.showSaveDialog(win, dialogOptions)
        : await deps.dialog.showSaveDialog(dialogOptions);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath(request) {
      const win = deps.window();
      const dialogOptions = {
        ...dialogWording(request.purpose, deps.locale()),
        properties: ['openFile'] as 'openFile'[],
      };
      const result = win
        ? await deps.dialog.showOpenDialog(win, dialogOptions)
        : await deps.dialog.showOpenDialog(dialogOptions);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseOpenPaths(request) {
      const paths = await open({
        ...dialogWording(request.purpose, deps.locale()),
        properties: ['openFile', 'multiSelections'],
      });
      return paths.length > 0 ? paths : null;
    },
    async chooseFolder(request) {
      const { title } = dialogWording(request.purpose, deps.locale());
      const paths = await open({ title, properties: ['openDirectory'] });
      return paths[0] ?? null;
    },
    progress(progress) {
      const win = deps.window();
      if (!win || win.isDestroyed()) return;
      win.webContents.send('job:progress', progress);
      win.setProgressBar(taskbarFraction(progress));
    },
    ...(deps.fontsDir ? { fontsDir: deps.fontsDir } : {}),
    // chooseSavePath passes `showOverwriteConfirmation`: the native dialog has asked before returning a file
    // that exists (macOS and Windows always ask; on Linux that property makes GTK ask).
    saveDialogConfirmsReplace: true,
  };
}
