// Notes and tags through the search seam: the real SearchService over the real Decree 63 corpus, with the
// annotations provider over a real user.sqlite. Note hits come back marked as notes with their annotation id.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../data/build/build-corpus';
import { REPO_ROOT, SOURCES_DIR } from '../../../data/build/paths';
import { createNoteSearchProvider } from '../../../electron/core/annotations/note-search';
import { AnnotationService } from '../../../electron/core/annotations/service';
import { corpusLocationIn } from '../../../electron/core/corpus/location';
import type { CorpusStore } from '../../../electron/core/corpus/store';
import { openCorpus } from '../../../electron/core/corpus/store';
import { openSearch } from '../../../electron/core/search/open-search';
import type { SearchService } from '../../../electron/core/search/search-service';
import type { SearchResult } from '../../../electron/core/search/types';
import type { UserDb } from '../../../electron/core/userdb/open-user-db';
import { openUserDb } from '../../../electron/core/userdb/open-user-db';

let tmp: string;
let corpus: CorpusStore;
let user: UserDb;
let notes: AnnotationService;
let search: SearchService;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'lectern-note-search-'));
  buildCorpus({ sourcesDir: SOURCES_DIR, outDir: join(tmp, 'corpus'), inputsHash: 'note-search', steps: [] });
  const loc = corpusLocationIn(join(tmp, 'corpus'));
  corpus = openCorpus(loc.corpusPath, loc.manifestPath);
  user = openUserDb(join(tmp, 'user'));
  notes = new AnnotationService({ db: user.db, corpus, author: () => 'R' });
  search = openSearch(corpus.db, corpus).service;
  search.setNoteProvider(createNoteSearchProvider(user.db));
}, 120_000);
afterAll(() => {
  user.db.close();
  corpus.close();
  rmSync(tmp, { recursive: true, force: true });
});

const noteHits = (r: SearchResult) => r.groups.flatMap((g) => g.hits).filter((h) => h.source === 'note');

describe('notes in search', () => {
  it('finds a Vietnamese note typed without tone marks, marked as a note with its annotation id', () => {
    const a = notes.create({
      docId: 'decree-63-2020',
      eId: 'art_6__cl_1',
      quote: 'state secrets',
      note: 'Đối chiếu với bí mật nhà nước trong Luật',
    });
    const hits = noteHits(search.search('bi mat nha nuoc'));
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ annotationId: a.id, docId: 'decree-63-2020', eId: 'art_6__cl_1' });
    expect(REPO_ROOT).toBeTruthy();
  });

  it('finds notes by tag, drops deleted notes and respects exclusions', () => {
    const tagged = notes.create({
      docId: 'decree-63-2020',
      eId: 'art_6',
      tags: ['Xuất khẩu'],
      note: 'export controls',
    });
    expect(noteHits(search.search('xuat khau')).map((h) => h.annotationId)).toEqual([tagged.id]);
    expect(noteHits(search.search('export -controls'))).toEqual([]);
    notes.delete(tagged.id);
    expect(noteHits(search.search('xuat khau'))).toEqual([]);
  });
});
