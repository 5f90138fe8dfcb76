// A small hand-written corpus for search tests: each node exists to prove one behaviour.
import type { DocumentMeta } from '../../../electron/core/corpus/model';
import type { NodeSpec } from '../../support/node-specs';
import { nodesFromSpecs } from '../../support/node-specs';
import type { GeneratedDoc } from '../../bench/search/generate-clauses';
import { blankDocumentMeta } from '../../../electron/core/corpus/blank-meta';

function doc(
  meta: Partial<DocumentMeta> & { docId: string; title: string },
  specs: NodeSpec[],
): GeneratedDoc {
  const nodes = nodesFromSpecs(meta.docId, specs);
  return {
    meta: {
      ...blankDocumentMeta({ kind: 'decree', status: 'test', source: 'fixture', ...meta }),
      contentHash: 'x',
    },
    nodes,
  };
}

/** Two documents: a decree-like text with chapters and a commentary with sections. */
export function fixtureDocs(): GeneratedDoc[] {
  return [
    doc({ docId: 'decree-test', title: 'Test Decree', number: '63/2020/ND-CP' }, [
      ['chp_1', 'chapter', null, 'I', 'GENERAL', ''],
      ['art_1', 'article', 'chp_1', '1', 'Prohibited acts', ''],
      ['art_1__cl_1', 'clause', 'art_1', '1', null, 'Revealing state secrets about security industry.'],
      [
        'art_1__cl_2',
        'clause',
        'art_1',
        '1',
        null,
        'Establishments are not allowed to make any investment that the national defence makes.',
      ],
      ['art_1__cl_3', 'clause', 'art_1', '3', null, 'Secrets of the state are kept by all agencies.'],
      [
        'art_2',
        'article',
        'chp_1',
        '2',
        'Land intended for security industry',
        'Land is allocated under Decree No.99/2025/NĐ-CP and Decision No.717/QĐ-TTg of 2020.',
      ],
      ['chp_2', 'chapter', null, 'II', 'RESPONSIBILITIES', ''],
      ['art_3', 'article', 'chp_2', '3', 'Responsibilities of provincial People’s Committees', ''],
      // The unmarked copy comes first, so only the exact-mark bonus can put the marked one on top.
      ['art_3__cl_1', 'clause', 'art_3', '1', null, 'Bao dam an ninh cho dat quoc phong.'],
      ['art_3__cl_2', 'clause', 'art_3', '2', null, 'Bảo đảm an ninh cho đất quốc phòng.'],
      [
        'art_3__cl_3',
        'clause',
        'art_3',
        '3',
        null,
        'Notes on <script>alert("x")</script> & other markup in land records.',
      ],
      ['art_11', 'article', 'chp_2', '11', 'Policies', ''],
      ['art_11__cl_1', 'clause', 'art_11', '1', null, 'Particular policies include:'],
      ['art_11__cl_1__pt_d', 'point', 'art_11__cl_1', 'd', null, 'Tax incentives for research.'],
      ['art_11__cl_1__pt_dd', 'point', 'art_11__cl_1', 'dd', null, 'Priority in land allocation.'],
    ]),
    doc({ docId: 'commentary-test', title: 'Test Commentary', kind: 'commentary' }, [
      [
        'sec_1',
        'section',
        null,
        '1',
        'Urgently finalising legal documents',
        'Land and personnel policies for defence industry.',
      ],
      [
        'sec_1__p_1',
        'paragraph',
        'sec_1',
        null,
        null,
        'The Ministry of National Defence drafts decrees on land.',
      ],
    ]),
  ];
}
