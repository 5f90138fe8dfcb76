// The afterPack and afterAllArtifactBuild hooks on synthetic unpacked apps and artifacts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildResult } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { afterAllArtifactBuild, checkPackedApp, resourcesDirOf } from '../../build/after-pack';
import { parseSha256Sums, verifySha256Sums } from '../../build/sha256sums';
import { CLEAN_APP, makeLinuxUnpacked, put, tempDir } from './fixtures';

describe('afterPack', () => {
  it('removes default_app.asar and accepts a clean app', async () => {
    const dir = await makeLinuxUnpacked(tempDir(), { extra: { 'default_app.asar': 'electron sample app' } });
    const resources = resourcesDirOf(dir, 'linux', 'Lectern');
    expect(existsSync(join(resources, 'default_app.asar'))).toBe(true);
    checkPackedApp(resources);
    expect(existsSync(join(resources, 'default_app.asar'))).toBe(false);
  });

  it('fails the build naming every offending entry', async () => {
    const dir = await makeLinuxUnpacked(tempDir(), {
      app: { ...CLEAN_APP, 'out/renderer/assets/index.js.map': '{}', 'electron/host/server.js': 'x' },
    });
    const run = (): void => {
      checkPackedApp(join(dir, 'resources'));
    };
    expect(run).toThrow(/\/out\/renderer\/assets\/index\.js\.map \(source-map/);
    expect(run).toThrow(/\/electron\/host\/server\.js \(test-host/);
    expect(run).toThrow(expect.objectContaining({ code: 'CORRUPT' }) as Error);
  });

  it('places macOS resources inside the .app bundle', () => {
    expect(resourcesDirOf('/o/mac-arm64', 'darwin', 'Lectern')).toBe(
      '/o/mac-arm64/Lectern.app/Contents/Resources',
    );
    expect(resourcesDirOf('/o/win-unpacked', 'win32', 'Lectern')).toBe('/o/win-unpacked/resources');
  });
});

describe('SHA256SUMS', () => {
  it('lists every artifact in a format sha256sum -c accepts', async () => {
    const out = tempDir();
    const files = [
      put(join(out, 'Lectern-0.1.0-win-x64-setup.exe'), 'setup'),
      put(join(out, 'Lectern 0.1.0.zip'), 'zip'),
    ];
    const written = await afterAllArtifactBuild({ outDir: out, artifactPaths: files } as BuildResult);
    expect(written).toEqual([join(out, 'SHA256SUMS')]);
    expect(parseSha256Sums(readFileSync(written[0]!, 'utf8')).map((e) => e.name)).toEqual([
      'Lectern 0.1.0.zip',
      'Lectern-0.1.0-win-x64-setup.exe',
    ]);
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' });
    expect(check.stdout).toContain('Lectern-0.1.0-win-x64-setup.exe: OK');
    expect(check.status).toBe(0);
  });

  it('reports altered, missing and out-of-folder entries', async () => {
    const out = tempDir();
    put(join(out, 'a.deb'), 'a');
    put(join(out, 'b.AppImage'), 'b');
    const good = 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb'; // sha256("a")
    writeFileSync(
      join(out, 'SHA256SUMS'),
      `${good} *a.deb\n${good} *b.AppImage\n${good} *gone.dmg\n${good} *../etc/passwd\n`,
    );
    const problems = await verifySha256Sums(join(out, 'SHA256SUMS'));
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      /^b\.AppImage: SHA-256 is 3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d/,
    );
    expect(problems[1]).toBe('gone.dmg: listed in SHA256SUMS but missing');
    expect(problems[2]).toMatch(/^\.\.\/etc\/passwd: refuses a path outside/);
    writeFileSync(join(out, 'SHA256SUMS'), 'not a checksum line\n');
    await expect(verifySha256Sums(join(out, 'SHA256SUMS'))).rejects.toThrow(/line 1 is not/);
  });
});
