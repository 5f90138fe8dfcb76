// Runs the CLI in-process against the real bundled corpus and a given data folder, capturing what it prints, so
// import and notes command tests share one harness.
import { join } from 'node:path';
import { runCli } from '../../../electron/cli/run';

const ROOT = join(import.meta.dirname, '../../..');

/** What one CLI run printed and its exit code. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** A CLI bound to `dataDir` (`--data-dir` is appended); pass `null` to run without one. */
export function cliIn(dataDir: string | null): (...args: string[]) => Promise<CliRun> {
  return async (...args) => {
    let out = '';
    let err = '';
    const code = await runCli(dataDir === null ? args : [...args, '--data-dir', dataDir], {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      env: { ...process.env, LECTERN_CORPUS_DIR: join(ROOT, 'data/dist') },
    });
    return { code, out, err };
  };
}
