// Preflight decisions on temp folders: each missing or wrong offline input is named with where to put it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPreflight } from '../../build/dist-preflight';
import type { PreflightInput } from '../../build/dist-preflight';
import type { ToolArchive } from '../../build/toolset-archives';
import { put, tempDir } from './fixtures';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const ZIP = 'electron-v45.4.1-linux-x64.zip';

/** Electron-style headers: config.gypi carries the embedder ABI (Node's own headers carry Node's). */
function headers(dir: string, abi: number, installVersion?: number): string {
  put(join(dir, 'include/node/node_version.h'), '#define NODE_MODULE_VERSION 127\n');
  put(join(dir, 'include/node/common.gypi'), "{ 'variables': { 'node_module_version%': '' } }");
  put(join(dir, 'include/node/config.gypi'), `{ 'variables': { 'node_module_version': ${abi} } }`);
  if (installVersion !== undefined) put(join(dir, 'installVersion'), `${installVersion}\n`);
  return dir;
}

/** A machine with everything in place; each test breaks one thing. */
function machine(): PreflightInput {
  const home = tempDir('lectern-home-');
  const dist = tempDir('lectern-electron-dist-');
  put(join(dist, ZIP), 'official electron zip');
  headers(join(home, '.electron-gyp', '45.4.1'), 150, 11);
  const cache = tempDir('lectern-eb-cache-');
  const tool: ToolArchive = {
    releaseName: 'fpm@2.1.4',
    file: 'fpm.7z',
    sha256: sha256('fpm'),
    usedFor: 'deb',
  };
  put(join(cache, 'fpm@2.1.4', 'fpm.7z'), 'fpm');
  return {
    env: { LECTERN_ELECTRON_DIST: dist },
    platform: 'linux',
    arch: 'x64',
    home,
    electronVersion: '45.4.1',
    electronChecksums: { [ZIP]: sha256('official electron zip') },
    nodeGypInstallVersion: 11,
    electronAbi: 150,
    toolCacheDir: cache,
    toolArchives: [tool],
  };
}

describe('dist preflight', () => {
  it('passes when the zip, the headers and the tool archives are all in place', async () => {
    const input = machine();
    const result = await runPreflight(input);
    expect(result.problems).toEqual([]);
    expect(result.electronZip).toBe(join(input.env.LECTERN_ELECTRON_DIST!, ZIP));
    expect(result.headers).toEqual({ dir: join(input.home, '.electron-gyp', '45.4.1'), via: 'devdir' });
  });

  it('stops when LECTERN_ELECTRON_DIST is unset, not a folder, or lacks the zip', async () => {
    for (const env of [
      {},
      { LECTERN_ELECTRON_DIST: '/nonexistent/electron' },
      { LECTERN_ELECTRON_DIST: tempDir() },
    ]) {
      const { problems, electronZip } = await runPreflight({ ...machine(), env });
      expect(electronZip).toBeNull();
      expect(problems).toHaveLength(1);
      expect(problems[0]!.what).toMatch(
        /LECTERN_ELECTRON_DIST is not set|is not a folder|electron-v45\.4\.1-linux-x64\.zip is not in/,
      );
      expect(problems[0]!.fix).toContain(`Copy the official ${ZIP}`);
    }
  });

  it('stops when the zip does not match checksums.json', async () => {
    const input = machine();
    put(join(input.env.LECTERN_ELECTRON_DIST!, ZIP), 'a zip someone swapped');
    const { problems } = await runPreflight(input);
    expect(problems.map((p) => p.what)).toEqual([
      `${join(input.env.LECTERN_ELECTRON_DIST!, ZIP)} has SHA-256 ${sha256('a zip someone swapped')}, but the electron package's checksums.json says ${sha256('official electron zip')}.`,
    ]);
  });

  it("rejects Node's own headers in npm_config_nodedir and falls back to ~/.electron-gyp", async () => {
    const input = machine();
    const nodeHeaders = headers(tempDir('node-headers-'), 115);
    const fallback = await runPreflight({ ...input, env: { ...input.env, npm_config_nodedir: nodeHeaders } });
    expect(fallback.problems).toEqual([]);
    expect(fallback.headers?.via).toBe('devdir');
    const electronHeaders = headers(tempDir('electron-headers-'), 150);
    const chosen = await runPreflight({
      ...input,
      env: { ...input.env, npm_config_nodedir: electronHeaders },
    });
    expect(chosen.headers).toEqual({ dir: electronHeaders, via: 'nodedir' });
  });

  it('stops naming both places when no Electron headers are usable', async () => {
    const input = machine();
    const home = tempDir('empty-home-');
    const nodeHeaders = headers(tempDir('node-headers-'), 115);
    const { problems, headers: chosen } = await runPreflight({
      ...input,
      home,
      env: { ...input.env, npm_config_nodedir: nodeHeaders },
    });
    expect(chosen).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.what).toContain(
      `npm_config_nodedir=${nodeHeaders} builds for ABI 115, Electron 45.4.1 needs ABI 150`,
    );
    expect(problems[0]!.what).toContain(
      `${join(home, '.electron-gyp', '45.4.1')} lacks include/node/node_version.h`,
    );
    expect(problems[0]!.fix).toContain('~/.electron-gyp/45.4.1/');
  });

  it('wants an up-to-date installVersion, and node.lib on Windows', async () => {
    const input = machine();
    headers(join(input.home, '.electron-gyp', '45.4.1'), 150, 9);
    const old = await runPreflight(input);
    expect(old.problems[0]!.what).toContain('has installVersion 9, node-gyp needs ≥ 11');
    headers(join(input.home, '.electron-gyp', '45.4.1'), 150, 11);
    const win = await runPreflight({
      ...input,
      platform: 'win32',
      electronChecksums: { 'electron-v45.4.1-win32-x64.zip': sha256('win zip') },
      env: {
        LECTERN_ELECTRON_DIST: put(join(tempDir(), 'electron-v45.4.1-win32-x64.zip'), 'win zip').replace(
          /[\\/][^\\/]+$/,
          '',
        ),
      },
    });
    expect(win.problems.map((p) => p.what)).toEqual([
      expect.stringContaining('lacks x64/node.lib') as string,
    ]);
  });

  it('names a missing or altered electron-builder tool archive with its exact place', async () => {
    const input = machine();
    const place = join(input.toolCacheDir, 'fpm@2.1.4', 'fpm.7z');
    put(place, 'not fpm');
    const altered = await runPreflight(input);
    expect(altered.problems.map((p) => p.what)).toEqual([
      `${place} does not have the SHA-256 electron-builder expects (${sha256('fpm')}).`,
    ]);
    const missing = await runPreflight({ ...input, toolCacheDir: tempDir() });
    expect(missing.problems[0]!.fix).toMatch(
      /^Put fpm\.7z \(electron-builder-binaries release fpm@2\.1\.4\) at .*fpm@2\.1\.4[\\/]fpm\.7z\.$/,
    );
  });

  it('makes `npm run dist` stop at once with exit code 2 on this machine (no Electron zip)', () => {
    const root = resolve(import.meta.dirname, '../..');
    const run = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'build/dist.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        LECTERN_ELECTRON_DIST: '',
        HOME: tempDir('dist-home-'),
        ELECTRON_BUILDER_CACHE: tempDir(),
      },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('npm run dist stopped before building');
    expect(run.stderr).toContain('LECTERN_ELECTRON_DIST is not set.');
    expect(run.stdout).not.toContain('Preflight passed');
  });
});
