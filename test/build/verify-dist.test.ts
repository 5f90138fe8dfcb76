// verify:dist on synthetic builds: a clean one passes; a tampered one fails every check, each reported.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSha256Sums } from '../../build/sha256sums';
import { main, verifyDist } from '../../build/verify-dist';
import { CLEAN_APP, makeLinuxUnpacked, put, tempDir } from './fixtures';

async function release(
  options: Parameters<typeof makeLinuxUnpacked>[1] = {},
): Promise<{ dir: string; rel: string }> {
  const rel = tempDir();
  const dir = await makeLinuxUnpacked(rel, options);
  put(join(rel, 'Lectern-0.1.0-linux-x86_64.AppImage'), 'appimage bytes');
  put(join(rel, 'Lectern-0.1.0-linux-amd64.deb'), 'deb bytes');
  await writeSha256Sums(rel, ['Lectern-0.1.0-linux-x86_64.AppImage', 'Lectern-0.1.0-linux-amd64.deb']);
  return { dir, rel };
}

const failedChecks = (results: { check: string; problems: string[] }[]): string[] =>
  results.filter((r) => r.problems.length > 0).map((r) => r.check);

describe('verify:dist', () => {
  it('passes a clean build, and sha256sum agrees with the SHA256SUMS it checked', async () => {
    const { dir, rel } = await release();
    const results = await verifyDist(dir);
    expect(results.map((r) => r.check)).toEqual([
      'fuses',
      'app.asar contents',
      'app.asar.unpacked',
      'no default app, no updater',
      'extra resources',
      'corpus pin',
      'SHA256SUMS',
    ]);
    expect(failedChecks(results)).toEqual([]);
    expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: rel, encoding: 'utf8' }).status).toBe(0);
    expect(await main([dir])).toBe(0);
  });

  it('fails every check of a tampered build and reports each problem', async () => {
    const { dir, rel } = await release({
      wire: '11001000', // RunAsNode on, OnlyLoadAppFromAsar off
      unpack: 'nothing-unpacked', // better_sqlite3.node packed inside the asar instead of beside it
      app: {
        ...CLEAN_APP,
        'out/main/index.js.map': '{}',
        'out/host/server.js': 'listen()',
        'test/core/search.test.js': 'it()',
      },
      extra: { 'default_app.asar': 'sample', 'app-update.yml': 'provider: generic' },
    });
    appendFileSync(join(rel, 'Lectern-0.1.0-linux-amd64.deb'), 'tampered');
    writeFileSync(join(dir, 'resources/corpus.manifest.json'), '{}');
    const results = await verifyDist(dir);
    expect(failedChecks(results)).toEqual([
      'fuses',
      'app.asar contents',
      'app.asar.unpacked',
      'no default app, no updater',
      'corpus pin',
      'SHA256SUMS',
    ]);
    const all = results.flatMap((r) => r.problems).join('\n');
    for (const expected of [
      'fuse runAsNode is enabled',
      'fuse onlyLoadAppFromAsar is disabled',
      'app.asar holds /node_modules/better-sqlite3/build/Release/better_sqlite3.node (native-module',
      'app.asar holds /out/main/index.js.map (source-map',
      'app.asar holds /out/host/server.js (test-host',
      'app.asar holds /test/core/search.test.js (test',
      'better_sqlite3.node is not in',
      'default_app.asar is present',
      'app-update.yml is present',
      'corpus.manifest.json has no SHA-256',
      'Lectern-0.1.0-linux-amd64.deb: SHA-256 is',
    ]) {
      expect(all).toContain(expected);
    }
    expect(all).not.toContain('AppImage');
    expect(await main([dir])).toBe(1);
  });

  it('reports missing corpus, fonts and SHA256SUMS', async () => {
    const rel = tempDir();
    const dir = await makeLinuxUnpacked(rel);
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'resources/corpus.sqlite'));
    rmSync(join(dir, 'resources/fonts'), { recursive: true });
    const results = await verifyDist(dir);
    expect(failedChecks(results)).toEqual(['extra resources', 'SHA256SUMS']);
    expect(results.find((r) => r.check === 'extra resources')!.problems).toEqual([
      expect.stringContaining('corpus.sqlite is missing') as string,
      expect.stringContaining('fonts/ holds no .ttf') as string,
    ]);
  });

  it('fails a build whose corpus is not the one its bundles were compiled with', async () => {
    const { dir } = await release();
    const other = 'ab'.repeat(32);
    writeFileSync(join(dir, 'resources/corpus.manifest.json'), JSON.stringify({ sha256: other }));
    const results = await verifyDist(dir);
    expect(failedChecks(results)).toEqual(['corpus pin']);
    expect(results.find((r) => r.check === 'corpus pin')!.problems).toEqual([
      expect.stringContaining(`corpus SHA-256 ${other.slice(0, 12)}`) as string,
    ]);
  });

  it('finds the fuse wire of a macOS app in its framework', async () => {
    const rel = tempDir();
    const linux = await makeLinuxUnpacked(rel);
    const app = join(rel, 'mac', 'Lectern.app');
    const { cpSync, readFileSync } = await import('node:fs');
    cpSync(join(linux, 'resources'), join(app, 'Contents/Resources'), { recursive: true });
    put(join(app, 'Contents/MacOS/Lectern'), 'launcher without fuses');
    put(
      join(app, 'Contents/Frameworks/Electron Framework.framework/Electron Framework'),
      readFileSync(join(linux, 'lectern')),
    );
    await writeSha256Sums(rel, [put(join(rel, 'Lectern-0.1.0-mac-arm64.dmg'), 'dmg')]);
    expect(failedChecks(await verifyDist(join(rel, 'mac')))).toEqual([]);
    expect(failedChecks(await verifyDist(app))).toEqual([]);
  });

  it('exits 2 on wrong usage and names a folder that is not a build', async () => {
    expect(await main([])).toBe(2);
    const empty = tempDir();
    const results = await verifyDist(empty);
    expect(results).toEqual([
      { check: 'layout', problems: [expect.stringContaining('not an unpacked Lectern build')] },
    ]);
    expect(existsSync(empty)).toBe(true);
  });
});
