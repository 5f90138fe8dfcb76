import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/app/create-handlers';
import { describeReanchoring, openServices } from '../../electron/app/open-services';
import { SNAPSHOT_EVERY } from '../../electron/core/import/imported-search';
import { scriptedPlatform } from '../support/services';
import { defaultCorpusLocation } from '../../electron/core/corpus/location';

const dirs: string[] = [];
function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-open-services-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('openServices at start-up', () => {
  it('reports nothing to re-anchor when every note was made on the current text', () => {
    const dataDir = tempDataDir();
    const first = openServices({ corpusDir: defaultCorpusLocation().dir, dataDir, appVersion: '9.9.9' });
    first.annotations.create({
      docId: 'decree-63-2020',
      eId: 'art_6__cl_1',
      quote: 'state secrets',
      note: 'n',
    });
    first.close();
    const second = openServices({ corpusDir: defaultCorpusLocation().dir, dataDir });
    expect(second.notices.reanchored).toBeNull();
    second.close();
  });

  it('re-anchors notes made on an older text of a document and says so', () => {
    const dataDir = tempDataDir();
    const first = openServices({ corpusDir: defaultCorpusLocation().dir, dataDir });
    const created = first.annotations.create({
      docId: 'decree-63-2020',
      eId: 'art_6__cl_1',
      quote: 'state secrets',
      note: 'made on an older corpus',
    });
    // Simulate an app upgrade whose corpus text differs: the note was pinned to another content hash.
    first.userDb.db
      .prepare('UPDATE annotations SET doc_hash = ? WHERE id = ?')
      .run('0'.repeat(64), created.id);
    first.close();

    const second = openServices({ corpusDir: defaultCorpusLocation().dir, dataDir });
    expect(second.notices.reanchored).toContain('decree-63-2020: 1 unchanged, 0 moved');
    const after = second.annotations.get(created.id);
    expect(after.target.docHash).toBe(second.corpus.getDocument('decree-63-2020')?.contentHash);
    expect(after.target.quote?.exact).toBe('state secrets');
    second.close();
  });

  it('writes the app version into notes-exchange manifests', () => {
    const dataDir = tempDataDir();
    const services = openServices({ corpusDir: defaultCorpusLocation().dir, dataDir, appVersion: '9.9.9' });
    services.annotations.create({ docId: 'decree-63-2020', eId: 'art_6__cl_1', quote: 'state secrets' });
    const exported = services.annotations.exportNotes({ format: 'json' }).text;
    expect(exported).toContain('9.9.9');
    services.close();
  });
});

describe('the library in the running app', () => {
  const act = (head: string[], body: string[]) => ({
    fileName: 'act.txt',
    bytes: Buffer.from([...head, 'Căn cứ Hiến pháp;', ...body].join('\n'), 'utf8'),
  });
  const cited = act(
    ['CHÍNH PHỦ', 'Số: 19/2031/NĐ-CP', 'Hà Nội, ngày 05 tháng 3 năm 2031', 'NGHỊ ĐỊNH', 'VỀ THỬ NGHIỆM'],
    ['Điều 1. Phạm vi', '1. Nội dung thử nghiệm chim hải âu.', 'Điều 2. Hiệu lực', '1. Có hiệu lực./.'],
  );
  const citing = act(
    ['CHÍNH PHỦ', 'Số: 20/2031/NĐ-CP', 'Hà Nội, ngày 06 tháng 3 năm 2031', 'NGHỊ ĐỊNH', 'VỀ DẪN CHIẾU'],
    ['Điều 1. Dẫn chiếu', '1. Thực hiện theo Điều 2 Nghị định 19/2031/NĐ-CP.'],
  );

  it('searches an import at once and links references to it once the cited act is in the library', async () => {
    const dataDir = tempDataDir();
    const services = openServices({ corpusDir: defaultCorpusLocation().dir, dataDir, snapshotDelayMs: 20 });
    const handlers = createHandlers(services, scriptedPlatform().platform);
    await services.importer.importFile(citing);
    // Before the cited act is in the library the reference is a card naming it; once it is, a link to it.
    const unlinked = await handlers['documents:refs']({ docId: 'decree-20-2031' });
    expect(unlinked.find((r) => r.kind === 'external')?.targetEId).toBeNull();
    await services.importer.importFile(cited);
    expect(services.search.search('hải âu').groups.map((g) => g.docId)).toEqual(['decree-19-2031']);
    const refs = await handlers['documents:refs']({ docId: 'decree-20-2031' });
    expect(refs.find((r) => r.kind === 'external')).toMatchObject({
      targetDocId: 'decree-19-2031',
      targetEId: 'art_2',
    });
    // Two changes are below the snapshot threshold; a removal afterwards is searched at once too.
    expect(services.library.staleness()).toBe(2);
    services.importer.remove('decree-19-2031');
    expect(services.search.search('hải âu').total).toBe(0);
    services.close();
  });

  it('writes the snapshot at a quiet moment once enough documents changed', async () => {
    const dataDir = tempDataDir();
    const services = openServices({ corpusDir: defaultCorpusLocation().dir, dataDir, snapshotDelayMs: 300 });
    for (let n = 1; n <= SNAPSHOT_EVERY; n++) {
      await services.importer.importFile(
        act(
          [`CHÍNH PHỦ`, `Số: ${n}/2032/NĐ-CP`, 'NGHỊ ĐỊNH', `VỀ VIỆC ${n}`],
          [`Điều 1. Việc ${n}`, `1. Nội dung ${n}.`],
        ),
      );
    }
    expect(services.library.staleness()).toBe(SNAPSHOT_EVERY);
    // While the reviewer keeps searching, the write waits for a quiet spell.
    for (let i = 0; i < 8; i++) {
      services.search.search('nội dung');
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(services.library.staleness()).toBe(SNAPSHOT_EVERY);
    await new Promise((r) => setTimeout(r, 900));
    expect(services.library.staleness()).toBe(0);
    services.close();
    const again = openServices({ corpusDir: defaultCorpusLocation().dir, dataDir });
    expect(again.library.staleness()).toBe(0);
    expect(again.search.search('việc 7').groups.map((g) => g.docId)).toContain('decree-7-2032');
    again.close();
  });
});

describe('describeReanchoring', () => {
  it('is null when no document changed and names each changed document otherwise', () => {
    expect(describeReanchoring({})).toBeNull();
    const text = describeReanchoring({ a: { unchanged: 1, moved: 2, fuzzy: 3, review: 5, orphaned: 4 } });
    expect(text).toContain('a: 1 unchanged, 2 moved, 3 matched approximately, 5 to review, 4 unanchored');
  });
});
