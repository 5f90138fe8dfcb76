// Locates the Electron binary for `npm start` without triggering a download, so a missing binary
// becomes a clear instruction instead of a stack trace (the binary cannot be fetched on every machine).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the launcher looked for the Electron binary and whether it is there. */
interface ElectronBinaryStatus {
  found: boolean;
  path: string | null;
  looked: string[];
}

/** Finds the Electron executable the `electron` package would run, honouring ELECTRON_OVERRIDE_DIST_PATH. */
export function locateElectronBinary(
  electronPackageDir: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): ElectronBinaryStatus {
  const pathFile = join(electronPackageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : defaultExecutable(platform);
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronPackageDir, 'dist');
  const candidate = join(distDir, relative);
  return {
    found: existsSync(candidate),
    path: existsSync(candidate) ? candidate : null,
    looked: [candidate],
  };
}

/** The executable's path inside an Electron dist folder, per platform (as the electron package writes path.txt). */
export function defaultExecutable(platform: NodeJS.Platform): string {
  if (platform === 'win32') return 'electron.exe';
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

/** The message `npm start` prints when no Electron binary can be found or fetched. */
export function missingBinaryMessage(status: ElectronBinaryStatus, version: string): string {
  return [
    `Lectern cannot start: the Electron ${version} binary is not installed.`,
    `Looked for: ${status.looked.join(', ')}`,
    '',
    'On a machine without internet access, supply the binary in one of two ways:',
    `  1. Unzip the official electron-v${version}-<platform>-<arch>.zip into a folder and run`,
    '       ELECTRON_OVERRIDE_DIST_PATH=/path/to/that/folder npm start',
    `  2. Put the zip into the Electron cache (~/.cache/electron on Linux, ~/Library/Caches/electron on macOS,`,
    '     %LOCALAPPDATA%\\electron\\Cache on Windows, or the folder named by electron_config_cache)',
    '     and run: node node_modules/electron/install.js',
    '',
    'Everything else (the corpus, search, annotations, export) works without Electron: try',
    '  npm run -s cli -- docs',
  ].join('\n');
}

/** The first line of an installer's output that names an error, without its stack ("TypeError: fetch failed"). */
export function firstErrorLine(output: string): string | null {
  const lines = output
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('at '));
  return lines.find((l) => /error|fail/iu.test(l)) ?? lines[0] ?? null;
}
