// Where the CLI looks for user.sqlite.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../electron/cli/data-dir';

describe('resolveDataDir', () => {
  it('prefers --data-dir, then LECTERN_DATA_DIR', () => {
    expect(resolveDataDir('rel/dir', { LECTERN_DATA_DIR: '/env' }, 'linux', '/home/u')).toBe(
      resolve('rel/dir'),
    );
    expect(resolveDataDir(undefined, { LECTERN_DATA_DIR: '/env' }, 'linux', '/home/u')).toBe(resolve('/env'));
  });

  it('falls back to the per-user folder the desktop app uses', () => {
    expect(resolveDataDir(undefined, {}, 'linux', '/home/u')).toBe(join('/home/u', '.config', 'Lectern'));
    expect(resolveDataDir(undefined, { XDG_CONFIG_HOME: '/x' }, 'linux', '/home/u')).toBe(
      join('/x', 'Lectern'),
    );
    expect(resolveDataDir(undefined, {}, 'darwin', '/Users/u')).toBe(
      join('/Users/u', 'Library', 'Application Support', 'Lectern'),
    );
    expect(resolveDataDir(undefined, { APPDATA: 'C:\\AppData' }, 'win32', 'C:\\u')).toBe(
      join('C:\\AppData', 'Lectern'),
    );
  });
});
