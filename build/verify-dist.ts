// `npm run verify:dist <unpacked-dir>`: checks a finished build without running it — fuse bytes in the binary,
// what app.asar holds, what sits beside it, and SHA256SUMS — and reports every failed check, not just the first.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isLecternError } from '../electron/core/errors';
import { LECTERN_FUSES } from './electron-builder.config';
import { compareFuseWire, readFuseWires } from './fuse-wire';
import type { FuseSettings } from './fuse-wire';
import { inspectResources } from './inspect-resources';
import type { CheckResult } from './inspect-resources';
import { SHA256SUMS_FILE, verifySha256Sums } from './sha256sums';

/** Where the fuse-carrying binary and the resources folder are inside an unpacked build. */
interface DistLayout {
  binary: string;
  resourcesDir: string;
}

/** Executable names Lectern's configuration produces on Linux and Windows. */
const EXECUTABLES = ['lectern', 'Lectern.exe', 'Lectern'];

/** Finds the binary and resources of linux-unpacked / win-unpacked folders or a macOS .app (or its folder). */
function locateLayout(dir: string): DistLayout | null {
  const app = dir.endsWith('.app') ? dir : readdirSafe(dir).find((n) => n.endsWith('.app'));
  if (app !== undefined) {
    const appDir = app === dir ? dir : join(dir, app);
    return {
      // On macOS the fuse wire lives in the framework, not in the small launcher executable.
      binary: join(appDir, 'Contents/Frameworks/Electron Framework.framework/Electron Framework'),
      resourcesDir: join(appDir, 'Contents/Resources'),
    };
  }
  const executable = EXECUTABLES.find((name) => existsSync(join(dir, name)));
  if (executable === undefined || !existsSync(join(dir, 'resources'))) return null;
  return { binary: join(dir, executable), resourcesDir: join(dir, 'resources') };
}

function readdirSafe(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

function checkFuses(binary: string, fuses: FuseSettings): CheckResult {
  if (!existsSync(binary)) return { check: 'fuses', problems: [`${binary} is missing`] };
  try {
    const wires = readFuseWires(readFileSync(binary));
    return { check: 'fuses', problems: wires.flatMap((w) => compareFuseWire(w, fuses)) };
  } catch (error) {
    if (isLecternError(error)) return { check: 'fuses', problems: [`${basename(binary)}: ${error.message}`] };
    throw error;
  }
}

/** SHA256SUMS is written beside the installers: the unpacked folder's parent (or grandparent for a .app). */
function findSums(dir: string): string | null {
  const candidates = [dirname(dir), dirname(dirname(dir))].map((d) => join(d, SHA256SUMS_FILE));
  return candidates.find((c) => existsSync(c)) ?? null;
}

async function checkSums(sumsPath: string | null, dir: string): Promise<CheckResult> {
  if (sumsPath === null || !existsSync(sumsPath)) {
    return {
      check: SHA256SUMS_FILE,
      problems: [`no ${SHA256SUMS_FILE} beside the artifacts of ${dir} (use --sums FILE)`],
    };
  }
  try {
    return { check: SHA256SUMS_FILE, problems: await verifySha256Sums(sumsPath) };
  } catch (error) {
    if (isLecternError(error)) return { check: SHA256SUMS_FILE, problems: [error.message] };
    throw error;
  }
}

/** Options of verifyDist; the defaults are what `npm run dist` is configured to produce. */
interface VerifyOptions {
  fuses?: FuseSettings;
  sumsPath?: string | null;
}

/** Runs every check on an unpacked build; the build is good only when every result has no problems. */
export async function verifyDist(dir: string, options: VerifyOptions = {}): Promise<CheckResult[]> {
  const layout = locateLayout(dir);
  if (layout === null) {
    return [
      {
        check: 'layout',
        problems: [
          `${dir} is not an unpacked Lectern build (no ${EXECUTABLES.join('/')} + resources/, no .app)`,
        ],
      },
    ];
  }
  return [
    checkFuses(layout.binary, options.fuses ?? LECTERN_FUSES),
    ...inspectResources(layout.resourcesDir),
    await checkSums(options.sumsPath === undefined ? findSums(dir) : options.sumsPath, dir),
  ];
}

/** Renders results as a checklist for the terminal. */
function formatResults(results: readonly CheckResult[]): string {
  return results
    .map((r) =>
      r.problems.length === 0
        ? `PASS  ${r.check}`
        : [`FAIL  ${r.check}`, ...r.problems.map((p) => `      - ${p}`)].join('\n'),
    )
    .join('\n');
}

/** CLI entry: exit code 0 when every check passes, 1 when any fails, 2 on wrong usage. */
export async function main(argv: readonly string[]): Promise<number> {
  const args = [...argv];
  const sumsAt = args.indexOf('--sums');
  const sumsPath = sumsAt === -1 ? undefined : args.splice(sumsAt, 2)[1];
  const [dir, ...rest] = args;
  if (dir === undefined || rest.length > 0 || (sumsAt !== -1 && sumsPath === undefined)) {
    process.stderr.write('usage: npm run verify:dist -- <unpacked-dir> [--sums <SHA256SUMS>]\n');
    return 2;
  }
  const results = await verifyDist(
    resolve(dir),
    sumsPath === undefined ? {} : { sumsPath: resolve(sumsPath) },
  );
  const failed = results.filter((r) => r.problems.length > 0).length;
  process.stdout.write(`${formatResults(results)}\n`);
  process.stdout.write(
    failed === 0 ? 'verify:dist: all checks passed\n' : `verify:dist: ${failed} check(s) failed\n`,
  );
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = await main(process.argv.slice(2));
}
