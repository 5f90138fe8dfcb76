// The FlexSearch 0.8 Document index over every node that carries text, plus the term dictionary that
// expands the word being typed, and its deterministic export to rows (stored in corpus.sqlite).
import { Document } from 'flexsearch';
import type { CorpusNode, DocumentMeta } from '../corpus/model';
import { LecternError } from '../errors';
import {
  decodeDictionary,
  decodeEntries,
  encodeDictionary,
  encodeEntries,
  splitLines,
  type Dictionary,
} from './index-codec';
import { encodeWords, foldedLine } from './normalize';
import { wordCount } from './ranking';

/** Bump when the stored form changes: a corpus with another version is re-indexed once at start-up. */
export const SEARCH_INDEX_FORMAT = 3;

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

/** Filters by document, chapter and provision, answered from FlexSearch's tags. */
export interface TagFilter {
  doc?: string;
  chapter?: string;
  unit?: string;
}

/** The nodes carrying every tag of a filter: a bitmap by id for checks, and the ids in order. */
export interface TagSet {
  bits: Uint8Array;
  ids: number[];
}

/** Marks the ids one query has looked at; `first(id)` is true on the first look only. */
export interface Visits {
  first(id: number): boolean;
}

/** One of the two indexed fields. */
export type IndexField = 'heading' | 'body';

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
    /** Folded word line of each node's body (heading + text + cells), by id: verified without folding at query time. */
    readonly lines: readonly string[],
    /** Folded word line of each node's heading (" " when it has none), by id. */
    readonly headings: readonly string[],
  ) {
    this.lengths = new Uint16Array(entries.length);
  }

  private readonly tagSets = new Map<string, TagSet>();
  /** Word count of each line, filled on first use (0 = not yet): no start-up cost, no stored copy. */
  private readonly lengths: Uint16Array;
  // One stamp per node and a counter per query: marking seen ids allocates nothing per query.
  private stamps: Uint32Array | null = null;
  private stamp = 0;

  /** Index every node that carries text, in the given order (the order fixes the numeric ids). */
  static build(sources: readonly IndexSource[]): SearchIndex {
    const flex = createDocument();
    const entries: { docId: string; eId: string }[] = [];
    const lines: string[] = [];
    const headings: string[] = [];
    const df = new Map<string, number>();
    let words = 0;
    for (const { meta, nodes } of sources) {
      const byEId = new Map(nodes.map((n) => [n.eId, n]));
      for (const node of nodes) {
        const body = nodeBody(node);
        if (body.trim() === '') continue;
        const id = entries.length;
        entries.push({ docId: meta.docId, eId: node.eId });
        const line = foldedLine(body);
        lines.push(line);
        headings.push(foldedLine(node.heading ?? ''));
        const encoded = line === ' ' ? [] : line.slice(1, -1).split(' ');
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
      lines,
      headings,
    );
  }

  /** Rebuild from rows written by `toRows`; throws CORRUPT when a row is missing or unreadable. */
  static fromRows(rows: readonly IndexRow[]): SearchIndex {
    const flex = createDocument();
    let entries = null as { docId: string; eId: string }[] | null;
    let dict = null as Dictionary | null;
    let lines = null as string[] | null;
    let headings = null as string[] | null;
    try {
      for (const row of rows) {
        if (row.key.startsWith('fs:')) flex.import(row.key.slice(3), row.data);
        else if (row.key === 'lectern:entries') entries = decodeEntries(row.data);
        else if (row.key === 'lectern:terms') dict = decodeDictionary(row.data);
        else if (row.key === 'lectern:lines') lines = splitLines(row.data);
        else if (row.key === 'lectern:headings') headings = splitLines(row.data);
      }
    } catch (e) {
      throw new LecternError('CORRUPT', `The stored search index is unreadable: ${String(e)}`);
    }
    if (
      entries === null ||
      dict === null ||
      dict.terms.length !== dict.df.length ||
      lines?.length !== entries.length ||
      headings?.length !== entries.length
    ) {
      throw new LecternError('CORRUPT', 'The stored search index is incomplete.');
    }
    return new SearchIndex(flex, entries, dict.terms, dict.df, dict.avgLength, lines, headings);
  }

  /** Serialize to rows; the same input gives byte-identical rows (insertion order is the node order). */
  toRows(): IndexRow[] {
    const rows: IndexRow[] = [];
    // With a synchronous handler FlexSearch exports synchronously, in a fixed order.
    this.flex.export((key: string, data: string) => {
      rows.push({ key: `fs:${key}`, data });
    });
    rows.push({ key: 'lectern:entries', data: encodeEntries(this.entries) });
    rows.push({ key: 'lectern:terms', data: encodeDictionary(this) });
    // Lines hold only folded words and single spaces, so a newline separates them unambiguously.
    rows.push({ key: 'lectern:lines', data: this.lines.join('\n') });
    rows.push({ key: 'lectern:headings', data: this.headings.join('\n') });
    return rows;
  }

  /** A fresh set of seen ids for one query (valid until the next call). */
  visits(): Visits {
    if (this.stamps === null || this.stamp === 0xffffffff) {
      this.stamps = new Uint32Array(this.entries.length);
      this.stamp = 0;
    }
    const stamps = this.stamps;
    const stamp = ++this.stamp;
    return {
      first(id: number): boolean {
        if (stamps[id] === stamp || id < 0 || id >= stamps.length) return false;
        stamps[id] = stamp;
        return true;
      },
    };
  }

  /** Words in node `id`'s body line, for length normalisation. */
  wordCount(id: number): number {
    let n = this.lengths[id] ?? 0;
    if (n === 0) {
      n = Math.min(0xffff, wordCount(this.lines[id] ?? ' '));
      this.lengths[id] = n;
    }
    return n;
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

  /**
   * Up to `count` ids of nodes whose `field` holds the folded word `term`, from `offset`, in FlexSearch's
   * rank order (a word early in the field first). One word costs a slice of its posting list, where a
   * multi-word FlexSearch query would intersect the lists of common words.
   */
  postings(term: string, field: IndexField, offset: number, count: number): number[] {
    const out: number[] = [];
    for (const group of this.flex.search(term, { index: field, limit: count, offset })) {
      for (const id of group.result) if (typeof id === 'number') out.push(id);
    }
    return out;
  }

  /** The nodes carrying every tag in `tags` (from FlexSearch's tag index), null without tags; cached. */
  tagged(tags: TagFilter): TagSet | null {
    const pairs = Object.entries(tags).filter((e): e is [string, string] => typeof e[1] === 'string');
    if (pairs.length === 0) return null;
    const key = JSON.stringify(pairs);
    let set = this.tagSets.get(key);
    if (set === undefined) {
      const hits = new Uint8Array(this.entries.length);
      const limit = Math.max(1, this.entries.length);
      for (const [field, value] of pairs) {
        for (const group of this.flex.search('', { tag: { [field]: value }, limit })) {
          for (const id of group.result) if (typeof id === 'number' && hits[id] !== undefined) hits[id]++;
        }
      }
      const ids: number[] = [];
      const bits = new Uint8Array(this.entries.length);
      hits.forEach((n, id) => {
        if (n === pairs.length) {
          bits[id] = 1;
          ids.push(id);
        }
      });
      set = { bits, ids };
      if (this.tagSets.size >= 64) this.tagSets.clear(); // filters are few; keep memory bounded anyway
      this.tagSets.set(key, set);
    }
    return set;
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
