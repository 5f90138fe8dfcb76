// Copy with citation and the footnote marker links, on a Vietnamese act: the copied text and its citation are
// written as the document is, and a marker "[1]" links to the footnote attached to its provision.
import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../electron/core/corpus/model';
import type { NodeSpec } from '../support/node-specs';
import { nodesFromSpecs } from '../support/node-specs';
import { citationOf, textWithCitation } from '../../renderer/src/reader/citation-text';
import { footnoteRefs, isFootnoteRef } from '../../renderer/src/reader/footnote-markers';
import { provisionLabel } from '../../renderer/src/reader/provision-label';
import { indexDocument } from '../../renderer/src/state/use-document';

function load(language: 'en' | 'vi', specs: NodeSpec[]) {
  const nodes = nodesFromSpecs('doc', specs);
  const meta: DocumentMeta = {
    docId: 'doc',
    kind: 'decree',
    title: 'T',
    shortTitle: 'T',
    number: '19/2019/ND-CP',
    issuer: null,
    signer: null,
    author: null,
    issued: null,
    effective: null,
    published: null,
    language,
    status: 'test',
    about: null,
    source: 'test',
    contentHash: 'x',
  };
  return indexDocument(meta, nodes, [], []);
}

const SPECS: NodeSpec[] = [
  ['preamble', 'preamble', null, null, null, 'Căn cứ Hiến pháp[1];'],
  ['fn_1', 'footnote', 'preamble', '1', null, 'Chú thích về căn cứ.'],
  ['chp_1', 'chapter', null, 'I', 'QUY ĐỊNH CHUNG', ''],
  ['art_6', 'article', 'chp_1', '6', 'Giải thích từ ngữ', ''],
  ['art_6__cl_1', 'clause', 'art_6', '1', null, 'Họ là hình thức giao dịch[2] về tài sản[1].'],
  ['art_6__cl_1__pt_dd', 'point', 'art_6__cl_1', 'dd', null, 'Điểm đ.'],
];

describe('copy with citation', () => {
  it('copies a Vietnamese article with its label and a Vietnamese citation', () => {
    const doc = load('vi', SPECS);
    expect(citationOf(doc, 'art_6__cl_1__pt_dd')).toBe('điểm đ khoản 1 Điều 6 Nghị định 19/2019/NĐ-CP');
    expect(textWithCitation(doc, 'art_6')).toBe(
      [
        'Điều 6. Giải thích từ ngữ',
        '1. Họ là hình thức giao dịch[2] về tài sản[1].',
        'đ) Điểm đ.',
        '— Điều 6 Nghị định 19/2019/NĐ-CP',
      ].join('\n'),
    );
  });

  it('copies the same provisions of an English document in English', () => {
    const doc = load('en', SPECS);
    expect(textWithCitation(doc, 'art_6').split('\n')[0]).toBe('Article 6. Giải thích từ ngữ');
    expect(citationOf(doc, 'art_6__cl_1')).toBe('Clause 1, Article 6, Decree 19/2019/ND-CP');
  });
});

describe('navigation labels', () => {
  it('labels numbered units in the document language and named blocks in the interface language', () => {
    const doc = load('vi', SPECS);
    const node = (eId: string) => doc.byEId.get(eId)!;
    expect(provisionLabel(node('chp_1'), 'vi', 'en')).toBe('Chương I');
    expect(provisionLabel(node('art_6__cl_1'), 'vi', 'en')).toBe('khoản 1');
    expect(provisionLabel(node('preamble'), 'vi', 'en')).toBe('Preamble');
    expect(provisionLabel(node('preamble'), 'en', 'vi')).toBe('Phần mở đầu');
    expect(provisionLabel(node('fn_1'), 'vi', 'en')).toBe('Note [1]');
  });
});

describe('footnote markers', () => {
  it('links each marker to the footnote of its own provision only', () => {
    const doc = load('vi', SPECS);
    const refs = footnoteRefs(doc.nodes);
    expect(refs.get('preamble')?.map((r) => [r.start, r.end, r.targetEId])).toEqual([[16, 19, 'fn_1']]);
    // Clause 1 carries "[1]" and "[2]" but has no footnote of its own: nothing to link.
    expect(refs.has('art_6__cl_1')).toBe(false);
    expect(refs.get('preamble')?.every(isFootnoteRef)).toBe(true);
  });
});
