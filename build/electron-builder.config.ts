// electron-builder configuration for the installers a security officer carries across the air gap.
// Kept as data (createBuilderConfig) so tests can check every security-relevant value; electron-builder
// loads the default export through `npm run dist` (build/dist.ts), never with a network fallback.
import type { Configuration } from 'electron-builder';
import { LecternError } from '../electron/core/errors';
import { afterAllArtifactBuild, afterPack } from './after-pack';
import type { FuseSettings } from './fuse-wire';
import { DEEP_LINK_SCHEME } from '../electron/shared/deep-link';

/** Environment variable naming the folder that holds the official Electron zip(s). */
const ELECTRON_DIST_ENV = 'LECTERN_ELECTRON_DIST';

/**
 * The fuses flipped in the packaged binary (https://www.electronjs.org/docs/latest/tutorial/fuses): no way to
 * run the binary as plain Node, no NODE_OPTIONS or inspector, code only from the integrity-checked app.asar.
 */
export const LECTERN_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false,
} as const satisfies FuseSettings;

/** Artifact names carry product, version, OS and arch, so one folder can hold every installer. */
const ARTIFACT_NAME = '${productName}-${version}-${os}-${arch}.${ext}';

/** Builds the configuration; `electronDist` is the folder holding electron-v<version>-<platform>-<arch>.zip. */
export function createBuilderConfig(options: { electronDist: string }): Configuration {
  return {
    appId: 'vn.lectern.reader',
    productName: 'Lectern',
    copyright: 'Lectern developers',
    // Deep links lectern://<docId>/<eId>: registered by the installers (Info.plist, the .desktop file's MimeType,
    // the NSIS installer), never by the app at run time; electron/main routes them to the reader.
    protocols: [{ name: 'Lectern provision link', schemes: [DEEP_LINK_SCHEME] }],
    artifactName: ARTIFACT_NAME,
    directories: { output: 'release', buildResources: 'build' },
    electronDist: options.electronDist,
    // Pinned toolsets: the archive names the preflight checks (build/toolset-archives.ts) stay exact.
    toolsets: { appimage: '0.0.0', nsis: '0.0.0', winCodeSign: '0.0.0' },
    // better-sqlite3 is rebuilt from source against the pre-seeded Electron headers: prebuild-install
    // would otherwise try to download a prebuilt binary.
    npmRebuild: true,
    buildDependenciesFromSource: true,
    nodeGypRebuild: false,
    publish: null,
    detectUpdateChannel: false,
    electronFuses: { ...LECTERN_FUSES, resetAdHocDarwinSignature: true },
    asar: true,
    asarUnpack: ['**/*.node'],
    files: [
      'package.json',
      'out/main/**',
      'out/preload/**',
      'out/renderer/**',
      '!out/host/**',
      '!electron/**',
      '!**/*.map',
      '!**/*.{test,spec}.{js,cjs,mjs,ts,tsx}',
      '!**/{test,tests,__tests__,__mocks__}/**',
      '!**/*.{ts,tsx,md,markdown}',
      '!**/node_modules/better-sqlite3/{deps,src,binding.gyp}/**',
      '!**/node_modules/better-sqlite3/{deps,src}',
      '!**/node_modules/better-sqlite3/build/{deps,Release/obj,Release/obj.target,Release/.deps}/**',
      '!**/node_modules/better-sqlite3/build/Release/{test_extension.node,*.a}',
      // better-sqlite3's install-time downloader and its HTTP client are never required at run time: leaving them
      // out keeps network code out of the installer.
      '!**/node_modules/{prebuild-install,simple-get,tunnel-agent}/**',
      // Fonts ship once, as plain files under resources/fonts (extraResources), not inside the asar.
      '!**/node_modules/dejavu-fonts-ttf/**',
    ],
    extraResources: [
      { from: 'data/dist/corpus.sqlite', to: 'corpus.sqlite' },
      { from: 'data/dist/corpus.manifest.json', to: 'corpus.manifest.json' },
      { from: 'node_modules/dejavu-fonts-ttf/ttf', to: 'fonts', filter: ['*.ttf'] },
      { from: 'node_modules/dejavu-fonts-ttf/LICENSE', to: 'fonts/LICENSE' },
    ],
    electronLanguages: ['en-US', 'vi'],
    afterPack,
    afterAllArtifactBuild,
    // Debian packages require a maintainer and a homepage; Lectern has no website, so a reserved
    // `.invalid` name (RFC 2606) makes clear there is nothing to visit.
    extraMetadata: { homepage: 'https://lectern.invalid/' },
    linux: {
      target: ['AppImage', 'deb', 'tar.gz'],
      icon: 'build/icons',
      category: 'Office',
      executableName: 'lectern',
      maintainer: 'Lectern developers <lectern@lectern.invalid>',
      synopsis: 'Offline reader for Decree 63/2020/ND-CP',
    },
    deb: { packageCategory: 'text', priority: 'optional' },
    win: { target: ['nsis', 'portable'], icon: 'build/icon.ico' },
    nsis: {
      // Per-user by default (no administrator needed); the officer may choose "all users" instead.
      oneClick: false,
      perMachine: false,
      allowElevation: true,
      allowToChangeInstallationDirectory: true,
      deleteAppDataOnUninstall: false,
      differentialPackage: false,
      artifactName: '${productName}-${version}-win-${arch}-setup.${ext}',
    },
    portable: { artifactName: '${productName}-${version}-win-${arch}-portable.${ext}' },
    mac: {
      target: ['dmg', 'zip'],
      icon: 'build/icon.icns',
      category: 'public.app-category.reference',
      hardenedRuntime: true,
    },
    dmg: { writeUpdateInfo: false },
  };
}

/** The entry electron-builder calls; refuses to run without the offline Electron zip folder. */
export default function builderConfig(): Configuration {
  const electronDist = process.env[ELECTRON_DIST_ENV];
  if (electronDist === undefined || electronDist.trim() === '') {
    throw new LecternError(
      'INVALID_INPUT',
      `${ELECTRON_DIST_ENV} is not set. Run \`npm run dist\`, which checks the offline inputs first (see README, "Building installers offline").`,
    );
  }
  return createBuilderConfig({ electronDist });
}
