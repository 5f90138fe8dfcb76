// The CLI as a child process over the real Decree 63 corpus built into a temporary folder, for tests that drive
// several data folders ("machines") through `electron/cli/main.ts`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { buildCorpus } from '../../data/build/build-corpus';
import { REPO_ROOT, SOURCES_DIR } from '../../data/build/paths';

/** What one CLI run printed and how it ended. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A CLI rig: `cli(dataDir, args)` runs one command in `<tmp>/<dataDir>`; `path(name)` is a file in `<tmp>`. */
export interface CliRig {
  cli: (dataDir: string, args: string[]) => CliRun;
  path: (name: string) => string;
}

/** Registers beforeAll/afterAll that build the corpus into a fresh temp folder and remove it afterwards. */
export function setupCliRig(name: string): CliRig {
  let tmp = '';
  let corpusDir = '';
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), `lectern-${name}-`));
    corpusDir = join(tmp, 'corpus');
    buildCorpus({ sourcesDir: SOURCES_DIR, outDir: corpusDir, inputsHash: `${name}-test`, steps: [] });
  });
  afterAll(() => {
    rmSync(tmp, { recursive: true, force: true });
  });
  return {
    cli: (dataDir, args) => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: { ...process.env, LECTERN_CORPUS_DIR: corpusDir, LECTERN_DATA_DIR: join(tmp, dataDir) },
      });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    },
    path: (file) => join(tmp, file),
  };
}
