// Synthetic documents and annotations for export tests and the export benchmark (deterministic, seedable).
import type { Annotation, AnnotationColor } from '../../../electron/core/annotations/model';
import { ANNOTATION_COLORS } from '../../../electron/core/annotations/model';
import type { CorpusNode, DocumentMeta } from '../../../electron/core/corpus/model';

const WORDS =
  'security industry establishment product quốc phòng an ninh công nghiệp cơ sở sản phẩm ministry shall cooperate with relevant agencies programme plan investment technology research development dual-use specialized national defence Điều khoản điểm'.split(
    ' ',
  );

/** A small deterministic PRNG so fixtures and benchmarks are reproducible. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Metadata for a synthetic decree. */
export function syntheticMeta(docId = 'synthetic-doc'): DocumentMeta {
  return {
    docId,
    kind: 'decree',
    title: 'Synthetic Decree on Testing',
    shortTitle: 'Decree 1/2099/ND-CP',
    number: '1/2099/ND-CP',
    issuer: 'The Government',
    signer: null,
    author: null,
    issued: '2099-01-02',
    effective: null,
    published: null,
    language: 'en',
    status: 'Synthetic test document',
    about: null,
    source: 'synthetic',
    contentHash: 'synthetic-hash',
  };
}

/** A decree with `provisions` clauses: chapters of 10 articles, 3 clauses each (the last clause of each with points). */
export function syntheticNodes(provisions: number, docId = 'synthetic-doc', seed = 7): CorpusNode[] {
  const rand = rng(seed);
  const sentence = (min: number, max: number): string => {
    const n = min + Math.floor(rand() * (max - min));
    return Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ') + '.';
  };
  const nodes: CorpusNode[] = [];
  const push = (n: Omit<CorpusNode, 'docId' | 'order' | 'cells'>): void => {
    nodes.push({ ...n, docId, order: nodes.length, cells: null });
  };
  let clauses = 0;
  let article = 0;
  while (clauses < provisions) {
    if (article % 10 === 0) {
      const ch = article / 10 + 1;
      push({
        eId: `chp_${ch}`,
        parentEId: null,
        kind: 'chapter',
        num: String(ch),
        heading: `PART ${ch}`,
        text: '',
        depth: 0,
      });
    }
    article += 1;
    const chapter = `chp_${Math.floor((article - 1) / 10) + 1}`;
    const art = `art_${article}`;
    push({
      eId: art,
      parentEId: chapter,
      kind: 'article',
      num: String(article),
      heading: sentence(2, 6).slice(0, -1),
      text: '',
      depth: 1,
    });
    for (let c = 1; c <= 3 && clauses < provisions; c++) {
      clauses += 1;
      push({
        eId: `${art}__cl_${c}`,
        parentEId: art,
        kind: 'clause',
        num: String(c),
        heading: null,
        text: sentence(12, 60),
        depth: 2,
      });
    }
  }
  return nodes;
}

/** `count` highlights spread over the nodes that have text, each over a run of whole words. */
export function syntheticAnnotations(
  doc: DocumentMeta,
  nodes: CorpusNode[],
  count: number,
  seed = 11,
): Annotation[] {
  const rand = rng(seed);
  const withText = nodes.filter((n) => n.text.length > 20);
  return Array.from({ length: count }, (_, i): Annotation => {
    const node = withText[Math.floor(rand() * withText.length)] ?? withText[0]!;
    const words = [...node.text.matchAll(/\S+/g)];
    const a = Math.floor(rand() * words.length);
    const b = Math.min(words.length - 1, a + Math.floor(rand() * 8));
    const start = words[a]!.index;
    const end = words[b]!.index + words[b]![0].length;
    const color: AnnotationColor = ANNOTATION_COLORS[i % ANNOTATION_COLORS.length]!;
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      continues: [],
      target: {
        docId: doc.docId,
        docHash: doc.contentHash,
        eId: node.eId,
        position: { start, end },
        quote: { exact: node.text.slice(start, end), prefix: '', suffix: '' },
      },
      note: `Note ${i}: ghi chú số ${i} về ${node.eId}`,
      color,
      tags: i % 3 === 0 ? ['review'] : ['other'],
      author: 'Reviewer',
      created: '2026-01-01T00:00:00.000Z',
      updated: '2026-01-01T00:00:00.000Z',
      deleted: null,
      anchor: 'anchored',
    };
  });
}
