// `conformance [DIR] [--out FILE]`: imports every file of DIR/expected.json (default ../shared/real-docs) into a
// fresh data folder and scores each field; exits non-zero when any field fails, so CI and reviewers can rely on it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { LecternError } from '../../core/errors';
import { writeTextFile } from '../../core/export/text-file';
import { formatReport } from '../../core/import/conformance/report';
import { runConformance } from '../../core/import/conformance/run';
import type { CliCommand } from '../command';

/** Where the real documents live in a checkout that has the shared folder beside it. */
const DEFAULT_CONFORMANCE_DIR = '../shared/real-docs';

/** The `conformance` command. */
export const conformanceCommand: CliCommand = {
  name: 'conformance',
  summary: 'import the real documents of a folder (default ../shared/real-docs) and score every field',
  usage: [
    'conformance [DIR] [--out REPORT.json [--force]] [--json]   (--force replaces an existing REPORT.json)',
  ],
  options: { out: { type: 'string' }, force: { type: 'boolean' } },
  async run(ctx, input) {
    const dir = resolve(input.args[0] ?? DEFAULT_CONFORMANCE_DIR);
    if (!existsSync(dir)) {
      throw new LecternError(
        'NOT_FOUND',
        `No conformance folder at ${dir}; pass the folder that holds expected.json.`,
      );
    }
    const report = await runConformance(dir, ctx.bundled());
    const out = input.flags.out;
    if (typeof out === 'string') {
      writeTextFile(out, `${JSON.stringify(report, null, 2)}\n`, { replace: input.flags.force === true });
    }
    return { json: report, text: formatReport(report), exitCode: report.passed < report.total ? 1 : 0 };
  },
};
