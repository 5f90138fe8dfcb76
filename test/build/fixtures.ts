// Small synthetic builds for the packaging tests: a fake Electron binary that carries a real fuse wire, and an
// unpacked Linux app whose app.asar is made by @electron/asar exactly as electron-builder makes it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createPackageWithOptions } from '@electron/asar';

/** A fresh temp folder under the OS temp dir. */
export function tempDir(prefix = 'lectern-build-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes a file, creating its folders. */
export function put(path: string, content: string | Buffer = 'x'): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** Fuse bytes as the characters of the wire, e.g. '01001100' — one character per fuse in FuseV1 order. */
export function fakeElectronBinary(
  wire: string,
  options: { version?: number; copies?: number } = {},
): Buffer {
  const parts: Buffer[] = [Buffer.from('\x7fELF fake electron binary\0'.repeat(40), 'latin1')];
  for (let i = 0; i < (options.copies ?? 1); i++) {
    parts.push(Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX', 'latin1'));
    parts.push(Buffer.from([options.version ?? 1, wire.length]));
    parts.push(Buffer.from(wire, 'latin1'));
    parts.push(Buffer.from('\0trailing code and data\0'.repeat(20), 'latin1'));
  }
  return Buffer.concat(parts);
}

/**
 * The wire our configuration should produce, written out by hand in FuseV1 order: RunAsNode 0, CookieEncryption 1,
 * NodeOptions 0, Inspect 0, AsarIntegrity 1, OnlyLoadAppFromAsar 1, V8Snapshot (not configured) 0, FileProtocol 0.
 */
export const GOOD_WIRE = '01001100';

/** What the app folder (before packing into app.asar) holds, path → content. */
export type AppFiles = Record<string, string>;

/** The corpus hash of the synthetic builds: in their manifest and compiled into their core worker bundle. */
export const FIXTURE_CORPUS_SHA256 = 'c0ffee'.repeat(10) + 'c0ff';

/** A clean app: bundles (the core worker carrying the corpus pin), package.json and better-sqlite3. */
export const CLEAN_APP: AppFiles = {
  'package.json': '{"name":"lectern","main":"out/main/index.js"}',
  'out/main/index.js': 'console.log("main")',
  'out/main/core-worker.js': `const COMPILED_CORPUS_SHA256 = "${FIXTURE_CORPUS_SHA256}";`,
  'out/preload/index.cjs': 'module.exports = {}',
  'out/renderer/index.html': '<!doctype html><title>Lectern</title>',
  'node_modules/better-sqlite3/lib/index.js': 'module.exports = {}',
  'node_modules/better-sqlite3/build/Release/better_sqlite3.node': '\x7fELF native',
};

/** Packs `files` into resourcesDir/app.asar, leaving files matching `unpack` in app.asar.unpacked. */
export async function packAsar(resourcesDir: string, files: AppFiles, unpack = '*.node'): Promise<string> {
  const src = tempDir('lectern-app-src-');
  for (const [path, content] of Object.entries(files)) put(join(src, path), content);
  const archive = join(resourcesDir, 'app.asar');
  mkdirSync(resourcesDir, { recursive: true });
  await createPackageWithOptions(src, archive, { unpack });
  return archive;
}

/** Options for an unpacked Linux build fixture. */
export interface UnpackedOptions {
  wire?: string;
  app?: AppFiles;
  unpack?: string;
  extra?: Record<string, string>;
}

/** Builds release/linux-unpacked with binary, resources (asar, corpus, fonts) and returns its path. */
export async function makeLinuxUnpacked(releaseDir: string, options: UnpackedOptions = {}): Promise<string> {
  const dir = join(releaseDir, 'linux-unpacked');
  put(join(dir, 'lectern'), fakeElectronBinary(options.wire ?? GOOD_WIRE));
  const resources = join(dir, 'resources');
  await packAsar(resources, options.app ?? CLEAN_APP, options.unpack);
  put(join(resources, 'corpus.sqlite'), 'SQLite format 3\0');
  put(join(resources, 'corpus.manifest.json'), JSON.stringify({ sha256: FIXTURE_CORPUS_SHA256 }));
  put(join(resources, 'fonts/DejaVuSans.ttf'), 'font');
  for (const [path, content] of Object.entries(options.extra ?? {})) put(join(resources, path), content);
  return dir;
}
