// A citation that names an act opens that act's provision, and only that: "Điều 5 Nghị định 19/2019/NĐ-CP" opens
// Decree 19/2019, "Điều 12 Luật Đất đai" the Land Law, and an act not in the library opens nothing and says so.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBatch } from '../../../electron/core/import/batch-import';
import { LibrarySearch } from '../../../electron/core/import/imported-search';
import { parseCitation } from '../../../electron/core/search/citation-query';
import type { SearchService } from '../../../electron/core/search/search-service';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportRig } from '../import/helpers';
import { openRig } from '../import/helpers';

const act = (head: string[], articles: number): string =>
  [
    ...head,
    'Căn cứ Hiến pháp;',
    ...Array.from(
      { length: articles },
      (_, i) => `Điều ${i + 1}. Điều số ${i + 1}\n1. Nội dung ${i + 1}.\n2. Nội dung khác.`,
    ),
  ].join('\n');

let rig: ImportRig;
let search: SearchService;
beforeEach(async () => {
  rig = openRig();
  const decree = join(rig.dir, 'nd19.txt');
  const law = join(rig.dir, 'luat.txt');
  writeFileSync(
    decree,
    act(
      [
        'CHÍNH PHỦ',
        'Số: 19/2019/NĐ-CP',
        'Hà Nội, ngày 19 tháng 02 năm 2019',
        'NGHỊ ĐỊNH',
        'VỀ HỌ, HỤI, BIÊU, PHƯỜNG',
      ],
      9,
    ),
  );
  writeFileSync(law, act(['QUỐC HỘI', 'Luật số: 31/2024/QH15', 'LUẬT', 'ĐẤT ĐAI'], 14));
  await importBatch(rig.service, [decree, law]);
  search = LibrarySearch.open(rig.corpus.db, rig.service.reader).library.service;
});
afterEach(() => {
  rig.cleanup();
});

describe('citations that name an act', () => {
  it('are parsed with the act apart from the provision', () => {
    expect(parseCitation('khoản 2 Điều 8 Nghị định 19/2019')).toMatchObject({
      eId: 'art_8__cl_2',
      act: { text: 'Nghị định 19/2019', number: '19/2019', name: null },
    });
    expect(parseCitation('Điều 12 Luật Đất đai')).toMatchObject({
      eId: 'art_12',
      act: { number: null, name: 'dat dai' },
    });
    expect(parseCitation('Article 6 of Decree 63/2020/ND-CP')).toMatchObject({
      act: { text: 'Decree 63/2020/ND-CP' },
    });
    expect(parseCitation('Điều 6')?.act).toBeNull();
  });

  it.each([
    ['Điều 5 Nghị định 19/2019/NĐ-CP', 'decree-19-2019', 'art_5'],
    ['khoản 2 Điều 8 Nghị định 19/2019', 'decree-19-2019', 'art_8__cl_2'],
    ['Điều 12 Luật Đất đai', 'law-31-2024', 'art_12'],
    ['Article 6 of Decree 63/2020/ND-CP', 'decree-63-2020', 'art_6'],
    ['Điều 5 Nghị định 63', 'decree-63-2020', 'art_5'],
  ])('%s opens %s', (query, docId, eId) => {
    const r = search.search(query);
    expect(r.jump).toEqual({ docId, eId });
    expect(r.act?.docId).toBe(docId);
  });

  it('opens nothing when the act is not in the library, even if another act has that article', () => {
    const r = search.search('Điều 5 Nghị định 13/2023');
    expect(r.jump).toBeNull();
    expect(r.act).toEqual({ text: 'Nghị định 13/2023', docId: null });
  });

  it('opens nothing when the act has no such provision, and names the act', () => {
    const r = search.search('Điều 12 Nghị định 19/2019');
    expect(r.jump).toBeNull();
    expect(r.act).toEqual({ text: 'Nghị định 19/2019', docId: 'decree-19-2019' });
  });

  it('without an act still opens the first document that has the provision (the current one when filtered)', () => {
    expect(search.search('Điều 6').jump?.docId).toBe('decree-63-2020');
    expect(search.search('Điều 6', { docId: 'decree-19-2019' }).jump).toEqual({
      docId: 'decree-19-2019',
      eId: 'art_6',
    });
  });
});

describe('references to other acts inside a document', () => {
  it('link to that act when the library holds it, and stay a card naming the act otherwise', async () => {
    const citing = join(rig.dir, 'nd20.txt');
    writeFileSync(
      citing,
      [
        'CHÍNH PHỦ',
        'Số: 20/2031/NĐ-CP',
        'Hà Nội, ngày 05 tháng 3 năm 2031',
        'NGHỊ ĐỊNH',
        'VỀ DẪN CHIẾU',
        'Căn cứ Hiến pháp;',
        'Điều 1. Dẫn chiếu',
        '1. Thực hiện theo Điều 5 Nghị định 19/2019/NĐ-CP.',
        '2. Thực hiện theo khoản 2 Điều 8 Nghị định số 19/2019/NĐ-CP.',
        '3. Thực hiện theo Điều 3 Nghị định 13/2023/NĐ-CP.',
        '4. Thực hiện theo Điều 99 Nghị định 19/2019/NĐ-CP.',
        '5. Thực hiện theo Luật Đất đai số 31/2024/QH15.',
      ].join('\n'),
    );
    const report = await importBatch(rig.service, [citing]);
    const docId = report.items[0]?.docId ?? '';
    search.syncDocument(docId);
    const refs = rig.service.reader.getRefs(docId).filter((r) => r.kind === 'external');
    const linked = search.linkRefs(refs).map((r) => [r.fromEId, r.targetDocId, r.targetEId]);
    expect(linked).toEqual([
      ['art_1__cl_1', 'decree-19-2019', 'art_5'],
      ['art_1__cl_2', 'decree-19-2019', 'art_8__cl_2'],
      // Not in the library, and a provision the act does not have: no link, never another act's article.
      ['art_1__cl_3', null, null],
      ['art_1__cl_4', null, null],
      // The act named alone opens the act itself.
      ['art_1__cl_5', 'law-31-2024', rig.service.reader.getNodes('law-31-2024')[0]?.eId],
    ]);
  });
});
