// The launcher's Electron binary lookup against real folders laid out like the electron package.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  defaultExecutable,
  firstErrorLine,
  locateElectronBinary,
  missingBinaryMessage,
} from '../../electron/launcher/electron-binary';

let pkg: string;

beforeEach(() => {
  pkg = mkdtempSync(join(tmpdir(), 'lectern-electron-'));
});
afterEach(() => {
  rmSync(pkg, { recursive: true, force: true });
});

describe('locateElectronBinary', () => {
  it('reports the binary missing when dist is empty, and where it looked', () => {
    const status = locateElectronBinary(pkg, {}, 'linux');
    expect(status).toEqual({ found: false, path: null, looked: [join(pkg, 'dist', 'electron')] });
  });

  it('finds the executable named by path.txt inside dist', () => {
    writeFileSync(join(pkg, 'path.txt'), 'custom-electron\n');
    mkdirSync(join(pkg, 'dist'));
    writeFileSync(join(pkg, 'dist', 'custom-electron'), '');
    const status = locateElectronBinary(pkg, {}, 'linux');
    expect(status.found).toBe(true);
    expect(status.path).toBe(join(pkg, 'dist', 'custom-electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const override = join(pkg, 'elsewhere');
    mkdirSync(override);
    writeFileSync(join(override, 'electron.exe'), '');
    const status = locateElectronBinary(pkg, { ELECTRON_OVERRIDE_DIST_PATH: override }, 'win32');
    expect(status.path).toBe(join(override, 'electron.exe'));
  });
});

describe('defaultExecutable and missingBinaryMessage', () => {
  it('names the per-platform executable', () => {
    expect(defaultExecutable('win32')).toBe('electron.exe');
    expect(defaultExecutable('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
    expect(defaultExecutable('linux')).toBe('electron');
  });

  it('explains both offline remedies and the CLI fallback', () => {
    const message = missingBinaryMessage(
      { found: false, path: null, looked: ['/x/dist/electron'] },
      '45.4.1',
    );
    expect(message).toContain('Electron 45.4.1 binary is not installed');
    expect(message).toContain('/x/dist/electron');
    expect(message).toContain('ELECTRON_OVERRIDE_DIST_PATH=');
    expect(message).toContain('electron-v45.4.1-<platform>-<arch>.zip');
    expect(message).toContain('npm run -s cli -- docs');
  });
});

describe('firstErrorLine', () => {
  it('keeps the error line of an installer failure and drops the stack', () => {
    const output =
      'TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n    at async x\n';
    expect(firstErrorLine(output)).toBe('TypeError: fetch failed');
    expect(firstErrorLine('\n\n')).toBeNull();
  });
});

describe('the npm start launcher', () => {
  it('stops with the instructions and exit code 1, not a stack trace, when the binary is missing', () => {
    const root = join(import.meta.dirname, '../..');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'electron/launcher/start.ts')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: pkg },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Lectern cannot start: the Electron');
    expect(run.stderr).toContain(join(pkg, defaultExecutable(process.platform)));
    expect(run.stderr).not.toMatch(/^\s+at /mu);
  });
});
