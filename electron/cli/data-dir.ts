// Where user.sqlite lives for the CLI: the same folder the desktop app uses unless told otherwise.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** --data-dir, else LECTERN_DATA_DIR, else the per-user application data folder named "Lectern". */
export function resolveDataDir(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (flag !== undefined && flag !== '') return resolve(flag);
  if (env.LECTERN_DATA_DIR !== undefined && env.LECTERN_DATA_DIR !== '') return resolve(env.LECTERN_DATA_DIR);
  // The same folders Electron's app.getPath('userData') gives for productName "Lectern".
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Lectern');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Lectern');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Lectern');
}
