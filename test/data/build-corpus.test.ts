// The corpus build against a real SQLite file: determinism, contents, read-only opening, tamper detection.
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../data/build/build-corpus';
import type { BuildResult } from '../../data/build/build-corpus';
import { SOURCES_DIR } from '../../data/build/paths';
import { sha256File } from '../../electron/core/corpus/manifest';
import { openCorpus } from '../../electron/core/corpus/store';
import { LecternError } from '../../electron/core/errors';

let tmp: string;
let first: BuildResult;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'lectern-corpus-'));
  first = buildCorpus({
    sourcesDir: SOURCES_DIR,
    outDir: join(tmp, 'a'),
    inputsHash: 'test-inputs',
    steps: [],
  });
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function expectLecternError(fn: () => unknown, code: string, message: RegExp): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(LecternError);
    expect((error as LecternError).code).toBe(code);
    expect((error as LecternError).message).toMatch(message);
    return;
  }
  throw new Error('expected an error');
}

describe('buildCorpus', () => {
  it('is deterministic: a second build from the same sources has the same bytes and hash', () => {
    const second = buildCorpus({
      sourcesDir: SOURCES_DIR,
      outDir: join(tmp, 'b'),
      inputsHash: 'test-inputs',
      steps: [],
    });
    expect(second.manifest.sha256).toBe(first.manifest.sha256);
    expect(readFileSync(second.corpusPath).equals(readFileSync(first.corpusPath))).toBe(true);
  });

  it('records the SHA-256 and size of the file in the manifest', () => {
    const manifest = JSON.parse(readFileSync(first.manifestPath, 'utf8')) as Record<string, unknown>;
    expect(manifest).toEqual({
      file: 'corpus.sqlite',
      sha256: sha256File(first.corpusPath),
      bytes: readFileSync(first.corpusPath).length,
      formatVersion: 1,
      inputsHash: 'test-inputs',
    });
  });

  it('runs extra build steps after the tables are written, inside the same file', () => {
    const out = join(tmp, 'steps');
    const seen: number[] = [];
    const result = buildCorpus({
      sourcesDir: SOURCES_DIR,
      outDir: out,
      inputsHash: 'x',
      steps: [
        (db, docs, nodes) => {
          seen.push(docs.length, nodes.length);
          db.exec("CREATE TABLE extra (v TEXT); INSERT INTO extra VALUES ('from step')");
        },
      ],
    });
    const db = new Database(result.corpusPath, { readonly: true });
    expect(db.prepare('SELECT v FROM extra').pluck().get()).toBe('from step');
    expect(seen[1]).toBe(db.prepare('SELECT count(*) FROM nodes').pluck().get());
    db.close();
    expect(seen[0]).toBe(2);
  });
});

describe('openCorpus', () => {
  it('reads back what was built: documents, nodes, refs and terms', () => {
    const store = openCorpus(first.corpusPath, first.manifestPath);
    try {
      expect(store.listDocuments().map((d) => d.docId)).toEqual([
        'decree-63-2020',
        'law-dsi-2024-commentary',
      ]);
      const decree = store.getDocument('decree-63-2020');
      expect(decree).toMatchObject({
        number: '63/2020/ND-CP',
        issued: '2020-06-08',
        effective: '2020-08-01',
        language: 'en',
        status: 'Unofficial English translation',
      });
      expect(decree?.contentHash).toBe(first.documents[0]?.document.contentHash);
      expect(store.getNodes('decree-63-2020')).toEqual(first.documents[0]?.nodes);
      expect(store.getNode('decree-63-2020', 'art_6__cl_1')?.text).toMatch(/^Revealing state secrets/);
      expect(store.getNode('decree-63-2020', 'art_99')).toBeNull();
      expect(store.getDocument('nope')).toBeNull();
      expect(store.getRefs('decree-63-2020')).toEqual(first.documents[0]?.refs);
      expect(store.getTerms('decree-63-2020').map((t) => t.definingEId)).toEqual([
        'art_3__cl_1',
        'art_3__cl_2',
        'art_3__cl_3',
        'art_3__cl_4',
      ]);
      expect(store.getMeta('format_version')).toBe('1');
    } finally {
      store.close();
    }
  });

  it('is read-only: writes fail and the file is unchanged', () => {
    const before = sha256File(first.corpusPath);
    const store = openCorpus(first.corpusPath, first.manifestPath);
    try {
      expect(() => store.db.prepare("UPDATE nodes SET text = 'changed' WHERE e_id = 'art_6'").run()).toThrow(
        /readonly/i,
      );
      expect(() => store.db.exec('DELETE FROM refs')).toThrow(/readonly/i);
    } finally {
      store.close();
    }
    expect(sha256File(first.corpusPath)).toBe(before);
  });

  it('refuses a modified corpus file, naming it and saying what to do', () => {
    const dir = join(tmp, 'tampered');
    const copy = buildCorpus({ sourcesDir: SOURCES_DIR, outDir: dir, inputsHash: 'test-inputs', steps: [] });
    const db = new Database(copy.corpusPath);
    db.prepare("UPDATE nodes SET text = 'Revealing nothing.' WHERE e_id = 'art_6__cl_1'").run();
    db.close();
    expectLecternError(
      () => openCorpus(copy.corpusPath, copy.manifestPath),
      'TAMPERED',
      /corpus\.sqlite has been modified.*(Reinstall Lectern|npm run build:data)/s,
    );
  });

  it('rejects a file that is not a corpus even when the manifest matches it', () => {
    const dir = mkdtempSync(join(tmp, 'corrupt-'));
    const path = join(dir, 'corpus.sqlite');
    writeFileSync(path, 'this is not an SQLite database '.repeat(200));
    const manifest = {
      file: 'corpus.sqlite',
      sha256: sha256File(path),
      bytes: 6200,
      formatVersion: 1,
      inputsHash: 'x',
    };
    writeFileSync(join(dir, 'corpus.manifest.json'), JSON.stringify(manifest));
    expectLecternError(
      () => openCorpus(path, join(dir, 'corpus.manifest.json')),
      'CORRUPT',
      /not a Lectern corpus/,
    );
  });

  it('reports a missing manifest or corpus file clearly', () => {
    const dir = mkdtempSync(join(tmp, 'missing-'));
    copyFileSync(first.corpusPath, join(dir, 'corpus.sqlite'));
    expectLecternError(
      () => openCorpus(join(dir, 'corpus.sqlite'), join(dir, 'corpus.manifest.json')),
      'NOT_FOUND',
      /manifest .* is missing/,
    );
    expectLecternError(
      () => openCorpus(join(dir, 'nothing.sqlite'), first.manifestPath),
      'NOT_FOUND',
      /is missing/,
    );
  });
});
