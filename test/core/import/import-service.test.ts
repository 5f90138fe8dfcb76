// ImportService against real stores: a real user.sqlite in a temporary folder, the built bundled corpus, the
// real FlexSearch index. Imports are stored, listed with the bundled documents, searchable after a restart
// without re-indexing, annotatable, replaced with re-anchoring, removed with their notes kept as orphans.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LecternError } from '../../../electron/core/errors';
import { ImportService } from '../../../electron/core/import/import-service';
import Database from 'better-sqlite3';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LibrarySearch, REBUILD_DEAD_FRACTION } from '../../../electron/core/import/imported-search';
import { readSnapshotFile, SNAPSHOT_FILE } from '../../../electron/core/import/snapshot-file';
import { buildIndexFromReader } from '../../../electron/core/search/index-store';
import { nodeBody } from '../../../electron/core/search/search-index';
import {
  importCommitRequestSchema,
  importPreviewRequestSchema,
  pairRequestSchema,
} from '../../../electron/core/import/schemas';
import { EN_DECREE, VI_DECREE } from './fixtures/legal-texts';
import { makeScannedPdf } from './fixtures/make-pdf';
import type { ImportRig } from './helpers';
import { importTableCounts, openRig } from './helpers';

let rig: ImportRig;
beforeEach(() => {
  rig = openRig();
});
afterEach(() => {
  rig.cleanup();
});

const file = (text: string, fileName = 'decree.txt') => ({ fileName, bytes: Buffer.from(text, 'utf8') });

describe('committing an import', () => {
  it('stores the document in user.sqlite and lists it after the bundled ones, nodes and all', async () => {
    const { document, replaced } = await rig.service.importFile(file(VI_DECREE));
    expect(replaced).toBe(false);
    expect(document).toMatchObject({ docId: 'decree-17-2031', format: 'txt', pairedWith: null });
    rig.reopen();
    const reader = rig.service.reader;
    const ids = reader.listDocuments().map((d) => d.docId);
    expect(ids).toEqual([...rig.corpus.listDocuments().map((d) => d.docId), 'decree-17-2031']);
    expect(reader.getNode('decree-17-2031', 'art_3__cl_2__pt_dd')?.text).toBe(
      'Biện pháp bảo đảm bí mật nhà nước;',
    );
    expect(reader.getNodes('decree-17-2031').map((n) => n.order)).toEqual(
      reader.getNodes('decree-17-2031').map((_, i) => i),
    );
    expect(reader.getDocument('decree-63-2020')?.number).toBe('63/2020/ND-CP');
  });

  it('applies the edits made on the preview, and refuses an expired preview', async () => {
    const preview = await rig.service.preview(file(EN_DECREE));
    expect(preview.meta.docId).toBe('decree-17-2031');
    expect(preview.counts.article).toBe(4);
    expect(rig.service.list()).toEqual([]); // a preview stores nothing
    const { document } = await rig.service.commit(preview.previewId, {
      title: 'Decree on Mobilisation',
      docId: 'nd-17-en',
    });
    expect(document).toMatchObject({
      docId: 'nd-17-en',
      title: 'Decree on Mobilisation',
      number: '17/2031/ND-CP',
    });
    expect(rig.service.reader.getNodes('nd-17-en')[0]?.docId).toBe('nd-17-en');
    await expect(rig.service.commit(preview.previewId)).rejects.toThrow(/expired/u);
  });

  it('gives the translation its own id when the original holds the proposed one', async () => {
    await rig.service.importFile(file(VI_DECREE));
    const en = await rig.service.importFile(file(EN_DECREE));
    expect(en.document.docId).toBe('decree-17-2031-en');
    const again = await rig.service.importFile(file(VI_DECREE.replace('Nguyễn Văn An', 'Trần Văn Bình')));
    expect(again).toMatchObject({
      replaced: true,
      document: { docId: 'decree-17-2031', signer: 'Trần Văn Bình' },
    });
  });

  it('refuses to replace a bundled document and stores nothing', async () => {
    const before = importTableCounts(rig);
    await expect(
      rig.service.importFile({ ...file(EN_DECREE), edits: { docId: 'decree-63-2020' } }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(importTableCounts(rig)).toEqual(before);
  });

  it('stores nothing for a scan, and nothing when the import fails inside the transaction', async () => {
    await rig.service.importFile(file(EN_DECREE));
    const before = importTableCounts(rig);
    await expect(
      rig.service.importFile({ fileName: 'scan.pdf', bytes: await makeScannedPdf() }),
    ).rejects.toThrow(/no text layer/u);
    // A failure after the first rows were written (the terms table is gone) rolls the whole import back.
    rig.user.db.exec('ALTER TABLE imported_terms RENAME TO broken_terms');
    await expect(rig.service.importFile(file(VI_DECREE))).rejects.toThrow();
    rig.user.db.exec('ALTER TABLE broken_terms RENAME TO imported_terms');
    expect(importTableCounts(rig)).toEqual(before);
  });
});

describe('search over imported documents', () => {
  const open = () => LibrarySearch.open(rig.corpus.db, rig.service.reader);
  // An importer wired to search as the app wires it: each change syncs just that document.
  const syncedService = (library: LibrarySearch) =>
    new ImportService({
      db: rig.user.db,
      bundled: rig.corpus,
      onChange: (id) => {
        library.sync(id);
      },
    });
  const docsFound = (library: LibrarySearch, query: string) =>
    library.service.search(query).groups.map((g) => g.docId);

  it('finds imported text, and after a restart loads the stored snapshot instead of re-indexing', async () => {
    await rig.service.importFile(file(VI_DECREE));
    const first = open();
    expect(first.rebuilt).toBeNull();
    const hits =
      first.library.service.search('bảo đảm bí mật').groups.find((g) => g.docId === 'decree-17-2031')?.hits ??
      [];
    expect(hits.map((h) => h.eId)).toContain('art_3__cl_2__pt_dd');
    // Bundled documents are still found through the combined index.
    expect(docsFound(first.library, 'security industry establishments')).toContain('decree-63-2020');
    // One import is far below the snapshot threshold: nothing stored yet, the start-up caught up by itself.
    expect(first.library.staleness()).toBe(1);
    expect(first.library.maintain()).toBe(false);
    first.library.store();
    expect(first.library.staleness()).toBe(0);

    const service = rig.reopen();
    // The snapshot lives beside user.sqlite, not in it (the reviewer's data and its backups stay small).
    const stored = readSnapshotFile(join(rig.dir, SNAPSHOT_FILE));
    expect(stored.rows?.length).toBeGreaterThan(2);
    expect(importTableCounts(rig).imported_search_index).toBe(0);
    const after = LibrarySearch.open(rig.corpus.db, service.reader);
    expect(after.rebuilt).toBeNull();
    expect(after.library.staleness()).toBe(0);
    expect(docsFound(after.library, 'bảo đảm bí mật')).toContain('decree-17-2031');
  });

  it('catches up at start-up with documents added and removed since the snapshot, indexing only those', async () => {
    await rig.service.importFile(file(VI_DECREE));
    open().library.store();
    await rig.service.importFile(file(EN_DECREE));
    rig.service.remove('decree-17-2031');
    const { library, rebuilt } = open();
    expect(rebuilt).toBeNull();
    expect(library.staleness()).toBe(2);
    expect(docsFound(library, 'bảo đảm bí mật')).not.toContain('decree-17-2031');
    expect(docsFound(library, 'mobilisation')).toContain('decree-17-2031-en');
    // The removed document's ids are masked: its words count exactly as in an index built afresh.
    const live = library.service.searchIndex;
    const fresh = buildIndexFromReader(rig.service.reader);
    const words = [
      ...new Set(
        live.lines
          .join(' ')
          .split(' ')
          .filter((w) => w !== ''),
      ),
    ];
    expect(words.length).toBeGreaterThan(100);
    expect(words.filter((w) => live.docFrequency(w) !== fresh.docFrequency(w))).toEqual([]);
    expect(live.liveCount).toBe(fresh.liveCount);
    expect(live.avgLength).toBeCloseTo(fresh.avgLength, 9);
    expect(live.covers.has('decree-17-2031')).toBe(false);
  });

  it('keeps search in step with each change in the running app, one document at a time', async () => {
    const { library } = open();
    const service = syncedService(library);
    const before = library.service.searchIndex.entries.length;
    await service.importFile(file(VI_DECREE));
    const added = library.service.searchIndex.entries.length - before;
    expect(added).toBe(
      service.reader.getNodes('decree-17-2031').filter((n) => nodeBody(n).trim() !== '').length,
    );
    expect(docsFound(library, 'bảo đảm bí mật')).toContain('decree-17-2031');
    service.remove('decree-17-2031');
    expect(docsFound(library, 'bảo đảm bí mật')).not.toContain('decree-17-2031');
    // The same text again gets fresh ids; the masked ones stay masked.
    await service.importFile(file(VI_DECREE));
    expect(library.service.searchIndex.entries.length - before).toBe(2 * added);
    expect(docsFound(library, 'bảo đảm bí mật')).toContain('decree-17-2031');
    // The index grown in place answers as one opened afresh over the same documents does.
    const fresh = open().library.service.search('bảo đảm bí mật');
    const live = library.service.search('bảo đảm bí mật');
    expect(live.groups.flatMap((g) => g.hits.map((h) => [h.docId, h.eId, h.score]))).toEqual(
      fresh.groups.flatMap((g) => g.hits.map((h) => [h.docId, h.eId, h.score])),
    );
  });

  it('sets aside a damaged snapshot with a notice, rebuilds from the documents, and stores a good one', async () => {
    await rig.service.importFile(file(VI_DECREE));
    open().library.store();
    const path = join(rig.dir, SNAPSHOT_FILE);
    const snapshot = new Database(path);
    snapshot.prepare("UPDATE snapshot SET data = '{' WHERE key = 'lectern:entries'").run();
    snapshot.close();
    const opened = open();
    expect(opened.rebuilt).toMatch(/unreadable.*rebuilt/isu);
    expect(docsFound(opened.library, 'động viên')).toContain('decree-17-2031');
    expect(open().rebuilt).toBeNull();
    // A file that is not SQLite at all is replaced the same way.
    writeFileSync(path, 'not a database, not even close '.repeat(200));
    const again = open();
    expect(again.rebuilt).toMatch(/search-index\.sqlite.*unreadable/su);
    expect(docsFound(again.library, 'động viên')).toContain('decree-17-2031');
    expect(open().rebuilt).toBeNull();
  });

  it('writes a fresh build instead of the masked ids once many documents were removed', async () => {
    const { library } = open();
    const service = syncedService(library);
    const en = (await service.importFile(file(EN_DECREE))).document.docId;
    for (let i = 0; i < 5 && library.service.searchIndex.deadFraction <= REBUILD_DEAD_FRACTION; i++) {
      service.remove((await service.importFile(file(VI_DECREE))).document.docId);
    }
    service.remove(en);
    expect(library.service.searchIndex.deadFraction).toBeGreaterThan(REBUILD_DEAD_FRACTION);
    expect(library.maintain()).toBe(true);
    expect(library.service.searchIndex.deadFraction).toBe(0);
    // Nothing imported any more: the bundled index serves and no snapshot is kept.
    expect(existsSync(join(rig.dir, SNAPSHOT_FILE))).toBe(false);
    expect(docsFound(library, 'security industry establishments')).toContain('decree-63-2020');
  });
});

describe('a newer version and removal', () => {
  const NEWER = VI_DECREE.replace(
    'Điều 1. Phạm vi điều chỉnh\n',
    'Điều 1. Phạm vi điều chỉnh\nNghị định này được sửa đổi năm 2032.\n',
  )
    .replace(
      '1. Bộ Quốc phòng lập kế hoạch động viên công nghiệp hằng năm.',
      '1. Bộ Quốc phòng lập và phê duyệt kế hoạch động viên công nghiệp hằng năm.',
    )
    .replace('e) Thời hạn hoàn thành.', 'e) Thời hạn.');

  it('replaces the text and re-anchors the notes, reporting how each fared', async () => {
    await rig.service.importFile(file(VI_DECREE));
    const notes = rig.service.annotations;
    const kept = notes.create({
      docId: 'decree-17-2031',
      eId: 'art_2__cl_1',
      quote: 'huy động năng lực',
      note: 'unchanged',
    });
    const fuzzy = notes.create({
      docId: 'decree-17-2031',
      eId: 'art_3__cl_1',
      quote: 'lập kế hoạch động viên',
      note: 'edited',
    });
    const gone = notes.create({
      docId: 'decree-17-2031',
      eId: 'art_3__cl_2__pt_e',
      quote: 'hoàn thành',
      note: 'removed',
    });
    const preview = await rig.service.preview(file(NEWER));
    expect(preview.replaces).toMatchObject({ docId: 'decree-17-2031', annotations: 3 });
    const result = await rig.service.commit(preview.previewId);
    expect(result.replaced).toBe(true);
    expect(result.reanchor).toEqual({ unchanged: 1, moved: 0, fuzzy: 1, review: 0, orphaned: 1 });
    const newHash = result.document.contentHash;
    expect(notes.get(kept.id)).toMatchObject({ anchor: 'anchored', target: { docHash: newHash } });
    expect(notes.get(fuzzy.id).anchor).toBe('fuzzy');
    expect(notes.get(gone.id)).toMatchObject({ anchor: 'orphaned', deleted: null });
    expect(rig.service.reader.getNode('decree-17-2031', 'art_1')?.text).toContain('sửa đổi năm 2032');
  });

  it('keeps notes as orphans on removal, re-attaches them on re-import, and deletes them only when asked', async () => {
    await rig.service.importFile(file(VI_DECREE));
    const note = rig.service.annotations.create({
      docId: 'decree-17-2031',
      eId: 'art_1',
      quote: 'bí mật nhà nước',
      note: 'n',
    });
    expect(rig.service.remove('decree-17-2031')).toEqual({
      docId: 'decree-17-2031',
      annotationsOrphaned: 1,
      annotationsDeleted: 0,
    });
    expect(rig.service.reader.getDocument('decree-17-2031')).toBeNull();
    expect(rig.service.annotations.get(note.id)).toMatchObject({ anchor: 'orphaned', deleted: null });
    expect(importTableCounts(rig)).toMatchObject({
      imported_documents: 0,
      imported_nodes: 0,
      imported_search_index: 0,
    });

    const back = await rig.service.importFile(file(VI_DECREE));
    expect(back.reanchor).toEqual({ unchanged: 1, moved: 0, fuzzy: 0, review: 0, orphaned: 0 });
    expect(rig.service.annotations.get(note.id).anchor).toBe('anchored');

    expect(rig.service.remove('decree-17-2031', { deleteAnnotations: true }).annotationsDeleted).toBe(1);
    expect(rig.service.annotations.get(note.id).deleted).not.toBeNull();
  });

  it('tells the host after each change, so it can reopen search', async () => {
    const seen: string[] = [];
    const service = new ImportService({
      db: rig.user.db,
      bundled: rig.corpus,
      onChange: (id) => seen.push(id ?? 'several'),
    });
    await service.importFile(file(VI_DECREE));
    await service.importFile(file(EN_DECREE));
    service.pair('decree-17-2031', 'decree-17-2031-en');
    service.remove('decree-17-2031-en');
    expect(seen).toEqual(['decree-17-2031', 'decree-17-2031-en', 'decree-17-2031', 'decree-17-2031-en']);
  });

  it('refuses to remove a bundled document or an unknown one', () => {
    expect(() => rig.service.remove('decree-63-2020')).toThrow(LecternError);
    expect(() => rig.service.remove('nope')).toThrow(/No imported document/u);
  });
});

describe('request schemas', () => {
  it('accept what the service takes and refuse the rest with a field name', async () => {
    expect(
      importCommitRequestSchema.safeParse({ previewId: randomUUID(), edits: { issued: '2031-03-05' } })
        .success,
    ).toBe(true);
    expect(importPreviewRequestSchema.safeParse({ path: '/tmp/a.docx', bytes: [1] }).success).toBe(false);
    expect(pairRequestSchema.safeParse({ docId: 'a', otherDocId: null }).success).toBe(true);
    const preview = await rig.service.preview(file(EN_DECREE));
    await expect(rig.service.commit(preview.previewId, { issued: '5 March 2031' })).rejects.toThrow(
      /issued/u,
    );
    await expect(rig.service.commit(preview.previewId, { docId: 'Nghị định' })).rejects.toThrow(/docId/u);
    expect(rig.service.list()).toEqual([]);
  });
});
