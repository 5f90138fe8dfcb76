// `npm run dist`: preflight (offline inputs), app build, then electron-builder with publishing off.
// Stops at the first failing step with its exit code; extra arguments go to electron-builder.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatProblems, runPreflight } from './dist-preflight';
import type { PreflightInput } from './dist-preflight';
import { electronBuilderCacheDir, requiredToolArchives, TARGETS_BY_HOST } from './toolset-archives';

const root = resolve(import.meta.dirname, '..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** Gathers the real machine's inputs for the preflight. */
function machinePreflightInput(env: NodeJS.ProcessEnv = process.env): PreflightInput {
  const targets = TARGETS_BY_HOST[process.platform];
  if (!targets) throw new Error(`Installers are built on Linux, Windows or macOS, not ${process.platform}.`);
  return {
    env,
    platform: process.platform,
    arch: process.arch,
    home: homedir(),
    electronVersion: (readJson('node_modules/electron/package.json') as { version: string }).version,
    electronChecksums: readJson('node_modules/electron/checksums.json') as Record<string, string>,
    nodeGypInstallVersion: (readJson('node_modules/node-gyp/package.json') as { installVersion: number })
      .installVersion,
    electronAbi: Number(readFileSync(join(root, 'node_modules/electron/abi_version'), 'utf8').trim()),
    toolCacheDir: electronBuilderCacheDir(env),
    toolArchives: requiredToolArchives(process.platform, process.arch, targets),
  };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, {
    cwd: root,
    env,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Runs preflight, app build and electron-builder; exits with the first failing step's code. */
export async function main(): Promise<void> {
  const input = machinePreflightInput();
  const { problems, headers } = await runPreflight(input);
  if (problems.length > 0 || headers === null) {
    process.stderr.write(formatProblems(problems));
    process.exit(2);
  }
  // node-gyp prefers npm_config_nodedir; when only ~/.electron-gyp holds Electron's headers, a nodedir that
  // points at Node's own headers (a common npmrc setting) must not reach the rebuild.
  const env: NodeJS.ProcessEnv = { ...input.env };
  if (headers.via === 'devdir') delete env.npm_config_nodedir;
  process.stdout.write(
    `Preflight passed: Electron ${input.electronVersion} zip verified, headers in ${headers.dir}.\n`,
  );
  run('npm', ['run', '-s', 'build'], env);
  const platformFlag =
    { linux: '--linux', win32: '--win', darwin: '--mac' }[process.platform as string] ?? '--linux';
  run(
    process.execPath,
    [
      join(root, 'node_modules/electron-builder/cli.js'),
      '--config',
      'build/electron-builder.config.ts',
      '--publish',
      'never',
      platformFlag,
      `--${process.arch}`,
      ...process.argv.slice(2),
    ],
    env,
  );
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await main();
}
