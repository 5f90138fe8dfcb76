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
import { wordKey } from './word-forms';

/** Bump when the stored form changes: a corpus with another version is re-indexed once at start-up. */
export const SEARCH_INDEX_FORMAT = 4;

/** One document's nodes, as handed to the index builder. */
interface IndexSource {
  meta: Pick<DocumentMeta, 'docId' | 'contentHash'>;
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

/**
 * A built or imported index: FlexSearch plus the id table and the term dictionary. It grows in place: a
 * document added later gets the next ids, a removed one is masked (its ids never match again) until the
 * next full build drops it, so a change costs that document's size, not the library's.
 */
export class SearchIndex {
  private constructor(
    /** The FlexSearch Document; fields `heading` and `body` (heading + text + table cells). */
    readonly flex: Document<IndexedNode>,
    private readonly entryList: { docId: string; eId: string }[],
    /** Folded word → number of live nodes whose body holds it. */
    private readonly dfMap: Map<string, number>,
    private totalWords: number,
    private readonly lineList: string[],
    private readonly headingList: string[],
    /** Document id → content hash of every document the index holds. */
    private readonly coverMap: Map<string, string>,
    dead: readonly number[],
  ) {
    this.lengths = new Uint16Array(entryList.length);
    this.dead = new Uint8Array(entryList.length);
    for (const id of dead) this.markDead(id);
    this.sorted = [...dfMap.keys()].sort();
  }

  private readonly tagSets = new Map<string, TagSet>();
  /** Word count of each line, filled on first use (0 = not yet): no start-up cost, no stored copy. */
  private lengths: Uint16Array;
  /** 1 for the ids of removed documents. */
  private dead: Uint8Array;
  private deadCount = 0;
  /** Every word ever seen, sorted (words whose count fell to 0 are skipped when expanding). */
  private sorted: string[];
  /** Words added since `sorted` was last merged. */
  private fresh: string[] = [];
  /** Ids per document, filled on the first removal. */
  private byDoc: Map<string, number[]> | null = null;
  // One stamp per node and a counter per query: marking seen ids allocates nothing per query.
  private stamps: Uint32Array | null = null;
  private stamp = 0;
  /** Dictionary words by `wordKey`, built on the first query that asks (none at start-up), then kept current. */
  private formMap: Map<string, string[]> | null = null;

  /** Numeric FlexSearch id → provision (removed documents' ids included, masked). */
  get entries(): readonly { docId: string; eId: string }[] {
    return this.entryList;
  }

  /** Folded word line of each node's body (heading + text + cells), by id: verified without folding at query time. */
  get lines(): readonly string[] {
    return this.lineList;
  }

  /** Folded word line of each node's heading (" " when it has none), by id. */
  get headings(): readonly string[] {
    return this.headingList;
  }

  /** Nodes of the documents the index holds (removed ones not counted). */
  get liveCount(): number {
    return this.entryList.length - this.deadCount;
  }

  /** Average body length in words over live nodes, for length normalisation in ranking. */
  get avgLength(): number {
    return this.liveCount === 0 ? 0 : this.totalWords / this.liveCount;
  }

  /** Share of ids that belong to removed documents: a full build pays off when it grows large. */
  get deadFraction(): number {
    return this.entryList.length === 0 ? 0 : this.deadCount / this.entryList.length;
  }

  /** The documents the index holds, with the content hash each was indexed at. */
  get covers(): ReadonlyMap<string, string> {
    return this.coverMap;
  }

  /** Sorted folded words of live bodies (for the stored dictionary). */
  get terms(): readonly string[] {
    this.mergeFresh();
    return this.sorted.filter((t) => (this.dfMap.get(t) ?? 0) > 0);
  }

  /** The number of live nodes holding each of `terms`, in the same order. */
  get df(): readonly number[] {
    return this.terms.map((t) => this.dfMap.get(t) ?? 0);
  }

  /** Index every node that carries text, in the given order (the order fixes the numeric ids). */
  static build(sources: readonly IndexSource[]): SearchIndex {
    const index = new SearchIndex(createDocument(), [], new Map(), 0, [], [], new Map(), []);
    for (const source of sources) index.addDocument(source);
    index.mergeFresh();
    return index;
  }

  /** Add one document's nodes under the next free ids; an already present document is replaced. */
  addDocument({ meta, nodes }: IndexSource): void {
    if (this.coverMap.has(meta.docId)) this.removeDocument(meta.docId);
    const byEId = new Map(nodes.map((n) => [n.eId, n]));
    const ids: number[] = [];
    for (const node of nodes) {
      const body = nodeBody(node);
      if (body.trim() === '') continue;
      const id = this.entryList.length;
      ids.push(id);
      this.entryList.push({ docId: meta.docId, eId: node.eId });
      const line = foldedLine(body);
      this.lineList.push(line);
      this.headingList.push(foldedLine(node.heading ?? ''));
      const encoded = line === ' ' ? [] : line.slice(1, -1).split(' ');
      this.totalWords += encoded.length;
      for (const w of new Set(encoded)) {
        const n = this.dfMap.get(w);
        if (n === undefined) {
          this.fresh.push(w);
          if (this.formMap !== null) addForm(this.formMap, w);
        }
        this.dfMap.set(w, (n ?? 0) + 1);
      }
      this.flex.add({
        id,
        heading: node.heading ?? '',
        body,
        doc: meta.docId,
        kind: node.kind,
        chapter: chapterOf(node, byEId),
        unit: unitOf(node.eId),
      });
    }
    this.coverMap.set(meta.docId, meta.contentHash);
    this.byDoc?.set(meta.docId, ids);
    this.grow();
  }

  /** Mask every node of a document; its words stop counting at once. False when the index does not hold it. */
  removeDocument(docId: string): boolean {
    if (!this.coverMap.delete(docId)) return false;
    for (const id of this.idsOf(docId)) {
      if (this.dead[id] === 1) continue;
      const line = this.lineList[id] ?? ' ';
      const encoded = line === ' ' ? [] : line.slice(1, -1).split(' ');
      this.totalWords -= encoded.length;
      for (const w of new Set(encoded)) this.dfMap.set(w, (this.dfMap.get(w) ?? 1) - 1);
      this.markDead(id);
    }
    this.byDoc?.delete(docId);
    this.tagSets.clear();
    return true;
  }

  /** Rebuild from rows written by `toRows`; throws CORRUPT when a row is missing or unreadable. */
  static fromRows(rows: readonly IndexRow[]): SearchIndex {
    const flex = createDocument();
    let entries = null as { docId: string; eId: string }[] | null;
    let dict = null as Dictionary | null;
    let lines = null as string[] | null;
    let headings = null as string[] | null;
    let covers = null as Map<string, string> | null;
    let dead: number[] = [];
    try {
      for (const row of rows) {
        if (row.key.startsWith('fs:')) flex.import(row.key.slice(3), row.data);
        else if (row.key === 'lectern:entries') entries = decodeEntries(row.data);
        else if (row.key === 'lectern:terms') dict = decodeDictionary(row.data);
        else if (row.key === 'lectern:lines') lines = splitLines(row.data);
        else if (row.key === 'lectern:headings') headings = splitLines(row.data);
        else if (row.key === 'lectern:covers') covers = decodeCovers(row.data);
        else if (row.key === 'lectern:dead') dead = decodeIds(row.data);
      }
    } catch (e) {
      throw new LecternError('CORRUPT', `The stored search index is unreadable: ${String(e)}`);
    }
    if (
      entries === null ||
      dict === null ||
      covers === null ||
      dict.terms.length !== dict.df.length ||
      lines?.length !== entries.length ||
      headings?.length !== entries.length ||
      dead.some((id) => id >= entries.length)
    ) {
      throw new LecternError('CORRUPT', 'The stored search index is incomplete.');
    }
    const df = new Map<string, number>();
    dict.terms.forEach((t, i) => df.set(t, dict.df[i] ?? 0));
    const live = entries.length - new Set(dead).size;
    return new SearchIndex(flex, entries, df, dict.avgLength * live, lines, headings, covers, dead);
  }

  /** Serialize to rows; the same input gives byte-identical rows (insertion order is the node order). */
  toRows(): IndexRow[] {
    const rows: IndexRow[] = [];
    // With a synchronous handler FlexSearch exports synchronously, in a fixed order.
    this.flex.export((key: string, data: string) => {
      rows.push({ key: `fs:${key}`, data });
    });
    rows.push({ key: 'lectern:entries', data: encodeEntries(this.entryList) });
    rows.push({ key: 'lectern:terms', data: encodeDictionary(this) });
    // Lines hold only folded words and single spaces, so a newline separates them unambiguously.
    rows.push({ key: 'lectern:lines', data: this.lineList.join('\n') });
    rows.push({ key: 'lectern:headings', data: this.headingList.join('\n') });
    rows.push({ key: 'lectern:covers', data: encodeCovers(this.coverMap) });
    if (this.deadCount > 0) rows.push({ key: 'lectern:dead', data: encodeIds(this.deadIds()) });
    return rows;
  }

  /** Whether `id` belongs to a removed document. */
  isDead(id: number): boolean {
    return this.dead[id] === 1;
  }

  /** A fresh set of seen ids for one query (valid until the next call); removed documents' ids are never new. */
  visits(): Visits {
    if (this.stamps === null || this.stamps.length < this.entryList.length || this.stamp === 0xffffffff) {
      this.stamps = new Uint32Array(this.entryList.length);
      this.stamp = 0;
    }
    const stamps = this.stamps;
    const dead = this.dead;
    const stamp = ++this.stamp;
    return {
      first(id: number): boolean {
        if (stamps[id] === stamp || id < 0 || id >= stamps.length || dead[id] === 1) return false;
        stamps[id] = stamp;
        return true;
      },
    };
  }

  /** Words in node `id`'s body line, for length normalisation. */
  wordCount(id: number): number {
    let n = this.lengths[id] ?? 0;
    if (n === 0) {
      n = Math.min(0xffff, wordCount(this.lineList[id] ?? ' '));
      this.lengths[id] = n;
    }
    return n;
  }

  /** Number of live nodes containing `term` (folded), 0 when unknown. */
  docFrequency(term: string): number {
    return this.dfMap.get(term) ?? 0;
  }

  /**
   * The live words of the dictionary that are the same English word as `word` ("incentives" → incentive,
   * incentives; "defence" → defense), `word` itself excluded: any of them matches in its place.
   */
  formsOf(word: string): string[] {
    if (this.formMap === null) {
      const map = new Map<string, string[]>();
      for (const w of this.dfMap.keys()) addForm(map, w);
      this.formMap = map;
    }
    const group = this.formMap.get(wordKey(word));
    if (group === undefined) return [];
    return group.filter((w) => w !== word && (this.dfMap.get(w) ?? 0) > 0);
  }

  /** Up to `max` dictionary words starting with `prefix`: the word itself first, then the most frequent. */
  expandPrefix(prefix: string, max: number): string[] {
    this.mergeFresh();
    const found: { term: string; df: number }[] = [];
    for (let i = lowerBound(this.sorted, prefix); i < this.sorted.length; i++) {
      const term = this.sorted[i] ?? '';
      if (!term.startsWith(prefix)) break;
      const df = this.dfMap.get(term) ?? 0;
      if (df > 0) found.push({ term, df });
    }
    found.sort((a, b) => Number(b.term === prefix) - Number(a.term === prefix) || b.df - a.df);
    return found.slice(0, max).map((f) => f.term);
  }

  /**
   * Up to `count` ids of nodes whose `field` holds the folded word `term`, from `offset`, in FlexSearch's
   * rank order (a word early in the field first), and whether more follow. One word costs a slice of its
   * posting list, where a multi-word FlexSearch query would intersect the lists of common words. Pages include
   * removed documents' ids (so offsets stay FlexSearch's); `visits()` never reports them as new, so no caller
   * looks at them. One id more than asked is read to know whether another page exists, because FlexSearch
   * 0.8 fails (reads `.result` of undefined) when asked for a page that starts exactly at the list's end.
   */
  postings(term: string, field: IndexField, offset: number, count: number): { ids: number[]; more: boolean } {
    const ids: number[] = [];
    for (const group of this.flex.search(term, { index: field, limit: count + 1, offset })) {
      for (const id of group.result) if (typeof id === 'number') ids.push(id);
    }
    const more = ids.length > count;
    if (more) ids.length = count;
    return { ids, more };
  }

  /** The live nodes carrying every tag in `tags` (from FlexSearch's tag index), null without tags; cached. */
  tagged(tags: TagFilter): TagSet | null {
    const pairs = Object.entries(tags).filter((e): e is [string, string] => typeof e[1] === 'string');
    if (pairs.length === 0) return null;
    const key = JSON.stringify(pairs);
    let set = this.tagSets.get(key);
    if (set === undefined) {
      const hits = new Uint8Array(this.entryList.length);
      const limit = Math.max(1, this.entryList.length);
      for (const [field, value] of pairs) {
        for (const group of this.flex.search('', { tag: { [field]: value }, limit })) {
          for (const id of group.result) if (typeof id === 'number' && hits[id] !== undefined) hits[id]++;
        }
      }
      const ids: number[] = [];
      const bits = new Uint8Array(this.entryList.length);
      hits.forEach((n, id) => {
        if (n === pairs.length && this.dead[id] !== 1) {
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

  private idsOf(docId: string): number[] {
    if (this.byDoc === null) {
      const byDoc = new Map<string, number[]>();
      this.entryList.forEach((e, id) => {
        if (this.dead[id] === 1) return;
        const list = byDoc.get(e.docId);
        if (list === undefined) byDoc.set(e.docId, [id]);
        else list.push(id);
      });
      this.byDoc = byDoc;
    }
    return this.byDoc.get(docId) ?? [];
  }

  private markDead(id: number): void {
    if (this.dead[id] === 1) return;
    this.dead[id] = 1;
    this.deadCount++;
  }

  private deadIds(): number[] {
    const ids: number[] = [];
    this.dead.forEach((d, id) => {
      if (d === 1) ids.push(id);
    });
    return ids;
  }

  /** Keeps the per-id arrays as long as the id table and drops cached tag sets after an addition. */
  private grow(): void {
    const n = this.entryList.length;
    if (this.lengths.length < n) {
      const size = Math.max(n, Math.ceil(this.lengths.length * 1.5));
      const lengths = new Uint16Array(size);
      lengths.set(this.lengths);
      this.lengths = lengths;
      const dead = new Uint8Array(size);
      dead.set(this.dead);
      this.dead = dead;
    }
    this.tagSets.clear();
  }

  /** Merges the words added since the last merge into the sorted list (linear in the dictionary). */
  private mergeFresh(): void {
    if (this.fresh.length === 0) return;
    const add = this.fresh.sort();
    this.fresh = [];
    const merged: string[] = new Array<string>(this.sorted.length + add.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < this.sorted.length || j < add.length) {
      const a = this.sorted[i];
      const b = add[j];
      if (b === undefined || (a !== undefined && a < b)) {
        merged[k++] = a ?? '';
        i++;
      } else {
        merged[k++] = b;
        j++;
      }
    }
    this.sorted = merged;
  }
}

/** The document id → content hash table as text (JSON pairs in index order). */
function encodeCovers(covers: ReadonlyMap<string, string>): string {
  return JSON.stringify([...covers]);
}

function decodeCovers(data: string): Map<string, string> {
  const pairs = JSON.parse(data) as unknown;
  if (
    !Array.isArray(pairs) ||
    !pairs.every((p) => Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === 'string'))
  ) {
    throw new Error('the covered documents are malformed');
  }
  return new Map(pairs as [string, string][]);
}

function encodeIds(ids: readonly number[]): string {
  return ids.join(',');
}

function decodeIds(data: string): number[] {
  const ids = data === '' ? [] : data.split(',').map(Number);
  if (ids.some((n) => !Number.isInteger(n) || n < 0)) throw new Error('the removed ids are malformed');
  return ids;
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

// Words whose key is themselves and that nothing else folds to cost one map entry each; only a word list of
// more than one form ever matters, so a lone word could be skipped, but keys are not known in advance.
function addForm(map: Map<string, string[]>, word: string): void {
  const key = wordKey(word);
  const group = map.get(key);
  if (group === undefined) map.set(key, [word]);
  else group.push(word);
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
