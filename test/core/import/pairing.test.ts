// A Vietnamese original paired with its English translation reads side by side, provision by provision.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CorpusNode } from '../../../electron/core/corpus/model';
import { alignByEId } from '../../../electron/core/import/align';
import { EN_DECREE, VI_DECREE, linesBeforeTable, tableRows } from './fixtures/legal-texts';
import { makeDocx } from './fixtures/make-docx';
import type { ImportRig } from './helpers';
import { openRig } from './helpers';

let rig: ImportRig;
beforeEach(() => {
  rig = openRig();
});
afterEach(() => {
  rig.cleanup();
});

const node = (eId: string, order: number): CorpusNode => ({
  docId: 'd',
  eId,
  parentEId: null,
  kind: 'article',
  num: null,
  heading: null,
  text: eId,
  order,
  depth: 0,
  cells: null,
});

describe('alignByEId', () => {
  it('keeps each side in its own order and places one-sided provisions where they stand', () => {
    const left = ['a', 'b', 'c', 'e'].map(node);
    const right = ['x', 'a', 'c', 'd', 'e', 'f'].map(node);
    expect(alignByEId(left, right).map((r) => `${r.eId}:${r.status}`)).toEqual([
      'x:right-only',
      'a:both',
      'b:left-only',
      'c:both',
      'd:right-only',
      'e:both',
      'f:right-only',
    ]);
  });
});

describe('pairing imported documents', () => {
  it('pairs the original (TXT) with its translation (DOCX) both ways and aligns every provision', async () => {
    const vi = (await rig.service.importFile({ fileName: 'vi.txt', bytes: Buffer.from(VI_DECREE) })).document;
    const docx = makeDocx(linesBeforeTable(EN_DECREE), tableRows(EN_DECREE));
    const en = (await rig.service.importFile({ fileName: 'en.docx', bytes: docx })).document;
    expect(rig.service.pair(vi.docId, en.docId).pairedWith).toBe(en.docId);
    expect(rig.service.list().find((d) => d.docId === en.docId)?.pairedWith).toBe(vi.docId);

    const view = rig.service.sideBySide(vi.docId);
    expect(view.right.docId).toBe(en.docId);
    expect(view.summary).toEqual({ both: view.rows.length, leftOnly: 0, rightOnly: 0 });
    const point = view.rows.find((r) => r.eId === 'art_3__cl_2__pt_dd');
    expect(point?.left?.text).toBe('Biện pháp bảo đảm bí mật nhà nước;');
    expect(point?.right?.text).toBe('Measures for protecting state secrets;');
    // From the translation's side, the pair is found through the back-link.
    expect(rig.service.sideBySide(en.docId).right.docId).toBe(vi.docId);
  });

  it('shows a provision only one version has, and unpairs', async () => {
    const vi = (await rig.service.importFile({ fileName: 'vi.txt', bytes: Buffer.from(VI_DECREE) })).document;
    const shorter = EN_DECREE.replace('e) Deadlines.\n', '');
    const en = (await rig.service.importFile({ fileName: 'en.txt', bytes: Buffer.from(shorter) })).document;
    rig.service.pair(vi.docId, en.docId);
    const view = rig.service.sideBySide(vi.docId);
    expect(view.rows.filter((r) => r.status !== 'both').map((r) => [r.eId, r.status])).toEqual([
      ['art_3__cl_2__pt_e', 'left-only'],
    ]);
    rig.service.pair(vi.docId, null);
    expect(rig.service.list().map((d) => d.pairedWith)).toEqual([null, null]);
    expect(() => rig.service.sideBySide(vi.docId)).toThrow(/not paired/u);
  });

  it('pairs an import with a bundled document of the other language, and refuses same-language pairs', async () => {
    const vi = (await rig.service.importFile({ fileName: 'vi.txt', bytes: Buffer.from(VI_DECREE) })).document;
    expect(rig.service.pair(vi.docId, 'decree-63-2020').pairedWith).toBe('decree-63-2020');
    const en = (await rig.service.importFile({ fileName: 'en.txt', bytes: Buffer.from(EN_DECREE) })).document;
    expect(() => rig.service.pair(en.docId, 'decree-63-2020')).toThrow(/same language/u);
    expect(() => rig.service.pair(vi.docId, 'missing-doc')).toThrow(/No document/u);
  });

  it('clears the pair when the partner is removed', async () => {
    const vi = (await rig.service.importFile({ fileName: 'vi.txt', bytes: Buffer.from(VI_DECREE) })).document;
    const en = (await rig.service.importFile({ fileName: 'en.txt', bytes: Buffer.from(EN_DECREE) })).document;
    rig.service.pair(vi.docId, en.docId);
    rig.service.remove(en.docId);
    expect(rig.service.list()).toMatchObject([{ docId: vi.docId, pairedWith: null }]);
  });
});
