// `search --lang en|vi`: the interface language the app passes with a query, so the CLI answers as the
// Vietnamese UI does (the preamble is "Phần mở đầu", articles keep the document's "Article").
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCorpusLocation } from '../../electron/core/corpus/location';
import type { SearchResult } from '../../electron/shared/types';
import { runCliIn } from '../support/cli-in-process';

let dataDir: string;
const corpusDir = defaultCorpusLocation().dir;
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'lectern-search-lang-'));
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const QUERY = 'Pursuant to the Law on Government Organization';

async function preamble(extra: string[]): Promise<string[] | undefined> {
  const run = await runCliIn(corpusDir, dataDir, [
    'search',
    QUERY,
    '--doc',
    'decree-63-2020',
    '--json',
    ...extra,
  ]);
  expect(run.code, run.stderr).toBe(0);
  const result = JSON.parse(run.stdout) as SearchResult;
  return result.groups.flatMap((g) => g.hits).find((h) => h.eId === 'preamble')?.breadcrumb;
}

describe('cli search --lang', () => {
  it('labels named blocks in the given language, English by default', async () => {
    expect(await preamble([])).toEqual(['Preamble']);
    expect(await preamble(['--lang', 'en'])).toEqual(['Preamble']);
    expect(await preamble(['--lang', 'vi'])).toEqual(['Phần mở đầu']);
    const text = await runCliIn(corpusDir, dataDir, ['search', 'revealing state secrets', '--lang', 'vi']);
    expect(text.stdout).toContain('Clause 1, Article 6, Decree 63/2020/ND-CP');
  });

  it('refuses another language as a usage error', async () => {
    const run = await runCliIn(corpusDir, dataDir, ['search', QUERY, '--lang', 'fr']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--lang must be en or vi/);
  });
});
