// Replacing an imported document shows where each note would go before anything is written; a note whose only
// candidate is uncertain stays unanchored unless the reviewer confirms the suggestion at commit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportRig } from './helpers';
import { importTableCounts, openRig } from './helpers';

const v1 = [
  'NGHỊ ĐỊNH',
  'Căn cứ Luật Tổ chức Chính phủ;',
  'Điều 1. Phạm vi',
  '1. Tổ chức họ phải tuân thủ các nguyên tắc cơ bản của pháp luật dân sự.',
  '2. Việc tổ chức họ chỉ nhằm mục đích tương trợ lẫn nhau.',
].join('\n');
// Clause 1 is repealed; "pháp luật" now stands only in a new clause with other words around it.
const v2 = [
  'NGHỊ ĐỊNH',
  'Căn cứ Luật Tổ chức Chính phủ;',
  'Điều 1. Phạm vi',
  '1. (Bãi bỏ)',
  '2. Việc tổ chức họ chỉ nhằm mục đích tương trợ lẫn nhau.',
  '3. Tranh chấp được giải quyết theo quy định của pháp luật về tố tụng.',
].join('\n');

const txt = (text: string) => ({
  fileName: 'nd.txt',
  bytes: new TextEncoder().encode(text),
  edits: { docId: 'nd' },
});

let rig: ImportRig;
beforeEach(() => {
  rig = openRig();
});
afterEach(() => {
  rig.cleanup();
});

async function setUp() {
  await rig.service.importFile(txt(v1));
  const uncertain = rig.service.annotations.create({
    docId: 'nd',
    eId: 'art_1__cl_1',
    quote: 'pháp luật',
    note: 'x',
  });
  const sure = rig.service.annotations.create({
    docId: 'nd',
    eId: 'art_1__cl_2',
    quote: 'tương trợ lẫn nhau',
  });
  return { uncertain, sure };
}

describe('the re-anchoring plan of a replacement', () => {
  it('is shown in the preview, with nothing written', async () => {
    const { uncertain, sure } = await setUp();
    const before = importTableCounts(rig);
    const preview = await rig.service.preview(txt(v2));
    expect(importTableCounts(rig)).toEqual(before);
    expect(rig.service.annotations.get(uncertain.id).target).toEqual(uncertain.target);
    const plan = new Map(preview.replaces?.plan.map((p) => [p.annotationId, p]));
    expect(plan.get(sure.id)).toMatchObject({ outcome: 'unchanged', toEId: 'art_1__cl_2', score: 1 });
    expect(plan.get(uncertain.id)).toMatchObject({
      outcome: 'review',
      fromEId: 'art_1__cl_1',
      toEId: null,
      suggestedEId: 'art_1__cl_3',
      quote: 'pháp luật',
    });
    expect(preview.replaces?.report).toMatchObject({ unchanged: 1, review: 1 });
  });

  it('leaves the uncertain note unanchored on commit unless its suggestion is confirmed', async () => {
    const { uncertain } = await setUp();
    const preview = await rig.service.preview(txt(v2));
    const result = await rig.service.commit(preview.previewId);
    expect(result.reanchor).toMatchObject({ unchanged: 1, review: 1, moved: 0 });
    expect(rig.service.annotations.get(uncertain.id)).toMatchObject({
      anchor: 'orphaned',
      target: uncertain.target,
    });
  });

  it('moves the note to the suggested place when the reviewer confirms it', async () => {
    const { uncertain } = await setUp();
    const preview = await rig.service.preview(txt(v2));
    const result = await rig.service.commit(preview.previewId, {}, [uncertain.id]);
    expect(result.reanchor).toMatchObject({ moved: 1, review: 0 });
    const moved = rig.service.annotations.get(uncertain.id);
    expect(moved).toMatchObject({ anchor: 'moved', target: { eId: 'art_1__cl_3' } });
    const text = rig.service.reader.getNode('nd', 'art_1__cl_3')?.text ?? '';
    expect(text.slice(moved.target.position?.start, moved.target.position?.end)).toBe('pháp luật');
  });
});
