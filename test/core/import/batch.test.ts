// Batch import over real SQLite: every file of a folder ends imported, replaced, skipped or failed and is reported;
// duplicates follow the chosen policy; a bad file does not stop the rest; the index is stored once and covers all.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBatch, planBatch } from '../../../electron/core/import/batch-import';
import { folderFiles } from '../../../electron/core/import/folder-files';
import { LibrarySearch } from '../../../electron/core/import/imported-search';
import type { ImportRig } from './helpers';
import { importTableCounts, openRig } from './helpers';
import { smallDecree } from '../../support/small-decree';

const decree = smallDecree;

let rig: ImportRig;
let dir: string;
beforeEach(() => {
  rig = openRig();
  dir = join(rig.dir, 'incoming');
  mkdirSync(join(dir, 'sub'), { recursive: true });
  writeFileSync(join(dir, 'a.txt'), decree(1, 'ngựa'));
  writeFileSync(join(dir, 'sub', 'b.txt'), decree(2, 'thuyền'));
  writeFileSync(join(dir, 'c-again.txt'), decree(1, 'ngựa vằn'));
  writeFileSync(join(dir, 'broken.pdf'), 'not a pdf at all');
  writeFileSync(join(dir, 'picture.gif'), 'GIF89a');
});
afterEach(() => {
  rig.cleanup();
});

describe('batch import', () => {
  it('lists a folder: importable files (sub-folders too) and the rest, sorted', () => {
    const found = folderFiles(dir);
    expect(found.importable.map((p) => p.slice(dir.length + 1))).toEqual([
      'a.txt',
      'broken.pdf',
      'c-again.txt',
      'sub/b.txt',
    ]);
    expect(found.other.map((p) => p.slice(dir.length + 1))).toEqual(['picture.gif']);
  });

  it('imports every good file, reports the bad one and skips a duplicate number, storing the index once', async () => {
    const seen: string[] = [];
    const report = await importBatch(rig.service, folderFiles(dir).importable, {
      onProgress: (item, done, total) => seen.push(`${done}/${total} ${item.status}`),
    });
    expect(report.items.map((i) => [i.file, i.status, i.docId])).toEqual([
      ['a.txt', 'imported', 'decree-1-2030'],
      ['broken.pdf', 'failed', null],
      ['c-again.txt', 'skipped', null],
      ['b.txt', 'imported', 'decree-2-2030'],
    ]);
    expect(report.items[1]?.message).toMatch(/broken\.pdf is named \.pdf but is not a PDF file/u);
    expect(report.items[2]).toMatchObject({ duplicateOf: 'decree-1-2030' });
    expect(seen).toEqual(['1/4 imported', '2/4 failed', '3/4 skipped', '4/4 imported']);
    expect(report).toMatchObject({ imported: 2, skipped: 1, failed: 1, replaced: 0 });
    // Search as the next start opens it finds both new documents.
    const search = LibrarySearch.open(rig.corpus.db, rig.service.reader).library.service;
    expect(
      search
        .search('thuyền')
        .groups.flatMap((g) => g.hits)
        .map((h) => h.docId),
    ).toContain('decree-2-2030');
    expect(
      search
        .search('ngựa')
        .groups.flatMap((g) => g.hits)
        .map((h) => h.docId),
    ).toContain('decree-1-2030');
  });

  it('replaces a duplicate or keeps both under a new id, as asked', async () => {
    const files = [join(dir, 'a.txt'), join(dir, 'c-again.txt')];
    const replaced = await importBatch(rig.service, files, { onDuplicate: 'replace' });
    expect(replaced.items.map((i) => [i.status, i.docId])).toEqual([
      ['imported', 'decree-1-2030'],
      ['replaced', 'decree-1-2030'],
    ]);
    expect(rig.service.reader.getNode('decree-1-2030', 'art_1')?.text).toContain('ngựa vằn');
    const both = await importBatch(rig.service, [join(dir, 'a.txt')], { onDuplicate: 'keep-both' });
    expect(both.items.map((i) => [i.status, i.docId, i.duplicateOf])).toEqual([
      ['imported', 'decree-1-2030-2', 'decree-1-2030'],
    ]);
    // The same file again is a duplicate by its bytes too.
    const again = await importBatch(rig.service, [join(dir, 'a.txt')]);
    expect(again.items[0]?.status).toBe('skipped');
  });

  it('plans a batch without storing anything, duplicates within the batch included', async () => {
    const before = importTableCounts(rig);
    const plan = await planBatch(rig.service, folderFiles(dir).importable);
    expect(plan.items.map((i) => [i.file, i.status])).toEqual([
      ['a.txt', 'imported'],
      ['broken.pdf', 'failed'],
      ['c-again.txt', 'skipped'],
      ['b.txt', 'imported'],
    ]);
    expect(importTableCounts(rig)).toEqual(before);
  });
});
