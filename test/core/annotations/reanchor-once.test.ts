// Re-anchoring is done once: a note left off the current text (to review, or orphaned) is not re-anchored again at
// every start, nor are incoming notes a notes import already placed, nor the notes of a removed document — until
// the text or the note changes. Real user.sqlite, real imported documents, the real re-anchoring.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportService } from '../../../electron/core/import/import-service';
import type { ImportRig } from '../import/helpers';
import { openRig } from '../import/helpers';

const v1 = [
  'NGHỊ ĐỊNH',
  'Căn cứ Luật Tổ chức Chính phủ;',
  'Điều 1. Phạm vi',
  '1. Tổ chức họ phải tuân thủ các nguyên tắc cơ bản của pháp luật dân sự.',
  '2. Việc tổ chức họ chỉ nhằm mục đích tương trợ lẫn nhau.',
].join('\n');
// Clause 1 is repealed: a note on its words has nowhere to go.
const v2 = v1.replace(
  '1. Tổ chức họ phải tuân thủ các nguyên tắc cơ bản của pháp luật dân sự.',
  '1. (Bãi bỏ)',
);
const v3 = `${v2}\n3. Một khoản mới về tương trợ.`;

const txt = (text: string) => ({
  fileName: 'nd.txt',
  bytes: new TextEncoder().encode(text),
  edits: { docId: 'nd' },
});
const actions = (rig: ImportRig): number =>
  (rig.user.db.prepare('SELECT count(*) AS n FROM actions').get() as { n: number }).n;

let rig: ImportRig;
beforeEach(() => {
  rig = openRig();
});
afterEach(() => {
  rig.cleanup();
});

describe('re-anchoring at start-up', () => {
  it('leaves a note already decided on the current text alone, and looks again once the text changes', async () => {
    await rig.service.importFile(txt(v1));
    const note = rig.service.annotations.create({
      docId: 'nd',
      eId: 'art_1__cl_1',
      quote: 'nguyên tắc cơ bản',
    });
    await rig.service.importFile(txt(v2));
    expect(rig.service.annotations.get(note.id).anchor).not.toBe('anchored');
    // The replacement re-anchored it; every later start finds nothing to redo and logs nothing.
    const logged = actions(rig);
    expect(rig.service.annotations.reanchorAll()).toEqual({});
    expect(rig.reopen().annotations.reanchorAll()).toEqual({});
    expect(actions(rig)).toBe(logged);
    // New text: the note is looked at again (once).
    await rig.service.importFile(txt(v3));
    const afterV3 = actions(rig);
    expect(rig.service.annotations.reanchorAll()).toEqual({});
    expect(actions(rig)).toBe(afterV3);
  });

  it('re-anchors a note it has not decided yet exactly once', async () => {
    await rig.service.importFile(txt(v1));
    const note = rig.service.annotations.create({
      docId: 'nd',
      eId: 'art_1__cl_1',
      quote: 'nguyên tắc cơ bản',
    });
    // The text changed behind the notes' back (an upgraded corpus does this): nothing decided yet.
    rig.user.db.prepare('UPDATE annotations SET doc_hash = ? WHERE id = ?').run('0'.repeat(64), note.id);
    const first = rig.service.annotations.reanchorAll();
    expect(first.nd).toMatchObject({ unchanged: 1 });
    expect(rig.service.annotations.reanchorAll()).toEqual({});
  });

  it('orphans the notes of a removed document once, not at every start', async () => {
    await rig.service.importFile(txt(v1));
    rig.service.annotations.create({ docId: 'nd', eId: 'art_1__cl_2', quote: 'tương trợ' });
    rig.service.remove('nd');
    const first = rig.service.annotations.reanchorAll();
    expect(Object.keys(first).length).toBeLessThanOrEqual(1);
    expect(rig.service.annotations.reanchorAll()).toEqual({});
    expect(rig.reopen().annotations.reanchorAll()).toEqual({});
  });

  it('does not redo what a notes import placed: notes made on another text arrive re-anchored, once', async () => {
    // Machine A has v1 and notes on it; machine B has v2 of the same document.
    await rig.service.importFile(txt(v1));
    for (const quote of ['nguyên tắc cơ bản', 'pháp luật dân sự', 'tương trợ lẫn nhau']) {
      rig.service.annotations.create({
        docId: 'nd',
        eId: quote === 'tương trợ lẫn nhau' ? 'art_1__cl_2' : 'art_1__cl_1',
        quote,
      });
    }
    const bundle = rig.service.annotations.exportNotes({ format: 'json' }).text;
    const other = openRig();
    try {
      const b = new ImportService({ db: other.user.db, bundled: other.corpus });
      await b.importFile(txt(v2));
      const report = b.annotations.importNotes(bundle, { acceptUntrusted: true });
      expect(report.added).toBe(3);
      const logged = (other.user.db.prepare('SELECT count(*) AS n FROM actions').get() as { n: number }).n;
      expect(b.annotations.reanchorAll()).toEqual({});
      expect((other.user.db.prepare('SELECT count(*) AS n FROM actions').get() as { n: number }).n).toBe(
        logged,
      );
    } finally {
      other.cleanup();
    }
  });
});
