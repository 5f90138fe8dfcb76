import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeReanchoring, openServices } from '../../../electron/core/app/open-services';
import { defaultCorpusLocation } from '../../../electron/core/corpus/location';

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

describe('describeReanchoring', () => {
  it('is null when no document changed and names each changed document otherwise', () => {
    expect(describeReanchoring({})).toBeNull();
    const text = describeReanchoring({ a: { unchanged: 1, moved: 2, fuzzy: 3, review: 5, orphaned: 4 } });
    expect(text).toContain('a: 1 unchanged, 2 moved, 3 matched approximately, 5 to review, 4 unanchored');
  });
});
