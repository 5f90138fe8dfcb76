// electron-builder's tool archives per host and target, as electron-builder 26 (with the toolsets pinned in
// our config) looks them up in its cache: <cache>/<releaseName>/<file>. Seeding them there is what lets a
// build run with no network; the preflight checks them so a missing one is named, not downloaded.
import { homedir, tmpdir } from 'node:os';
import { join, parse } from 'node:path';

/** One archive electron-builder needs, with the SHA-256 it will insist on (else it deletes and re-downloads). */
export interface ToolArchive {
  releaseName: string;
  file: string;
  sha256: string;
  usedFor: string;
}

/** The targets `npm run dist` builds on each host OS (cross-building native modules is not possible). */
export const TARGETS_BY_HOST: Partial<Record<NodeJS.Platform, readonly string[]>> = {
  linux: ['AppImage', 'deb', 'tar.gz'],
  win32: ['nsis', 'portable'],
  darwin: ['dmg', 'zip'],
};

const SEVEN_ZIP: Record<string, [string, string]> = {
  'linux-x64': ['7zip-linux-x64.tar.gz', 'd151bb44b2a9d9bfc52813ce4cac042916394a0ab8a56bd5d221a5dc9ef8d5d7'],
  'linux-arm64': [
    '7zip-linux-arm64.tar.gz',
    '5aff5034206b78f8261249ceb922b5c7e04c9bdb733784d8f5b6df9732cf1f79',
  ],
  'win32-x64': ['7zip-win-x64.tar.gz', 'be071f15bd6da2f78fe81c6ddef2009b0c4d8a51f36b780cb806c7e6df95e1b3'],
  'win32-arm64': [
    '7zip-win-arm64.tar.gz',
    'ac3f38f96ce7498096a123bb0862dd6db863a7353c9e9e1c15f73c183adf6620',
  ],
  'darwin-x64': [
    '7zip-darwin-x86_64.tar.gz',
    '496a341abe210aae1a25bc202ee97f6de6c76a3dc80f91d96616be05502d72c1',
  ],
  'darwin-arm64': [
    '7zip-darwin-arm64.tar.gz',
    '496a341abe210aae1a25bc202ee97f6de6c76a3dc80f91d96616be05502d72c1',
  ],
};

const FPM: Record<string, [string, string]> = {
  x64: [
    'fpm-1.17.0-ruby-3.4.3-linux-amd64.7z',
    '44b0ec6025c14ec137f56180e62675c0eae36233cdce53d0953d9c73ced8989f',
  ],
  arm64: [
    'fpm-1.17.0-ruby-3.4.3-linux-arm64v8.7z',
    '338b50cfa7f12d745a997d1a3d000bcd0410008050fa7d8c4476a78a61c0564e',
  ],
};

const DMGBUILD: Record<string, [string, string]> = {
  x64: [
    'dmgbuild-bundle-x86_64-75c8a6c.tar.gz',
    '1664972f9cc2d6e8fce3b63e42cd30078aff602669c5856939c4519921200433',
  ],
  arm64: [
    'dmgbuild-bundle-arm64-75c8a6c.tar.gz',
    '793404d0c96687e27d5ee40a668d498c92e36a64d6c2906df511031adb33cbeb',
  ],
};

const archive = (releaseName: string, [file, sha256]: [string, string], usedFor: string): ToolArchive => ({
  releaseName,
  file,
  sha256,
  usedFor,
});

function pick(table: Record<string, [string, string]>, key: string, what: string): [string, string] {
  const found = table[key];
  if (!found) throw new Error(`No ${what} tool archive is known for ${key}; build on x64 or arm64.`);
  return found;
}

/** The tool archives a build on this host needs for the given targets. */
export function requiredToolArchives(
  host: NodeJS.Platform,
  hostArch: string,
  targets: readonly string[],
): ToolArchive[] {
  const needed = [
    archive('7zip@1.0.0', pick(SEVEN_ZIP, `${host}-${hostArch}`, '7-Zip'), 'unpacking tools, zip/tar.gz'),
  ];
  const has = (t: string): boolean => targets.includes(t);
  if (host === 'linux' && has('AppImage')) {
    needed.push(
      archive(
        'appimage-12.0.1',
        ['appimage-12.0.1.7z', 'd12ff7eb8f1d1ec4652ca5237a7fbdca33acc0c758045636feca62dc6ecb8ec4'],
        'AppImage',
      ),
    );
  }
  if (host === 'linux' && has('deb')) needed.push(archive('fpm@2.1.4', pick(FPM, hostArch, 'fpm'), 'deb'));
  if (host === 'win32' && (has('nsis') || has('portable'))) {
    needed.push(
      archive(
        'nsis-3.0.4.1',
        ['nsis-3.0.4.1.7z', '9877df902530f96357d13a7a31ae2b9df67f48b11ffc9a1700a7c961574ec5fa'],
        'nsis, portable',
      ),
      archive(
        'nsis-resources-3.4.1',
        ['nsis-resources-3.4.1.7z', '593a9a92ef958321293ac6a2ee61e64bf1bd543142a5bd6b3d310709cc924103'],
        'nsis, portable',
      ),
    );
  }
  if (host === 'win32') {
    needed.push(
      archive(
        'winCodeSign-2.6.0',
        ['winCodeSign-2.6.0.7z', 'cdaec7154dda7cc31f88d886e2489379a0625a737d610b5ae7f62a12f16743a4'],
        'rcedit (icon and version info of Lectern.exe)',
      ),
    );
  }
  if (host === 'darwin' && has('dmg')) {
    needed.push(archive('dmg-builder@1.2.5', pick(DMGBUILD, hostArch, 'dmgbuild'), 'dmg'));
  }
  return needed;
}

/** electron-builder's cache folder, resolved the way electron-builder 26 resolves it. */
export function electronBuilderCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const fromEnv = env.ELECTRON_BUILDER_CACHE?.trim();
  if (fromEnv && parse(fromEnv).root) return fromEnv;
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'electron-builder');
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA?.trim();
    return local ? join(local, 'electron-builder', 'Cache') : join(tmpdir(), 'electron-builder-cache');
  }
  const xdg = env.XDG_CACHE_HOME;
  return xdg && parse(xdg).root ? join(xdg, 'electron-builder') : join(home, '.cache', 'electron-builder');
}
