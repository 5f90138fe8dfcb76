// Where user.sqlite, backups and logs live: the OS user-data folder, or `LecternData/` beside the app in portable mode.
import { dirname, join } from 'node:path';

/** Name of the marker file that switches a copy of Lectern to portable mode. */
const PORTABLE_MARKER = 'portable';
/** Folder created beside the executable in portable mode. */
const PORTABLE_DATA_FOLDER = 'LecternData';

/** Inputs, passed in so the decision is testable without Electron or a real install. */
interface DataLocationInput {
  /** `process.execPath` (or, for a macOS .app, the executable inside it). */
  exePath: string;
  argv: readonly string[];
  /** `app.getPath('userData')`. */
  userDataPath: string;
  platform: NodeJS.Platform;
  exists: (path: string) => boolean;
  /** PORTABLE_EXECUTABLE_DIR, set by electron-builder's portable Windows target. */
  portableExecutableDir?: string | undefined;
}

/** The chosen folder and why. */
interface DataLocation {
  dataDir: string;
  portable: boolean;
  reason: 'flag' | 'marker' | 'user-data';
}

/** The folder that holds the executable, or the folder holding the .app bundle on macOS. */
export function appFolderOf(exePath: string, platform: NodeJS.Platform): string {
  const exeDir = dirname(exePath);
  if (platform === 'darwin') {
    const bundle = exePath.lastIndexOf('.app/Contents/MacOS/');
    if (bundle !== -1) return dirname(exePath.slice(0, bundle + '.app'.length));
  }
  return exeDir;
}

/** Portable when `--portable` is passed or a `portable` marker file sits beside the app; otherwise user data. */
export function resolveDataLocation(input: DataLocationInput): DataLocation {
  const appFolder = input.portableExecutableDir ?? appFolderOf(input.exePath, input.platform);
  const portableDir = join(appFolder, PORTABLE_DATA_FOLDER);
  if (input.argv.includes('--portable')) return { dataDir: portableDir, portable: true, reason: 'flag' };
  if (input.exists(join(appFolder, PORTABLE_MARKER))) {
    return { dataDir: portableDir, portable: true, reason: 'marker' };
  }
  return { dataDir: input.userDataPath, portable: false, reason: 'user-data' };
}
