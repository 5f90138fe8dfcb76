// The conformance run over the real documents: every field of expected.json must pass, except fields listed in
// known-failures.json (a ratchet that only shrinks: a listed field that passes again must be removed from it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusStore } from '../../../../electron/core/corpus/store';
import type { ConformanceReport } from '../../../../electron/core/import/conformance/run';
import { runConformance } from '../../../../electron/core/import/conformance/run';
import { openBundled } from '../helpers';
import { HAVE_REAL_DOCS, REAL_DOCS_DIR } from './real-docs';

const ratchet = JSON.parse(readFileSync(join(import.meta.dirname, 'known-failures.json'), 'utf8')) as {
  fields: string[];
  counts?: Record<string, number>;
};
const known = new Set(ratchet.fields);

describe.skipIf(!HAVE_REAL_DOCS)('conformance on ../shared/real-docs', () => {
  let corpus: CorpusStore;
  let report: ConformanceReport;
  beforeAll(async () => {
    corpus = openBundled();
    report = await runConformance(REAL_DOCS_DIR, corpus);
  }, 240_000);
  afterAll(() => {
    corpus.close();
  });

  const failing = (): string[] =>
    report.files.flatMap((f) => f.fields.filter((x) => !x.ok).map((x) => `${f.file}: ${x.field}`));

  it('scores every file of expected.json', () => {
    const expected = (
      JSON.parse(readFileSync(join(REAL_DOCS_DIR, 'expected.json'), 'utf8')) as {
        documents: { file: string }[];
      }
    ).documents.map((d) => d.file);
    expect(report.files.map((f) => f.file)).toEqual(expected);
    expect(report.total).toBeGreaterThan(expected.length);
  });

  it('fails no field outside the known failures', () => {
    const details = report.files.flatMap((f) =>
      f.fields
        .filter((x) => !x.ok && !known.has(`${f.file}: ${x.field}`))
        .map((x) => `${f.file}: ${x.field}: expected ${x.expected}, got ${x.actual}`),
    );
    expect(details).toEqual([]);
  });

  it('keeps each counted known failure exactly as far from passing as recorded', () => {
    const counts = Object.entries(ratchet.counts ?? {});
    expect(counts.every(([field]) => known.has(field))).toBe(true);
    const actual = Object.fromEntries(
      report.files.flatMap((f) =>
        f.fields
          .filter((x) => (ratchet.counts ?? {})[`${f.file}: ${x.field}`] !== undefined)
          .map((x) => [`${f.file}: ${x.field}`, Number(/^(\d+) /u.exec(x.actual)?.[1] ?? Number.NaN)]),
      ),
    );
    expect(actual).toEqual(Object.fromEntries(counts));
  });

  it('lists no known failure that now passes', () => {
    const now = new Set(failing());
    expect([...known].filter((k) => !now.has(k))).toEqual([]);
  });
});
