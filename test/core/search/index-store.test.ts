import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { searchIndexStep } from '../../../electron/core/search/build-step';
import {
  buildIndexFromReader,
  loadSearchIndex,
  readSearchIndex,
  writeSearchIndex,
} from '../../../electron/core/search/index-store';
import { openSearch } from '../../../electron/core/search/open-search';
import { SEARCH_INDEX_FORMAT } from '../../../electron/core/search/search-index';
import { SearchService } from '../../../electron/core/search/search-service';
import { generateCorpus } from '../../bench/search/generate-clauses';
import { memoryReader } from '../../bench/search/memory-reader';

const dir = mkdtempSync(join(tmpdir(), 'lectern-search-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const docs = generateCorpus(600, 7);
const reader = memoryReader(docs);
const queries = [
  'land security ',
  'đất quốc phòng',
  'dat quoc',
  '"state secrets" -finance',
  'NĐ-CP',
  'confid',
  'art 3.2',
];

function writeCorpusFile(name: string): string {
  const path = join(dir, name);
  const db = new Database(path);
  db.pragma('journal_mode = DELETE');
  searchIndexStep(
    db,
    docs.map((d) => d.meta),
    docs.flatMap((d) => d.nodes),
  );
  db.close();
  return path;
}

describe('stored search index', () => {
  it('writes byte-identical corpus files for the same input', () => {
    const a = readFileSync(writeCorpusFile('a.sqlite'));
    const b = readFileSync(writeCorpusFile('b.sqlite'));
    expect(a.equals(b)).toBe(true);
  });

  it('imports from the file and answers exactly like a freshly built index', () => {
    const db = new Database(writeCorpusFile('c.sqlite'), { readonly: true });
    const opened = openSearch(db, reader);
    expect(opened.rebuilt).toBeNull();
    const fresh = new SearchService(reader, buildIndexFromReader(reader));
    for (const q of queries) {
      const strip = (r: ReturnType<SearchService['search']>): unknown => ({ ...r, tookMs: 0 });
      const imported = opened.service.search(q);
      expect(imported.total).toBeGreaterThan(0);
      expect(strip(imported)).toEqual(strip(fresh.search(q)));
    }
    db.close();
  });

  it('rebuilds once and says so when the stored format differs', () => {
    const path = writeCorpusFile('d.sqlite');
    const db = new Database(path);
    db.prepare(`UPDATE search_index SET data = ? WHERE key = 'lectern:format'`).run(
      String(SEARCH_INDEX_FORMAT + 1),
    );
    const stored = readSearchIndex(db);
    expect(stored?.format).toBe(SEARCH_INDEX_FORMAT + 1);
    const loaded = loadSearchIndex(stored, reader);
    expect(loaded.rebuilt).toMatch(/format .* differs/);
    expect(new SearchService(reader, loaded.index).search('land ').total).toBeGreaterThan(0);
    db.close();
  });

  it('rebuilds when the index table is missing or its rows are damaged, and loses no search', () => {
    const empty = new Database(':memory:');
    expect(readSearchIndex(empty)).toBeNull();
    expect(openSearch(empty, reader).rebuilt).toMatch(/no search index/);
    empty.close();

    const db = new Database(writeCorpusFile('e.sqlite'));
    db.prepare(`UPDATE search_index SET data = '{not json' WHERE key = 'lectern:entries'`).run();
    const opened = openSearch(db, reader);
    expect(opened.rebuilt).toMatch(/unreadable/);
    expect(opened.service.search('land ').total).toBeGreaterThan(0);
    db.close();

    const db2 = new Database(writeCorpusFile('e2.sqlite'));
    db2.prepare(`DELETE FROM search_index WHERE key = 'lectern:terms'`).run();
    expect(openSearch(db2, reader).rebuilt).toMatch(/incomplete/);
    db2.close();
  });

  it('replaces an earlier index in the same file', () => {
    const db = new Database(join(dir, 'f.sqlite'));
    writeSearchIndex(db, buildIndexFromReader(memoryReader(generateCorpus(50, 1))));
    writeSearchIndex(db, buildIndexFromReader(reader));
    const fromFile = loadSearchIndex(readSearchIndex(db), reader).index;
    expect(fromFile.entries.length).toBe(
      docs.flatMap((d) => d.nodes).filter((n) => n.text !== '' || n.heading !== null).length,
    );
    db.close();
  });
});
