// Deterministic generator of legal-style documents (chapters › articles › clauses › points) mixing English
// provisions with Vietnamese passages, for the search benchmark and engine tests. Same seed, same text.
import type { CorpusNode, DocumentMeta } from '../../../electron/core/corpus/model';

/** A generated document: metadata plus nodes in reading order. */
export interface GeneratedDoc {
  meta: DocumentMeta;
  nodes: CorpusNode[];
}

const SUBJECTS = [
  'The Ministry of Public Security',
  'The Ministry of National Defence',
  'Provincial People’s Committees',
  'Security industry establishments',
  'The Ministry of Finance',
  'The Ministry of Planning and Investment',
  'Organizations and individuals',
  'State-invested enterprises',
];
const VERBS = [
  'shall manage',
  'shall not disclose',
  'may import',
  'shall allocate',
  'must report',
  'shall inspect',
];
const OBJECTS = [
  'land intended for security industry',
  'specialized security products',
  'dual-use security products',
  'state secrets about security and national defence',
  'technical supplies and combat gears',
  'sources of capital for security industry development',
  'international cooperation programs',
  'weapons, explosive materials and professional technical instruments',
  'personnel training in foreign countries',
  'scientific research and transfer of technologies',
];
const CONDITIONS = [
  'in accordance with Decree No. 99/2025/NĐ-CP',
  'as prescribed in Decision No.717/QĐ-TTg',
  'unless otherwise provided by law',
  'within 30 days from the date of receipt',
  'under any circumstances',
  'except where all conditions are not satisfied',
  'in the year 2020 and thereafter',
];
const VI_PASSAGES = [
  'Bộ Công an chủ trì, phối hợp với các bộ, ngành quản lý đất quốc phòng, an ninh',
  'Nghiêm cấm tiết lộ bí mật nhà nước về công nghiệp an ninh',
  'Cơ sở công nghiệp an ninh được nhà nước đầu tư nguồn lực',
  'Ủy ban nhân dân cấp tỉnh bố trí quỹ đất cho công nghiệp an ninh',
  'Sản phẩm an ninh chuyên dụng và sản phẩm lưỡng dụng',
  'Điều động nhân lực chất lượng cao cho công nghiệp quốc phòng',
];
const FILLER = [
  'research',
  'fabrication',
  'manufacturing',
  'repair',
  'maintenance',
  'procurement',
  'inspection',
  'registration',
  'licensing',
  'supervision',
  'budget',
  'investment',
  'planning',
  'confidentiality',
  'environmental',
  'safety',
  'certification',
  'assessment',
  'quality',
  'standard',
];
const HEADINGS = [
  'Land intended for security industry',
  'Prohibited acts',
  'Personnel for security industry',
  'International cooperation',
  'Sources of capital',
  'Responsibilities of provincial People’s Committees',
  'Policies for import of technical supplies',
  'Scientific research and technology transfer',
];
const LETTERS = ['a', 'b', 'c', 'd', 'dd', 'e', 'g', 'h'];

/** Mulberry32: a tiny seeded PRNG, so every run generates the same text. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function sentence(rand: () => number, n: number): string {
  const parts = [`${pick(rand, SUBJECTS)} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)}`];
  if (rand() < 0.5) parts.push(pick(rand, CONDITIONS));
  const extra = Array.from({ length: 3 + Math.floor(rand() * 8) }, () => pick(rand, FILLER));
  parts.push(`including ${extra.join(', ')} of item ${n}`);
  let text = parts.join(' ') + '.';
  if (rand() < 0.25) text += ` ${pick(rand, VI_PASSAGES)}.`;
  return text;
}

/** Generate about `clauses` clause-level nodes (clauses and points) spread over documents of 50 articles. */
export function generateCorpus(clauses: number, seed = 63): GeneratedDoc[] {
  const rand = rng(seed);
  const docs: GeneratedDoc[] = [];
  let made = 0;
  for (let d = 0; made < clauses; d++) {
    const docId = `synthetic-${d + 1}`;
    const nodes: CorpusNode[] = [];
    const add = (n: Omit<CorpusNode, 'docId' | 'order' | 'cells'>): void => {
      nodes.push({ ...n, docId, order: nodes.length, cells: null });
    };
    for (let c = 1; c <= 5 && made < clauses; c++) {
      const chp = `chp_${c}`;
      add({
        eId: chp,
        parentEId: null,
        kind: 'chapter',
        num: String(c),
        heading: `Chapter ${c}`,
        text: '',
        depth: 0,
      });
      for (let a = (c - 1) * 10 + 1; a <= c * 10 && made < clauses; a++) {
        const art = `art_${a}`;
        add({
          eId: art,
          parentEId: chp,
          kind: 'article',
          num: String(a),
          heading: pick(rand, HEADINGS),
          text: '',
          depth: 1,
        });
        for (let k = 1; k <= 6 && made < clauses; k++) {
          const cl = `${art}__cl_${k}`;
          add({
            eId: cl,
            parentEId: art,
            kind: 'clause',
            num: String(k),
            heading: null,
            text: sentence(rand, made),
            depth: 2,
          });
          made++;
          if (rand() < 0.3) {
            for (let p = 0; p < 3 && made < clauses; p++) {
              const letter = LETTERS[p] ?? 'a';
              add({
                eId: `${cl}__pt_${letter}`,
                parentEId: cl,
                kind: 'point',
                num: letter,
                heading: null,
                text: sentence(rand, made),
                depth: 3,
              });
              made++;
            }
          }
        }
      }
    }
    docs.push({ meta: syntheticMeta(docId, d), nodes });
  }
  return docs;
}

function syntheticMeta(docId: string, d: number): DocumentMeta {
  return {
    docId,
    kind: 'decree',
    title: `Synthetic Decree ${d + 1} on Security Industry`,
    shortTitle: `Synthetic ${d + 1}`,
    number: `${d + 1}/2020/ND-CP`,
    issuer: 'Government',
    signer: null,
    author: null,
    issued: '2020-06-02',
    effective: '2020-07-20',
    published: null,
    language: 'en',
    status: 'Synthetic benchmark text',
    about: null,
    source: 'generated',
    contentHash: `synthetic-${d + 1}`,
  };
}
