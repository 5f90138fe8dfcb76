// Preview warnings: numbering gaps, repeated numbers, text outside any article, and no structure at all.
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../../electron/core/import/preview';

const source = { fileName: 'x.txt', format: 'txt' as const, fileSha256: '0'.repeat(64) };
const codes = (text: string): { code: string; eId: string | null }[] =>
  parseImportText(text, source, {
    number: '1/2031/ND-CP',
    issued: '2031-01-01',
    issuer: 'The Government',
  }).warnings.map((w) => ({
    code: w.code,
    eId: w.eId,
  }));

describe('import warnings', () => {
  it('report a gap in article numbers, in clause numbers and in point letters (đ/dd counts)', () => {
    const text = [
      'DECREE',
      'Pursuant to the Law;',
      'Article 1. A',
      '1. one',
      '3. three',
      'Article 4. B',
      'a) first',
      'b) second',
      'e) fifth',
    ].join('\n');
    expect(codes(text)).toEqual([
      { code: 'numbering-gap', eId: 'art_4' },
      { code: 'numbering-gap', eId: 'art_1__cl_3' },
      { code: 'numbering-gap', eId: 'art_4__pt_e' },
    ]);
    const gap = parseImportText(text, source).warnings.find((w) => w.eId === 'art_4');
    expect(gap?.message).toMatch(/numbers 2–3 are missing/u);
  });

  it('accept a complete a) b) c) d) đ) e) run and an English dd)', () => {
    const vi = 'NGHỊ ĐỊNH\nCăn cứ Luật;\nĐiều 1. A\na) x\nb) x\nc) x\nd) x\nđ) x\ne) x';
    expect(codes(vi)).toEqual([]);
    expect(codes('DECREE\nPursuant to the Law;\nArticle 1. A\na) x\nb) x\nc) x\nd) x\ndd) x\ne) x')).toEqual(
      [],
    );
  });

  it('report a repeated article number and keep both articles', () => {
    const text =
      'DECREE\nPursuant to the Law;\nArticle 1. A\nText.\nArticle 2. B\nText.\nArticle 2. C\nText.';
    const p = parseImportText(text, source);
    expect(p.warnings.filter((w) => w.code === 'duplicate').map((w) => w.eId)).toEqual(['art_2_dup2']);
    expect(p.nodes.find((n) => n.eId === 'art_2_dup2')?.heading).toBe('C');
  });

  it('report body text left on a chapter, outside any article', () => {
    const text =
      'DECREE\nPursuant to the Law;\nChapter I\nGENERAL\nThis stray sentence has no article.\nArticle 1. A\nText.';
    expect(codes(text)).toEqual([{ code: 'unassigned-text', eId: 'chp_1' }]);
  });

  it('say when no structure was found, and when a legal text lacks number and date', () => {
    expect(parseImportText('Just a paragraph.\nAnother one.', source).warnings.map((w) => w.code)).toEqual([
      'no-structure',
    ]);
    const legal = parseImportText('DECREE\nPursuant to the Law;\nArticle 1. A\nText.', source);
    expect(legal.warnings.map((w) => w.code)).toEqual([
      'metadata-missing',
      'metadata-missing',
      'metadata-missing',
    ]);
  });
});

describe('gap messages', () => {
  it('name missing points by letter and missing numbers by number', () => {
    const p = parseImportText(
      'DECREE\nPursuant to the Law;\nArticle 1. A\n1. x\na) x\ndd) x\nArticle 3. B',
      source,
    );
    expect(p.warnings.map((w) => w.message)).toEqual([
      'Article 3: number 2 is missing.',
      'Point dd in art_1__cl_1: points b–d are missing.',
      'No document number was found; enter it before saving if the document has one.',
      'No issue date was found; enter it before saving if the document has one.',
      'No issuer was found; enter it before saving if the document has one.',
    ]);
  });
});
