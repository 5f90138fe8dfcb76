// `notes add … --then EID:START-END`: a passage over two clauses made from the command line is one note with a
// continuation part, the same as the reader's; a malformed part or an unknown provision is refused, storing nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCorpusLocation } from '../../electron/core/corpus/location';
import { openCorpus } from '../../electron/core/corpus/store';
import type { Annotation } from '../../electron/shared/types';
import { runCliIn } from '../support/cli-in-process';

const DOC = 'decree-63-2020';
let dataDir: string;
const location = defaultCorpusLocation();
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'lectern-cli-passage-'));
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

/** The text of a provision of the bundled decree. */
function textOf(eId: string): string {
  const corpus = openCorpus(location.corpusPath, location.manifestPath);
  try {
    return corpus.getNode(DOC, eId)?.text ?? '';
  } finally {
    corpus.close();
  }
}

const notes = async (): Promise<Annotation[]> =>
  (
    JSON.parse((await runCliIn(location.dir, dataDir, ['notes', 'list', '--doc', DOC, '--json'])).stdout) as {
      annotations: Annotation[];
    }
  ).annotations;

describe('cli notes add --then', () => {
  it('adds one note over the end of clause 1 and the start of clause 2 of Article 6', async () => {
    const first = textOf('art_6__cl_1');
    const second = textOf('art_6__cl_2');
    const from = first.indexOf('state secrets');
    const to = second.indexOf(' and assets');
    expect(from).toBeGreaterThan(0);
    const run = await runCliIn(location.dir, dataDir, [
      'notes',
      'add',
      '--doc',
      DOC,
      '--eid',
      'art_6__cl_1',
      '--start',
      String(from),
      '--end',
      String(first.length),
      '--then',
      `art_6__cl_2:0-${String(to)}`,
      '--note',
      'secrets, then equipment',
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const made = JSON.parse(run.stdout) as Annotation;
    expect(made.target.eId).toBe('art_6__cl_1');
    expect(made.target.quote?.exact).toBe(first.slice(from));
    expect(made.continues.map((p) => [p.eId, p.quote.exact])).toEqual([['art_6__cl_2', second.slice(0, to)]]);
    expect((await notes()).map((a) => a.id)).toEqual([made.id]);
  });

  it('refuses a malformed part and a provision the document lacks, storing nothing', async () => {
    const before = await notes();
    for (const then of ['art_6__cl_2', 'art_6__cl_2:5', 'art_99__cl_1:0-4']) {
      const run = await runCliIn(location.dir, dataDir, [
        'notes',
        'add',
        '--doc',
        DOC,
        '--eid',
        'art_6__cl_1',
        '--then',
        then,
      ]);
      expect(run.code, then).not.toBe(0);
      expect(run.stderr, then).toMatch(
        then.includes(':') && then.endsWith('4') ? /art_99__cl_1/u : /--then takes EID:START-END/u,
      );
    }
    expect(await notes()).toEqual(before);
  });
});
