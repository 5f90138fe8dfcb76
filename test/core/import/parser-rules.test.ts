// The importer's additions to the one corpus parser: Vietnamese preamble openers, Arabic chapter numbers, Mục,
// Phụ lục and đ) points, and duplicate numbers kept under a suffixed id (imports) instead of refused (build).
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../electron/core/corpus/ingest/ingest';
import { LecternError } from '../../../electron/core/errors';

const VI = [
  'QUỐC HỘI',
  'LUẬT',
  'CÔNG NGHIỆP QUỐC PHÒNG',
  'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;',
  'Quốc hội ban hành Luật Công nghiệp quốc phòng.',
  'Chương 1',
  'NHỮNG QUY ĐỊNH CHUNG',
  'Mục 2. CƠ SỞ CÔNG NGHIỆP',
  'Điều 7. Cơ sở',
  '1. Cơ sở công nghiệp gồm:',
  'd) Cơ sở nòng cốt;',
  'đ) Cơ sở động viên.',
  'Phụ lục',
  'DANH MỤC',
].join('\n');

describe('Vietnamese structure rules', () => {
  it('ends the title at "Căn cứ" (a Vietnamese word, where \\b would fail) and reads Arabic chapters, Mục, đ) and Phụ lục', () => {
    const { nodes } = ingestText(VI, { docId: 'law', lang: 'vi' });
    const byId = new Map(nodes.map((n) => [n.eId, n]));
    expect(byId.get('title')?.text).toBe('QUỐC HỘI\nLUẬT\nCÔNG NGHIỆP QUỐC PHÒNG');
    expect(byId.get('preamble')?.text.startsWith('Căn cứ Hiến pháp')).toBe(true);
    expect(byId.get('chp_1')?.num).toBe('1');
    expect(byId.get('chp_1__sec_2')?.heading).toBe('CƠ SỞ CÔNG NGHIỆP');
    expect(byId.get('art_7')?.parentEId).toBe('chp_1__sec_2');
    expect(byId.get('art_7__cl_1__pt_dd')?.text).toBe('Cơ sở động viên.');
    expect(byId.get('annex_1')?.heading).toBe('Phụ lục');
  });

  it('takes "Theo đề nghị" as a preamble opener too', () => {
    const { nodes } = ingestText('NGHỊ ĐỊNH\nTheo đề nghị của Bộ trưởng;\nĐiều 1. A\nB.', {
      docId: 'd',
      lang: 'vi',
    });
    expect(nodes.find((n) => n.eId === 'preamble')?.text).toBe('Theo đề nghị của Bộ trưởng;');
  });
});

describe('duplicate provision numbers', () => {
  const text = 'Article 1. A\n1. one\n1. again\nArticle 1. B\n1. three';

  it('are refused by default (the corpus build), naming the id', () => {
    expect(() => ingestText(text, { docId: 'd', lang: 'en' })).toThrow(LecternError);
    expect(() => ingestText(text, { docId: 'd', lang: 'en' })).toThrow(/art_1__cl_1/u);
  });

  it('are kept under suffixed ids and reported when renaming is asked for (imports)', () => {
    const r = ingestText(text, { docId: 'd', lang: 'en', renameDuplicates: true });
    expect(r.nodes.map((n) => n.eId)).toEqual([
      'art_1',
      'art_1__cl_1',
      'art_1__cl_1_dup2',
      'art_1_dup2',
      'art_1_dup2__cl_1',
    ]);
    expect(r.duplicates).toEqual([
      { eId: 'art_1__cl_1', renamedTo: 'art_1__cl_1_dup2' },
      { eId: 'art_1', renamedTo: 'art_1_dup2' },
    ]);
    expect(r.nodes.find((n) => n.eId === 'art_1__cl_1_dup2')?.text).toBe('again');
  });
});
