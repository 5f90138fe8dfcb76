// A small Vietnamese act for export tests, with the structure kinds of real ones: parts, a section and a
// sub-section, the Legal Code's source and related notes under an article, and a footnote under the clause
// carrying its marker "[1]".
import type { CorpusNode, DocumentMeta } from '../../../electron/core/corpus/model';
import type { NodeSpec } from '../../support/node-specs';
import { nodesFromSpecs } from '../../support/node-specs';

const SPECS: NodeSpec[] = [
  ['part_1', 'part', null, 'THỨ NHẤT', 'QUY ĐỊNH CHUNG', ''],
  ['chp_1', 'chapter', 'part_1', 'I', 'PHẠM VI', ''],
  ['art_1', 'article', 'chp_1', '1', 'Phạm vi điều chỉnh', 'Luật này quy định về thử nghiệm cấu trúc.'],
  [
    'art_1__source',
    'source-note',
    'art_1',
    null,
    null,
    '(Điều 1 Luật số 24/2018/QH14 có hiệu lực thi hành kể từ ngày 01/01/2019)',
  ],
  [
    'art_1__related',
    'related-note',
    'art_1',
    null,
    null,
    '(Điều này có nội dung liên quan đến Điều 5 của Luật này)',
  ],
  ['chp_1__sec_1', 'section', 'chp_1', '1', 'QUYỀN SỞ HỮU', ''],
  ['chp_1__sec_1__subsec_1', 'subsection', 'chp_1__sec_1', '1', 'QUYỀN CHIẾM HỮU', ''],
  ['art_2', 'article', 'chp_1__sec_1__subsec_1', '2', 'Chiếm hữu', ''],
  ['art_2__cl_1', 'clause', 'art_2', '1', null, 'Chiếm hữu là việc nắm giữ tài sản[1].'],
  ['fn_1', 'footnote', 'art_2__cl_1', '1', null, 'Khoản này được sửa đổi theo Luật số 1/2031/QH15.'],
  ['art_2__cl_2', 'clause', 'art_2', '2', null, 'Người chiếm hữu có quyền.'],
  ['art_2__cl_2__pt_dd', 'point', 'art_2__cl_2', 'dd', null, 'Quyền khác theo quy định.'],
  ['part_2', 'part', null, 'THỨ HAI', 'ĐIỀU KHOẢN THI HÀNH', ''],
  ['chp_2', 'chapter', 'part_2', 'II', 'HIỆU LỰC', ''],
  ['art_3', 'article', 'chp_2', '3', 'Hiệu lực thi hành', 'Luật này có hiệu lực từ ngày 1 tháng 1 năm 2031.'],
];

/** The act's metadata: a Vietnamese law numbered 12/2030/QH15. */
export function vietnameseMeta(): DocumentMeta {
  return {
    docId: 'law-12-2030',
    kind: 'law',
    title: 'Luật Thử nghiệm cấu trúc',
    shortTitle: 'Luật 12/2030/QH15',
    number: '12/2030/QH15',
    issuer: 'Quốc hội',
    signer: 'Nguyễn Văn An',
    author: null,
    issued: '2030-02-01',
    effective: '2031-01-01',
    published: null,
    language: 'vi',
    status: 'Imported TXT (Vietnamese)',
    about: null,
    source: 'luat-12-2030.txt',
    contentHash: 'vi-hash',
  };
}

/** The act's nodes in reading order. */
export function vietnameseNodes(): CorpusNode[] {
  return nodesFromSpecs('law-12-2030', SPECS);
}
