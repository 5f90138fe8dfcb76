// The FlexSearch 0.8 Document index over every node that carries text, plus the term dictionary that
// expands the word being typed, and its deterministic export to rows (stored in corpus.sqlite).
import { Document } from 'flexsearch';
import type { CorpusNode, DocumentMeta } from '../corpus/model';
import { LecternError } from '../errors';
import { encodeWords } from './normalize';

/** Bump when the stored form changes: a corpus with another version is re-indexed once at start-up. */
export const SEARCH_INDEX_FORMAT = 1;

/** One document's nodes, as handed to the index builder. */
export interface IndexSource {
  meta: Pick<DocumentMeta, 'docId'>;
  nodes: readonly CorpusNode[];
}

/** One stored row of the serialized index; rows are written and read back in order. */
export interface IndexRow {
  key: string;
  data: string;
}

/** Filters applied inside FlexSearch as tags, so they cost nothing at query time. */
export interface TagFilter {
  doc?: string;
  chapter?: string;
  unit?: string;
}

interface Dictionary {
  terms: string[];
  df: number[];
  avgLength: number;
}

/** The fields FlexSearch sees for one node. */
type IndexedNode = {
  id: number;
  heading: string;
  body: string;
  doc: string;
  kind: string;
  chapter: string;
  unit: string;
} & Record<string, string | number>;

const FIELD = {
  // "strict" stores whole words only; prefixes come from the term dictionary (a forward tokenizer on
  // body text costs several times the memory). Scoring by position (resolution) orders candidates.
  tokenize: 'strict',
  resolution: 9,
  encode: encodeWords,
} as const;

function createDocument(): Document<IndexedNode> {
  return new Document<IndexedNode>({
    fastupdate: false,
    document: {
      id: 'id',
      index: [
        { field: 'heading', ...FIELD },
        { field: 'body', ...FIELD },
      ],
      tag: [{ field: 'doc' }, { field: 'kind' }, { field: 'chapter' }, { field: 'unit' }],
    },
  });
}

/** A built or imported index: FlexSearch plus the id table and the term dictionary. */
export class SearchIndex {
  private constructor(
    /** The FlexSearch Document; fields `heading` and `body` (heading + text + table cells). */
    readonly flex: Document<IndexedNode>,
    /** Numeric FlexSearch id → provision. */
    readonly entries: readonly { docId: string; eId: string }[],
    /** Sorted folded words of all bodies, with the number of nodes containing each. */
    readonly terms: readonly string[],
    readonly df: readonly number[],
    /** Average body length in words, for length normalisation in ranking. */
    readonly avgLength: number,
  ) {}

  /** Index every node that carries text, in the given order (the order fixes the numeric ids). */
  static build(sources: readonly IndexSource[]): SearchIndex {
    const flex = createDocument();
    const entries: { docId: string; eId: string }[] = [];
    const df = new Map<string, number>();
    let words = 0;
    for (const { meta, nodes } of sources) {
      const byEId = new Map(nodes.map((n) => [n.eId, n]));
      for (const node of nodes) {
        const body = nodeBody(node);
        if (body.trim() === '') continue;
        const id = entries.length;
        entries.push({ docId: meta.docId, eId: node.eId });
        const encoded = encodeWords(body);
        words += encoded.length;
        for (const w of new Set(encoded)) df.set(w, (df.get(w) ?? 0) + 1);
        flex.add({
          id,
          heading: node.heading ?? '',
          body,
          doc: meta.docId,
          kind: node.kind,
          chapter: chapterOf(node, byEId),
          unit: unitOf(node.eId),
        });
      }
    }
    const terms = [...df.keys()].sort();
    return new SearchIndex(
      flex,
      entries,
      terms,
      terms.map((t) => df.get(t) ?? 0),
      entries.length === 0 ? 0 : words / entries.length,
    );
  }

  /** Rebuild from rows written by `toRows`; throws CORRUPT when a row is missing or unreadable. */
  static fromRows(rows: readonly IndexRow[]): SearchIndex {
    const flex = createDocument();
    let entries = null as { docId: string; eId: string }[] | null;
    let dict = null as Dictionary | null;
    try {
      for (const row of rows) {
        if (row.key.startsWith('fs:')) flex.import(row.key.slice(3), row.data);
        else if (row.key === 'lectern:entries') entries = decodeEntries(row.data);
        else if (row.key === 'lectern:terms') dict = JSON.parse(row.data) as Dictionary;
      }
    } catch (e) {
      throw new LecternError('CORRUPT', `The stored search index is unreadable: ${String(e)}`);
    }
    if (entries === null || dict === null || dict.terms.length !== dict.df.length) {
      throw new LecternError('CORRUPT', 'The stored search index is incomplete.');
    }
    return new SearchIndex(flex, entries, dict.terms, dict.df, dict.avgLength);
  }

  /** Serialize to rows; the same input gives byte-identical rows (insertion order is the node order). */
  toRows(): IndexRow[] {
    const rows: IndexRow[] = [];
    // With a synchronous handler FlexSearch exports synchronously, in a fixed order.
    this.flex.export((key: string, data: string) => {
      rows.push({ key: `fs:${key}`, data });
    });
    rows.push({ key: 'lectern:entries', data: encodeEntries(this.entries) });
    rows.push({
      key: 'lectern:terms',
      data: JSON.stringify({ terms: this.terms, df: this.df, avgLength: this.avgLength }),
    });
    return rows;
  }

  /** Number of nodes containing `term` (folded), 0 when unknown. */
  docFrequency(term: string): number {
    const i = lowerBound(this.terms, term);
    return this.terms[i] === term ? (this.df[i] ?? 0) : 0;
  }

  /** Up to `max` dictionary words starting with `prefix`: the word itself first, then the most frequent. */
  expandPrefix(prefix: string, max: number): string[] {
    const found: { term: string; df: number }[] = [];
    for (let i = lowerBound(this.terms, prefix); i < this.terms.length; i++) {
      const term = this.terms[i] ?? '';
      if (!term.startsWith(prefix)) break;
      found.push({ term, df: this.df[i] ?? 0 });
    }
    found.sort((a, b) => Number(b.term === prefix) - Number(a.term === prefix) || b.df - a.df);
    return found.slice(0, max).map((f) => f.term);
  }

  /** Ids of nodes whose heading or body contain all `words`, heading matches first, each list by FlexSearch rank. */
  candidates(words: readonly string[], tags: TagFilter, limit: number): number[] {
    const query = words.join(' ');
    const tag = Object.entries(tags)
      .filter((e): e is [string, string] => typeof e[1] === 'string')
      .map(([field, value]) => ({ [field]: value }));
    const out: number[] = [];
    const seen = new Set<number>();
    for (const field of ['heading', 'body'] as const) {
      const ids = this.flex.search(query, {
        index: field,
        limit,
        ...(tag.length > 0 ? { tag } : {}),
      });
      for (const group of ids) {
        for (const id of group.result) {
          if (typeof id === 'number' && !seen.has(id)) {
            seen.add(id);
            out.push(id);
          }
        }
      }
    }
    return out;
  }
}

/** The text FlexSearch indexes for a node: heading, own text and any table cells. */
export function nodeBody(node: CorpusNode): string {
  const cells = node.cells?.map((c) => (c.continued ? '' : c.text)).join(' ') ?? '';
  return [node.heading ?? '', node.text, cells].filter((s) => s.trim() !== '').join('\n');
}

/** The provision a scope filter names: `art_6__cl_1` → `art_6`, `sec_3__p_2` → `sec_3`. */
export function unitOf(eId: string): string {
  return eId.split('__')[0] ?? eId;
}

function chapterOf(node: CorpusNode, byEId: ReadonlyMap<string, CorpusNode>): string {
  let cur: CorpusNode | undefined = node;
  while (cur !== undefined) {
    if (cur.kind === 'chapter') return cur.eId;
    cur = cur.parentEId === null ? undefined : byEId.get(cur.parentEId);
  }
  return 'none';
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function encodeEntries(entries: readonly { docId: string; eId: string }[]): string {
  const docs: string[] = [];
  const nodes: [number, string][] = [];
  for (const e of entries) {
    let d = docs.indexOf(e.docId);
    if (d < 0) d = docs.push(e.docId) - 1;
    nodes.push([d, e.eId]);
  }
  return JSON.stringify({ docs, nodes });
}

function decodeEntries(data: string): { docId: string; eId: string }[] {
  const { docs, nodes } = JSON.parse(data) as { docs: string[]; nodes: [number, string][] };
  return nodes.map(([d, eId]) => {
    const docId = docs[d];
    if (docId === undefined) throw new Error(`entry ${eId} names no document`);
    return { docId, eId };
  });
}
