// Re-anchoring never guesses: a note moves to another provision only when its quote and context match one place
// unambiguously; a weaker candidate is a suggestion ('review') and the note stays unanchored until confirmed.
import { describe, expect, it } from 'vitest';
import { quoteAt } from '../../../electron/core/annotations/anchor-text';
import type { Annotation } from '../../../electron/core/annotations/model';
import { confirmSuggestion, reanchor } from '../../../electron/core/annotations/reanchor';
import type { CorpusNode } from '../../../electron/core/corpus/model';

const node = (eId: string, text: string, order: number): CorpusNode => ({
  docId: 'd',
  eId,
  parentEId: null,
  kind: 'clause',
  num: null,
  heading: null,
  text,
  order,
  depth: 0,
  cells: null,
});

/** A note on `exact` in `n` (its first occurrence), as the service stores it. */
function noteOn(n: CorpusNode, exact: string | null, id = 'a'): Annotation {
  const start = exact === null ? -1 : n.text.indexOf(exact);
  return {
    id,
    continues: [],
    target: {
      docId: 'd',
      docHash: 'old',
      eId: n.eId,
      position: exact === null ? null : { start, end: start + exact.length },
      quote: exact === null ? null : quoteAt(n.text, start, start + exact.length),
    },
    note: 'n',
    color: 'yellow',
    tags: [],
    author: 'R',
    created: '2025-01-01T00:00:00.000Z',
    updated: '2025-01-01T00:00:00.000Z',
    deleted: null,
    anchor: 'anchored',
  };
}

const OLD = [
  node('art_1__cl_1', 'Tổ chức họ phải tuân thủ các nguyên tắc cơ bản của pháp luật dân sự.', 0),
  node('art_1__cl_2', 'Việc tổ chức họ chỉ được thực hiện nhằm mục đích tương trợ lẫn nhau.', 1),
];
const run = (oldNodes: CorpusNode[], newNodes: CorpusNode[], a: Annotation) =>
  reanchor(oldNodes, newNodes, [a], { newDocHash: 'new' }).results[0];

describe('re-anchoring you can trust', () => {
  it('leaves a short quote found only in another provision, with other context, for review', () => {
    const a = noteOn(OLD[0]!, 'pháp luật');
    const next = [
      node('art_1__cl_1', 'Một nội dung khác hẳn.', 0),
      node('art_2__cl_1', 'Theo quy định của pháp luật về đất đai.', 1),
    ];
    const r = run(OLD, next, a)!;
    expect(r.outcome).toBe('review');
    expect(r.anchor).toBe('orphaned');
    expect(r.target).toEqual(a.target); // nothing moved
    expect(r.suggestion?.eId).toBe('art_2__cl_1');
    expect(r.score).toBeLessThan(0.5);
    const confirmed = confirmSuggestion(r, new Set(['a']));
    expect(confirmed).toMatchObject({ outcome: 'moved', anchor: 'moved', target: { eId: 'art_2__cl_1' } });
    expect(confirmSuggestion(r, new Set())).toBe(r);
  });

  it('moves a quote whose context came along to the renumbered provision', () => {
    const a = noteOn(OLD[1]!, 'nhằm mục đích');
    const next = [
      node('art_1__cl_1', 'Khoản mới chèn vào.', 0),
      node('art_1__cl_2', OLD[0]!.text, 1),
      node('art_1__cl_3', OLD[1]!.text, 2),
    ];
    expect(run(OLD, next, a)).toMatchObject({ outcome: 'moved', score: 1, target: { eId: 'art_1__cl_3' } });
  });

  it('leaves a quote that occurs in two provisions with the same context for review', () => {
    const a = noteOn(OLD[0]!, 'tuân thủ các nguyên tắc');
    const twin = 'Tổ chức họ phải tuân thủ các nguyên tắc cơ bản của pháp luật dân sự.';
    const next = [
      node('art_1__cl_1', 'Đã bị bãi bỏ.', 0),
      node('art_2__cl_1', twin, 1),
      node('art_3__cl_1', twin, 2),
    ];
    const r = run(OLD, next, a)!;
    expect(r.outcome).toBe('review');
    expect(r.score).toBe(0.5);
  });

  it('moves a long quote found once in the document even without its old context', () => {
    const long = 'các nguyên tắc cơ bản của pháp luật dân sự quy định tại Bộ luật Dân sự';
    const old = [node('art_1__cl_1', `Tổ chức họ phải tuân thủ ${long}.`, 0)];
    const a = noteOn(old[0]!, long);
    const next = [
      node('art_1__cl_1', 'Đã bị bãi bỏ.', 0),
      node('art_9__cl_4', `Khác hẳn: ${long}; còn lại.`, 1),
    ];
    expect(run(old, next, a)).toMatchObject({ outcome: 'moved', target: { eId: 'art_9__cl_4' } });
  });

  it('keeps an approximate match in the note’s own provision as approximate, with a score', () => {
    const a = noteOn(OLD[0]!, 'tuân thủ các nguyên tắc cơ bản');
    const next = [
      node('art_1__cl_1', 'Tổ chức họ phải tuân theo các nguyên tắc cơ bản của pháp luật dân sự.', 0),
      OLD[1]!,
    ];
    const r = run(OLD, next, a)!;
    expect(r.outcome).toBe('fuzzy');
    expect(r.score).toBeGreaterThan(0.85);
    expect(r.score).toBeLessThan(1);
  });

  it('leaves an approximate match in another provision without the old context for review', () => {
    const a = noteOn(OLD[0]!, 'tuân thủ các nguyên tắc cơ bản');
    const next = [
      node('art_1__cl_1', 'Bãi bỏ.', 0),
      node('art_5__cl_2', 'Ai cũng phải tuân theo các nguyên tắc cơ bản khi làm việc.', 1),
    ];
    expect(run(OLD, next, a)?.outcome).toBe('review');
  });

  it('leaves a whole-provision note for review when its old text now stands in two provisions', () => {
    const a = noteOn(OLD[0]!, null);
    const next = [
      node('art_1__cl_1', 'Khác.', 0),
      node('art_2__cl_1', OLD[0]!.text, 1),
      node('art_3__cl_1', OLD[0]!.text, 2),
    ];
    expect(run(OLD, next, a)).toMatchObject({ outcome: 'review', suggestion: { eId: 'art_2__cl_1' } });
    const single = [node('art_1__cl_1', 'Khác.', 0), node('art_2__cl_1', OLD[0]!.text, 1)];
    expect(run(OLD, single, a)).toMatchObject({ outcome: 'moved', target: { eId: 'art_2__cl_1' } });
  });
});
