// Checks every offline input of `npm run dist` before anything slow starts, so a missing Electron zip,
// header set or tool archive is reported by name and place, never discovered as a network time-out.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sha256File } from './sha256sums';
import type { ToolArchive } from './toolset-archives';

/** What the preflight needs to know about the build machine; tests pass temp folders. */
export interface PreflightInput {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  arch: string;
  home: string;
  electronVersion: string;
  /** The `electron` package's checksums.json: file name → SHA-256 hex. */
  electronChecksums: Record<string, string>;
  /** node-gyp's `installVersion`: the header layout version node-gyp accepts without re-downloading. */
  nodeGypInstallVersion: number;
  /** Electron's native-module ABI (node_modules/electron/abi_version). */
  electronAbi: number;
  toolCacheDir: string;
  toolArchives: readonly ToolArchive[];
}

/** One missing or wrong input, with the fix spelled out. */
interface PreflightProblem {
  what: string;
  fix: string;
}

/** Which header folder node-gyp must use, and how it is told (npm_config_nodedir or its devdir). */
interface HeadersChoice {
  dir: string;
  via: 'nodedir' | 'devdir';
}

/** What the build will use once the preflight passes. */
interface PreflightResult {
  problems: PreflightProblem[];
  electronZip: string | null;
  headers: HeadersChoice | null;
}

/** The official Electron zip name electron-builder looks for inside electronDist. */
function electronZipName(version: string, platform: string, arch: string): string {
  return `electron-v${version}-${platform}-${arch}.zip`;
}

async function checkElectronZip(input: PreflightInput, problems: PreflightProblem[]): Promise<string | null> {
  const zipName = electronZipName(input.electronVersion, input.platform, input.arch);
  const folder = input.env.LECTERN_ELECTRON_DIST?.trim();
  const putIt = `Copy the official ${zipName} (Electron's release page, same version as node_modules/electron) into a folder and set LECTERN_ELECTRON_DIST to that folder.`;
  if (!folder) {
    problems.push({ what: 'LECTERN_ELECTRON_DIST is not set.', fix: putIt });
    return null;
  }
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    problems.push({ what: `LECTERN_ELECTRON_DIST=${folder} is not a folder.`, fix: putIt });
    return null;
  }
  const zip = join(folder, zipName);
  if (!existsSync(zip)) {
    problems.push({ what: `${zipName} is not in ${folder}.`, fix: putIt });
    return null;
  }
  const expected = input.electronChecksums[zipName];
  if (expected === undefined) {
    problems.push({
      what: `node_modules/electron/checksums.json has no entry for ${zipName}.`,
      fix: 'Build on a platform and architecture Electron publishes (see checksums.json).',
    });
    return null;
  }
  const actual = await sha256File(zip);
  if (actual !== expected) {
    problems.push({
      what: `${zip} has SHA-256 ${actual}, but the electron package's checksums.json says ${expected}.`,
      fix: `The zip is damaged or not the official release: replace it with the official ${zipName}.`,
    });
    return null;
  }
  return zip;
}

function readInstallVersion(dir: string): number {
  const file = join(dir, 'installVersion');
  return existsSync(file) ? Number.parseInt(readFileSync(file, 'ascii'), 10) || 0 : 0;
}

/**
 * The native-module ABI a header set builds for. Electron's headers carry Electron's own ABI
 * (`node_module_version` in config.gypi, which common.gypi turns into NODE_EMBEDDER_MODULE_VERSION), so
 * Node's headers (a different ABI) are told apart from Electron's.
 */
function headersAbi(dir: string): number | null {
  const configGypi = join(dir, 'include/node/config.gypi');
  if (existsSync(configGypi)) {
    const match = /['"]node_module_version['"]\s*:\s*['"]?(\d+)/.exec(readFileSync(configGypi, 'utf8'));
    if (match) return Number(match[1]);
  }
  const versionH = join(dir, 'include/node/node_version.h');
  if (existsSync(versionH)) {
    const match = /#define NODE_MODULE_VERSION (\d+)/.exec(readFileSync(versionH, 'utf8'));
    if (match) return Number(match[1]);
  }
  return null;
}

/** Why a header folder cannot be used (empty when it can). */
function headerFolderProblems(input: PreflightInput, dir: string, isDevDir: boolean): string[] {
  const missing = ['include/node/node_version.h', 'include/node/common.gypi'].filter(
    (f) => !existsSync(join(dir, f)),
  );
  if (isDevDir && input.platform === 'win32' && !existsSync(join(dir, input.arch, 'node.lib'))) {
    missing.push(`${input.arch}/node.lib`);
  }
  const reasons = missing.length > 0 ? [`lacks ${missing.join(', ')}`] : [];
  const installVersion = isDevDir ? readInstallVersion(dir) : input.nodeGypInstallVersion;
  if (installVersion < input.nodeGypInstallVersion) {
    reasons.push(
      `has installVersion ${installVersion || 'none'}, node-gyp needs ≥ ${input.nodeGypInstallVersion}`,
    );
  }
  if (missing.length === 0) {
    const abi = headersAbi(dir);
    if (abi !== input.electronAbi) {
      reasons.push(
        `builds for ABI ${abi ?? 'unknown'}, Electron ${input.electronVersion} needs ABI ${input.electronAbi} (Node's headers, not Electron's?)`,
      );
    }
  }
  return reasons;
}

/** Picks the Electron headers node-gyp will use: npm_config_nodedir when valid, else ~/.electron-gyp/<version>. */
function checkHeaders(input: PreflightInput, problems: PreflightProblem[]): HeadersChoice | null {
  const tried: string[] = [];
  const nodedir = input.env.npm_config_nodedir?.trim();
  if (nodedir) {
    const reasons = headerFolderProblems(input, nodedir, false);
    if (reasons.length === 0) return { dir: nodedir, via: 'nodedir' };
    tried.push(`npm_config_nodedir=${nodedir} ${reasons.join('; ')}`);
  }
  const devDir = join(input.home, '.electron-gyp', input.electronVersion);
  const reasons = headerFolderProblems(input, devDir, true);
  if (reasons.length === 0) return { dir: devDir, via: 'devdir' };
  tried.push(`${devDir} ${reasons.join('; ')}`);
  problems.push({
    what: `No usable Electron ${input.electronVersion} headers for rebuilding better-sqlite3: ${tried.join('; and ')}.`,
    fix: `Copy ~/.electron-gyp/${input.electronVersion}/ from a machine where node-gyp installed Electron's headers, or unpack node-v${input.electronVersion}-headers.tar.gz and set npm_config_nodedir to the folder holding include/node (README, "Building installers offline").`,
  });
  return null;
}

async function checkToolArchives(input: PreflightInput, problems: PreflightProblem[]): Promise<void> {
  for (const tool of input.toolArchives) {
    const path = join(input.toolCacheDir, tool.releaseName, tool.file);
    const fix = `Put ${tool.file} (electron-builder-binaries release ${tool.releaseName}) at ${path}.`;
    if (!existsSync(path)) {
      problems.push({ what: `electron-builder tool archive for ${tool.usedFor} is missing: ${path}.`, fix });
    } else if ((await sha256File(path)) !== tool.sha256) {
      // electron-builder would delete a mismatching archive and try to download it again.
      problems.push({
        what: `${path} does not have the SHA-256 electron-builder expects (${tool.sha256}).`,
        fix,
      });
    }
  }
}

/** Runs every check and returns all problems at once (empty when `npm run dist` may proceed). */
export async function runPreflight(input: PreflightInput): Promise<PreflightResult> {
  const problems: PreflightProblem[] = [];
  const electronZip = await checkElectronZip(input, problems);
  const headers = checkHeaders(input, problems);
  await checkToolArchives(input, problems);
  return { problems, electronZip, headers };
}

/** Formats problems for the terminal: what is wrong, then what to put where. */
export function formatProblems(problems: readonly PreflightProblem[]): string {
  const items = problems.map((p, i) => `${i + 1}. ${p.what}\n   → ${p.fix}`);
  return `npm run dist stopped before building: ${problems.length} offline input(s) missing or wrong.\n${items.join('\n')}\n`;
}
