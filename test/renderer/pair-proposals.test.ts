// What the Pair dialog proposes: only documents of the other language with the same number (batch import's loose
// comparison: case, Đ/D, NĐ/ND, spaces) or a similar title, number matches first; a choice is made for the
// reviewer only when exactly one document has the same number.
import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../electron/shared/types';
import { pairCandidates, sameNumber } from '../../renderer/src/library/pair-proposals';

/** A document with just what pairing reads. */
function doc(docId: string, language: 'en' | 'vi', number: string | null, title: string): DocumentMeta {
  return {
    docId,
    kind: 'decree',
    title,
    shortTitle: docId,
    number,
    issuer: null,
    signer: null,
    author: null,
    issued: null,
    effective: null,
    published: null,
    language,
    status: '',
    about: null,
    source: `${docId}.txt`,
    contentHash: docId,
  };
}

const VI = doc('vi-17', 'vi', '17/2031/NĐ-CP', 'Nghị định quy định về bảo vệ bí mật nhà nước');
const EN_17 = doc('en-17', 'en', '17 / 2031 / nd-cp', 'Decree on the protection of state secrets');
const EN_63 = doc('decree-63-2020', 'en', '63/2020/ND-CP', 'Decree on the security industry');
const EN_TITLE = doc('en-x', 'en', null, 'Nghị định quy định về bảo vệ bí mật nhà nước (bản dịch)');
const VI_OTHER = doc('vi-5', 'vi', '17/2031/NĐ-CP', 'Nghị định khác');

describe('pair proposals', () => {
  it('compares numbers loosely, and only known numbers', () => {
    expect(sameNumber(VI, EN_17)).toBe(true);
    expect(sameNumber(VI, EN_63)).toBe(false);
    expect(sameNumber(VI, EN_TITLE)).toBe(false);
    expect(sameNumber(EN_TITLE, { ...EN_TITLE, docId: 'other' })).toBe(false);
  });

  it('proposes the same number first, then similar titles; the rest of the other language are others', () => {
    const c = pairCandidates(VI, [EN_63, EN_TITLE, VI_OTHER, EN_17, VI]);
    expect(c.proposed.map((p) => [p.doc.docId, p.reason])).toEqual([
      ['en-17', 'number'],
      ['en-x', 'title'],
    ]);
    // Same language never counts, even with the same number.
    expect(c.others.map((d) => d.docId)).toEqual(['decree-63-2020']);
    expect(c.preselected).toBe('en-17');
  });

  it('chooses nothing when no document, or more than one, has the same number', () => {
    const unrelated = doc('vi-99', 'vi', '99/2031/NĐ-CP', 'Nghị định về phòng cháy');
    const none = pairCandidates(unrelated, [EN_63, EN_17]);
    expect(none.proposed).toEqual([]);
    expect(none.others.map((d) => d.docId)).toEqual(['decree-63-2020', 'en-17']);
    expect(none.preselected).toBeNull();

    const twice = pairCandidates(VI, [EN_17, { ...EN_17, docId: 'en-17-2' }]);
    expect(twice.proposed.map((p) => p.reason)).toEqual(['number', 'number']);
    expect(twice.preselected).toBeNull();

    // A similar title alone is proposed, never chosen.
    expect(pairCandidates(VI, [EN_TITLE, EN_63]).preselected).toBeNull();
  });
});
