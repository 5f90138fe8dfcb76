// The electron-builder configuration as electron-builder itself loads, validates and matches files with it.
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Configuration } from 'electron-builder';
import { DebugLogger } from 'builder-util';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import * as fileMatcher from 'app-builder-lib/out/fileMatcher';
import type { FileMatcher } from 'app-builder-lib/out/fileMatcher';
import type { PlatformSpecificBuildOptions } from 'app-builder-lib';
import type { FilterStats } from 'builder-util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBuilderConfig } from '../../build/electron-builder.config';
import { requiredToolArchives, TARGETS_BY_HOST } from '../../build/toolset-archives';

const root = resolve(import.meta.dirname, '../..');
const CONFIG = 'build/electron-builder.config.ts';
/** A real file's stats, re-labelled with the module path electron-builder's node_modules walk sets. */
const fileStat = (moduleFullFilePath?: string): FilterStats =>
  Object.assign(
    statSync(join(root, 'package.json')),
    moduleFullFilePath === undefined ? {} : { moduleFullFilePath },
  );

/** electron-builder's matcher for node_modules files (exported at run time, not in its typings). */
const { getNodeModuleFileMatcher } = fileMatcher as unknown as {
  getNodeModuleFileMatcher: (
    appDir: string,
    destination: string,
    macroExpander: (s: string) => string,
    options: PlatformSpecificBuildOptions,
    packager: { config: Configuration; debugLogger: DebugLogger },
  ) => FileMatcher;
};
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\@]/g, '\\$&');

async function loadWithElectronBuilder(): Promise<Configuration> {
  return getConfig(root, CONFIG, null);
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('electron-builder configuration', () => {
  it('loads through electron-builder and passes its schema validation', async () => {
    vi.stubEnv('LECTERN_ELECTRON_DIST', '/offline/electron');
    const config = await loadWithElectronBuilder();
    expect(config.electronDist).toBe('/offline/electron');
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('refuses to load without the offline Electron folder (never falls back to a download)', async () => {
    vi.stubEnv('LECTERN_ELECTRON_DIST', '');
    await expect(loadWithElectronBuilder()).rejects.toThrow(/LECTERN_ELECTRON_DIST is not set/);
  });

  it('flips the fuses the security review asked for', () => {
    expect(createBuilderConfig({ electronDist: '/e' }).electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
  });

  it('registers the lectern:// deep-link scheme through the installers', () => {
    const config = createBuilderConfig({ electronDist: '/e' });
    expect(config.protocols).toEqual([{ name: 'Lectern provision link', schemes: ['lectern'] }]);
  });

  it('never publishes, packs into asar with native modules unpacked, and ships the corpus and fonts', () => {
    const config = createBuilderConfig({ electronDist: '/e' });
    expect(config.publish).toBeNull();
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['**/*.node']);
    expect(config.buildDependenciesFromSource).toBe(true);
    expect(config.extraResources).toEqual(
      expect.arrayContaining([
        { from: 'data/dist/corpus.sqlite', to: 'corpus.sqlite' },
        { from: 'data/dist/corpus.manifest.json', to: 'corpus.manifest.json' },
        expect.objectContaining({ from: 'node_modules/dejavu-fonts-ttf/ttf', to: 'fonts' }),
      ]),
    );
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string>
    >;
    expect({ ...pkg.dependencies, ...pkg.devDependencies }).not.toHaveProperty('electron-updater');
    expect(pkg.scripts!.dist).toBe('tsx build/dist.ts');
  });

  it('builds the targets of the issue with per-user Windows installs by default', () => {
    const config = createBuilderConfig({ electronDist: '/e' });
    expect(config.linux?.target).toEqual(['AppImage', 'deb', 'tar.gz']);
    expect(config.win?.target).toEqual(['nsis', 'portable']);
    expect(config.mac?.target).toEqual(['dmg', 'zip']);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      deleteAppDataOnUninstall: false,
    });
    expect(config.artifactName).toContain('${version}');
    expect(config.artifactName).toContain('${arch}');
    expect(TARGETS_BY_HOST).toEqual({
      linux: config.linux?.target,
      win32: config.win?.target,
      darwin: config.mac?.target,
    });
  });

  it('packs the bundles and leaves out tests, source maps, the test host and build leftovers', () => {
    const config = createBuilderConfig({ electronDist: '/e' });
    const [app] = fileMatcher.getFileMatchers(config, 'files', '/dest/app', {
      macroExpander: (s: string) => s,
      customBuildOptions: {},
      globalOutDir: join(root, 'release'),
      defaultSrc: root,
    })!;
    const appFilter = app!.createFilter();
    const packs = (rel: string): boolean => appFilter(join(root, rel), fileStat());
    const bundles = [
      'package.json',
      'out/main/index.js',
      // The core worker entry and the chunks it shares with main (electron.vite.config.ts).
      'out/main/core-worker.js',
      'out/main/chunks/contract-0a1b2c3d.js',
      // The parse worker the core starts per imported file, and pdf.js's worker module it loads for a PDF.
      'out/main/parse-worker.js',
      'out/main/chunks/pdf.worker-0a1b2c3d.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
    ];
    expect(bundles.filter(packs)).toEqual(bundles);
    expect(
      [
        'out/main/index.js.map',
        'out/host/index.js',
        'electron/host/server.ts',
        'electron/main/index.ts',
        'electron/app/worker/core-worker.ts',
        'test/build/fuse-wire.test.ts',
        'out/renderer/assets/view.test.js',
        'data/dist/corpus.sqlite',
        'README.md',
      ].filter(packs),
    ).toEqual([]);

    const modules = getNodeModuleFileMatcher(
      root,
      '/dest/app',
      (s: string) => s,
      {},
      {
        config,
        debugLogger: new DebugLogger(false),
      },
    );
    const moduleFilter = modules.createFilter();
    const ships = (rel: string): boolean => moduleFilter(join(root, rel), fileStat(rel));
    expect(ships('node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(true);
    expect(ships('node_modules/better-sqlite3/lib/database.js')).toBe(true);
    expect(ships('node_modules/pdfkit/js/pdfkit.js')).toBe(true);
    expect(ships('node_modules/bindings/bindings.js')).toBe(true);
    expect(
      [
        'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
        'node_modules/better-sqlite3/src/better_sqlite3.cpp',
        'node_modules/better-sqlite3/build/Release/test_extension.node',
        'node_modules/better-sqlite3/build/Release/obj.target/better_sqlite3.o',
        'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
        'node_modules/zod/v4/core/core.js.map',
        'node_modules/flexsearch/test/index.js',
        'node_modules/prebuild-install/download.js',
        'node_modules/simple-get/index.js',
      ].filter(ships),
    ).toEqual([]);
  });

  it("lists tool archives exactly as electron-builder's own sources name and hash them", () => {
    const config = createBuilderConfig({ electronDist: '/e' });
    expect(config.toolsets).toEqual({ appimage: '0.0.0', nsis: '0.0.0', winCodeSign: '0.0.0' });
    const sources = [
      'app-builder-lib/out/toolsets/linux.js',
      'app-builder-lib/out/toolsets/windows.js',
      'app-builder-lib/out/toolsets/7zip.js',
      'dmg-builder/out/dmgUtil.js',
    ]
      .map((f) => readFileSync(join(root, 'node_modules', f), 'utf8'))
      .join('\n');
    const archives = [
      ...requiredToolArchives('linux', 'x64', TARGETS_BY_HOST.linux!),
      ...requiredToolArchives('linux', 'arm64', TARGETS_BY_HOST.linux!),
      ...requiredToolArchives('win32', 'x64', TARGETS_BY_HOST.win32!),
      ...requiredToolArchives('darwin', 'arm64', TARGETS_BY_HOST.darwin!),
      ...requiredToolArchives('darwin', 'x64', TARGETS_BY_HOST.darwin!),
    ];
    expect(archives.length).toBeGreaterThan(8);
    for (const a of archives) {
      // The file name and its hash sit together in one statement of electron-builder's source.
      expect(sources, a.file).toMatch(new RegExp(`"${escape(a.file)}"[^;]{0,120}"${a.sha256}"`));
      expect(sources, a.releaseName).toMatch(new RegExp(`[\`"]${escape(a.releaseName)}`));
    }
  });
});
