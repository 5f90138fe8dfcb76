// Checks a packaged app's resources folder: what app.asar holds, what sits beside it, and what must not.
// The afterPack hook and verify:dist both call it, so a build that passes afterPack passes these checks too.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { extractFile, listPackage, uncache } from '@electron/asar';
import { findAsarViolations } from './asar-rules';

/** The outcome of one named check; `problems` is empty when it passed. */
export interface CheckResult {
  check: string;
  problems: string[];
}

/** Files that `extraResources` must place beside app.asar (the corpus is opened from there, read-only). */
const REQUIRED_EXTRA_RESOURCES = ['corpus.sqlite', 'corpus.manifest.json'] as const;

/** Where the DejaVu fonts used by PDF export are shipped, relative to the resources folder. */
const FONTS_RESOURCE_DIR = 'fonts';

/** The better-sqlite3 binary that asarUnpack must leave on disk. */
const NATIVE_SQLITE_FILE = 'better_sqlite3.node';

/** One entry of an asar listing, with whether its bytes live in app.asar.unpacked. */
interface AsarEntry {
  path: string;
  unpacked: boolean;
}

/** Lists app.asar with @electron/asar, keeping the pack/unpack state of each entry. */
function listAsar(archive: string): AsarEntry[] {
  uncache(archive); // the module caches headers by path; a rebuilt archive at the same path must be re-read
  return listPackage(archive, { isPack: true }).map((line) => {
    const [, state, path] = /^(unpack|pack) *: (.*)$/.exec(line) ?? [];
    if (path === undefined) return { path: line, unpacked: false };
    return { path: path.split(sep).join('/'), unpacked: state === 'unpack' };
  });
}

function walkFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => relative(dir, join(dir, name)).split(sep).join('/'));
}

function checkAsar(resourcesDir: string): CheckResult {
  const archive = join(resourcesDir, 'app.asar');
  if (!existsSync(archive)) return { check: 'app.asar contents', problems: [`${archive} is missing`] };
  const entries = listAsar(archive);
  // The listing names folders too; report only files, so one stray folder is one line, not one per parent.
  const folders = new Set(entries.map((e) => posix.dirname(e.path)));
  const packedFiles = entries.filter((e) => !e.unpacked && !folders.has(e.path)).map((e) => e.path);
  const problems = findAsarViolations(packedFiles).map(
    (v) => `app.asar holds ${v.entry} (${v.rule}: ${v.why})`,
  );
  return { check: 'app.asar contents', problems };
}

function checkUnpacked(resourcesDir: string): CheckResult {
  const unpackedDir = join(resourcesDir, 'app.asar.unpacked');
  const files = walkFiles(unpackedDir);
  const problems: string[] = [];
  if (!files.some((f) => f.endsWith(`/${NATIVE_SQLITE_FILE}`) || f === NATIVE_SQLITE_FILE)) {
    problems.push(`${NATIVE_SQLITE_FILE} is not in ${unpackedDir} (asarUnpack must cover **/*.node)`);
  }
  // Unpacked files follow the same rules as packed ones, except that native modules belong here.
  for (const v of findAsarViolations(files)) {
    if (v.rule !== 'native-module') problems.push(`app.asar.unpacked holds ${v.entry} (${v.rule}: ${v.why})`);
  }
  return { check: 'app.asar.unpacked', problems };
}

function checkForbiddenFiles(resourcesDir: string): CheckResult {
  const forbidden: Record<string, string> = {
    'default_app.asar': "Electron's sample app, a second app the binary could load",
    'app-update.yml': 'auto-update configuration: Lectern never updates itself over a network',
    'dev-app-update.yml': 'auto-update configuration: Lectern never updates itself over a network',
  };
  const problems = Object.entries(forbidden)
    .filter(([name]) => existsSync(join(resourcesDir, name)))
    .map(([name, why]) => `${name} is present (${why})`);
  return { check: 'no default app, no updater', problems };
}

function checkExtraResources(resourcesDir: string): CheckResult {
  const problems: string[] = REQUIRED_EXTRA_RESOURCES.filter(
    (name) => !existsSync(join(resourcesDir, name)),
  ).map(
    (name) =>
      `${name} is missing beside app.asar (extraResources; run \`npm run build:data\` before packaging)`,
  );
  const fonts = walkFiles(join(resourcesDir, FONTS_RESOURCE_DIR)).filter((f) => f.endsWith('.ttf'));
  if (fonts.length === 0)
    problems.push(`${FONTS_RESOURCE_DIR}/ holds no .ttf font (extraResources from dejavu-fonts-ttf)`);
  return { check: 'extra resources', problems };
}

/** The main-process bundles inside app.asar where electron-vite compiles the corpus pin. */
const MAIN_BUNDLE = /^\/?out\/main\/[^/]+\.js$/u;

function manifestSha256(resourcesDir: string): string | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(resourcesDir, 'corpus.manifest.json'), 'utf8'));
    const sha = typeof parsed === 'object' && parsed !== null && 'sha256' in parsed ? parsed.sha256 : null;
    return typeof sha === 'string' && /^[0-9a-f]{64}$/u.test(sha) ? sha : null;
  } catch {
    return null;
  }
}

// The app refuses a corpus whose hash is not the one compiled into it, so a build that ships a corpus other than
// the one its bundles were compiled with would refuse to start: catch that here, before anyone installs it.
function checkCorpusPin(resourcesDir: string): CheckResult {
  const check = 'corpus pin';
  const archive = join(resourcesDir, 'app.asar');
  const sha = manifestSha256(resourcesDir);
  if (sha === null)
    return { check, problems: ['corpus.manifest.json has no SHA-256 to compare with the app'] };
  if (!existsSync(archive)) return { check, problems: [`${archive} is missing`] };
  const bundles = listAsar(archive).filter((e) => MAIN_BUNDLE.test(e.path));
  const pinned = bundles.some((e) =>
    extractFile(archive, e.path.replace(/^\//u, '')).toString('latin1').includes(`"${sha}"`),
  );
  return pinned
    ? { check, problems: [] }
    : {
        check,
        problems: [
          `no main bundle in app.asar carries the corpus SHA-256 ${sha.slice(0, 12)}… of corpus.manifest.json ` +
            '(rebuild with `npm run build` after `npm run build:data`, then package again)',
        ],
      };
}

/** Runs every resources-folder check; the build is acceptable only when all come back without problems. */
export function inspectResources(resourcesDir: string): CheckResult[] {
  return [
    checkAsar(resourcesDir),
    checkUnpacked(resourcesDir),
    checkForbiddenFiles(resourcesDir),
    checkExtraResources(resourcesDir),
    checkCorpusPin(resourcesDir),
  ];
}
