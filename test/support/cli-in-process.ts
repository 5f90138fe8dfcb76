// The CLI run in this process (`runCli`), capturing what it prints, for tests that check its words and exit codes
// without a child process per command.
import { runCli } from '../../electron/cli/run';

/** What one in-process CLI run printed and its exit code. */
export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `args` on `dataDir` over the corpus in `corpusDir`, in the locale `lang` (LANG). */
export async function runCliIn(
  corpusDir: string,
  dataDir: string,
  args: string[],
  lang = 'C',
): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...args, '--data-dir', dataDir], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: { LANG: lang, LECTERN_CORPUS_DIR: corpusDir },
  });
  return { code, stdout, stderr };
}
