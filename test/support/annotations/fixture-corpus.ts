// A small CorpusReader over real clause text of Decree 63/2020 (Articles 4 and 5), for tests that must not wait
// for corpus.sqlite. `revise` swaps a document's nodes, as a corrected translation would.
import { createHash } from 'node:crypto';
import type {
  CorpusNode,
  CorpusReader,
  DocumentMeta,
  NodeKind,
} from '../../../electron/core/corpus/model.js';

/** A node as written in fixtures: eId, parent, kind and text. */
export interface FixtureNode {
  eId: string;
  parent: string | null;
  kind: NodeKind;
  text: string;
}

/** Article 4 (four clauses) and Article 5, clause 1 with points a–c, verbatim from data/sources. */
export const DECREE_NODES: FixtureNode[] = [
  { eId: 'art_4', parent: null, kind: 'article', text: '' },
  {
    eId: 'art_4__cl_1',
    parent: 'art_4',
    kind: 'clause',
    text: "Pursue objectives, tasks and strategies for national security protection, social order and safety maintenance, serving necessary demands of the People's Public Security Force and other law enforcement force.",
  },
  {
    eId: 'art_4__cl_2',
    parent: 'art_4',
    kind: 'clause',
    text: 'Combine the national industry and national defense industry and exploit their potential; security industry establishments are not allowed to make the investments that the industry serving people’s life and the national defense are able to make, and vice versa. Give priority to advanced products which are used in a manner that maintains confidentiality and ensures safety, effectiveness and environmental safety.',
  },
  {
    eId: 'art_4__cl_3',
    parent: 'art_4',
    kind: 'clause',
    text: 'Associate socio – economic development with national defense and security assurance on the basis of promoting the internal strength and expanding international cooperation; guard state secrets about security and national defense.',
  },
  {
    eId: 'art_4__cl_4',
    parent: 'art_4',
    kind: 'clause',
    text: 'Comply with regulations of law on manufacturing, management and sale of weapons, explosive materials and combat gears; management of public property and regulations of law on business lines subject to security requirements, Vietnam’s commitments to weapon disarmament and non-proliferation and international treaties to which Vietnam is a signatory.',
  },
  { eId: 'art_5', parent: null, kind: 'article', text: '' },
  {
    eId: 'art_5__cl_1',
    parent: 'art_5',
    kind: 'clause',
    text: 'Criteria applied to a specialized security product:',
  },
  {
    eId: 'art_5__cl_1__pt_a',
    parent: 'art_5__cl_1',
    kind: 'point',
    text: "Such product has typical features suitable for nature, characteristics and professional requirements of the People's Public Security Force and other law enforcement force;",
  },
  {
    eId: 'art_5__cl_1__pt_b',
    parent: 'art_5__cl_1',
    kind: 'point',
    text: 'Such product is commissioned or requested by a competent authority in accordance with regulations of law;',
  },
];

/** Turns fixture nodes into CorpusNodes in reading order. */
export function toCorpusNodes(docId: string, nodes: readonly FixtureNode[]): CorpusNode[] {
  const depth = new Map<string, number>();
  return nodes.map((n, order) => {
    const d = n.parent === null ? 0 : (depth.get(n.parent) ?? 0) + 1;
    depth.set(n.eId, d);
    const num = /(\w+)$/.exec(n.eId)?.[1]?.replace(/^(art|cl|pt)_/, '') ?? null;
    return {
      docId,
      eId: n.eId,
      parentEId: n.parent,
      kind: n.kind,
      num,
      heading: null,
      text: n.text,
      order,
      depth: d,
      cells: null,
    };
  });
}

/** An in-memory CorpusReader whose documents can be revised during a test. */
export class FixtureCorpus implements CorpusReader {
  private readonly docs = new Map<string, { meta: DocumentMeta; nodes: CorpusNode[] }>();

  constructor(docs: Record<string, readonly FixtureNode[]> = { 'decree-63-2020': DECREE_NODES }) {
    for (const [docId, nodes] of Object.entries(docs)) this.revise(docId, nodes);
  }

  /** Replaces a document's text; its content hash changes with it. */
  revise(docId: string, nodes: readonly FixtureNode[]): CorpusNode[] {
    const corpusNodes = toCorpusNodes(docId, nodes);
    const contentHash = createHash('sha256')
      .update(JSON.stringify(corpusNodes.map((n) => [n.eId, n.text])))
      .digest('hex');
    const meta: DocumentMeta = {
      docId,
      kind: 'decree',
      title: 'Decree on Security Industry',
      shortTitle: 'Decree 63/2020',
      number: '63/2020/ND-CP',
      issuer: 'Government',
      signer: null,
      author: null,
      issued: '2020-06-08',
      effective: null,
      published: null,
      language: 'en',
      status: 'Unofficial English translation',
      about: null,
      source: 'fixture',
      contentHash,
    };
    this.docs.set(docId, { meta, nodes: corpusNodes });
    return corpusNodes;
  }

  listDocuments(): DocumentMeta[] {
    return [...this.docs.values()].map((d) => d.meta);
  }
  getDocument(docId: string): DocumentMeta | null {
    return this.docs.get(docId)?.meta ?? null;
  }
  getNodes(docId: string): CorpusNode[] {
    return this.docs.get(docId)?.nodes ?? [];
  }
  getNode(docId: string, eId: string): CorpusNode | null {
    return this.getNodes(docId).find((n) => n.eId === eId) ?? null;
  }
  getRefs(): [] {
    return [];
  }
  getTerms(): [] {
    return [];
  }
}
