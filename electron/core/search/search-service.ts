// The search entry point for the app, the CLI and the IPC layer: parse the query, let FlexSearch propose
// candidates (tags filter by document, chapter and provision), verify each on its stored folded words, rank,
// merge reviewers' notes through the seam, and return escaped snippets (built for returned hits only).
import { breadcrumbLabels, formatCitation, type CitationLang } from '../corpus/citation';
import type { CorpusNode, CorpusReader, CrossRef, DocumentMeta } from '../corpus/model';
import { LecternError } from '../errors';
import { byRarity, collectVerified } from './candidates';
import { parseActMention, parseCitation } from './citation-query';
import { fold, lowerNfc } from './normalize';
import type { NoteSearchProvider } from './notes-seam';
import { parseQuery } from './query-parser';
import { contentQuery, settleQuestionPrefix } from './question-words';
import {
  compileQuery,
  lineMatches,
  lineMatchesCounting,
  lineMatchesSome,
  prepareText,
  scoreCounted,
  scoreText,
  marksBonusBound,
  type CandidateText,
  type CompiledQuery,
  type CorpusStats,
} from './ranking';
import { checkLimit, inScope, scopeTags } from './scope';
import { nodeBody, type SearchIndex } from './search-index';
import { excerptToHtml, makeExcerpt } from './snippet';
import type {
  CitedAct,
  ParsedQuery,
  QueryTerm,
  SearchGroup,
  SearchHit,
  SearchOptions,
  SearchResult,
} from './types';

/** Re-exported so callers keep importing the limits from the service. */
export { DEFAULT_LIMIT, MAX_LIMIT } from './scope';

/**
 * Provisions verified and scored per query: collection stops once this many hold every word (at least 10× the
 * limit). Ranking then orders them by BM25; on a corpus smaller than this every match is scored.
 */
const MIN_VERIFIED = 200;
/** The relaxed fallback looks at no more than this many times the budget of nodes. */
const RELAXED_SCAN = 20;
/**
 * Fewer provisions than this holding every word, and provisions holding most of the words follow them (marked
 * `partial`): "tax incentives" is one point of the decree, but the reader also wants "entitled to incentives".
 */
const FEW_EXACT = 3;
/** Dictionary words the word being typed expands to. */
const PREFIX_EXPANSIONS = 6;

/** Documents whose nodes stay in memory between queries (the most recently used; bundled ones are pinned). */
const CACHED_DOCUMENTS = 32;
/** Single nodes kept between queries (hits and the divisions above them). */
const CACHED_NODES = 8192;

interface Scored {
  docId: string;
  eId: string;
  /** Set once looked up (only the returned hits and tone-marked queries need the node). */
  node?: CorpusNode;
  score: number;
  order: number;
  note: { annotationId: string; text: string } | null;
  relaxed?: boolean;
}

/**
 * Answers queries over the documents of a CorpusReader with a built or imported SearchIndex. Only metadata is
 * read up front; a document's nodes are read when a hit or a scope needs them, so opening search costs the
 * same in a library of a thousand documents as in one of two.
 */
export class SearchService {
  /** Every document's metadata, in the reader's order. */
  private readonly metas = new Map<string, DocumentMeta>();
  /** Nodes of recently used documents by eId (least recently used first). */
  private readonly cache = new Map<string, Map<string, CorpusNode>>();
  /** Single nodes read recently (node or null by document id, then eId). */
  private readonly nodes = new NodeCache(CACHED_NODES);
  private readonly stats: CorpusStats;
  private notes: NoteSearchProvider | null = null;
  /** When the last query ran (`performance.now()`), so background work can wait for a quiet moment. */
  lastQueryAt = -Infinity;

  constructor(
    private readonly reader: CorpusReader,
    private readonly index: SearchIndex,
  ) {
    for (const meta of reader.listDocuments()) this.metas.set(meta.docId, meta);
    this.stats = {
      get nodeCount() {
        return index.liveCount;
      },
      get avgLength() {
        return index.avgLength;
      },
      docFrequency: (term) => index.docFrequency(term),
    };
  }

  /**
   * Brings the index up to date with one document after it was added, replaced or removed: only that
   * document is indexed or masked. True when the index changed.
   */
  syncDocument(docId: string): boolean {
    const meta = this.reader.getDocument(docId);
    this.cache.delete(docId);
    this.nodes.clear();
    if (meta === null) {
      this.metas.delete(docId);
      return this.index.removeDocument(docId);
    }
    this.metas.set(docId, meta);
    if (this.index.covers.get(docId) === meta.contentHash) return false;
    this.index.addDocument({ meta, nodes: this.reader.getNodes(docId) });
    return true;
  }

  /** Brings the index up to date with every document of the reader (after a batch or at start-up); returns how many changed. */
  syncAll(): number {
    const listed = this.reader.listDocuments();
    this.metas.clear();
    this.nodes.clear();
    for (const meta of listed) this.metas.set(meta.docId, meta);
    let changed = 0;
    for (const docId of [...this.index.covers.keys()]) {
      if (!this.metas.has(docId) && this.index.removeDocument(docId)) changed++;
    }
    for (const meta of listed) {
      if (this.index.covers.get(meta.docId) === meta.contentHash) continue;
      this.cache.delete(meta.docId);
      this.index.addDocument({ meta, nodes: this.reader.getNodes(meta.docId) });
      changed++;
    }
    return changed;
  }

  /** The index this service answers from (the library store persists it). */
  get searchIndex(): SearchIndex {
    return this.index;
  }

  /**
   * References to other acts, pointed at the act's document when the library holds it: at the cited provision
   * when that document has it, at the document's start when the reference names the act alone. A reference is
   * left as it was (a card naming the act) when the act is not in the library, when several documents could be
   * it, or when the cited provision is missing there: a link never opens a guess.
   */
  linkRefs(refs: readonly CrossRef[]): CrossRef[] {
    return refs.map((ref) => {
      if (ref.kind !== 'external' || ref.targetEId !== null) return ref;
      const citation = parseCitation(ref.label);
      const act = citation?.act ?? parseActMention(ref.citedAct ?? ref.label);
      if (act === null) return ref;
      const docs = this.findAct(act).filter((id) => id !== ref.docId);
      if (docs.length !== 1) return ref;
      const docId = docs[0] ?? '';
      const eId = citation === null ? this.firstEId(docId) : citation.eId;
      if (eId === null || this.node(docId, eId) === null) return ref;
      return { ...ref, targetDocId: docId, targetEId: eId };
    });
  }

  /** Plug in the reviewers' notes (annotations store); null unplugs. */
  setNoteProvider(provider: NoteSearchProvider | null): void {
    this.notes = provider;
  }

  /** Search; an empty query returns no hits. Throws INVALID_INPUT for a bad limit, NOT_FOUND for an unknown document. */
  search(query: string, opts: SearchOptions = {}): SearchResult {
    const started = performance.now();
    this.lastQueryAt = started;
    const limit = checkLimit(opts.limit);
    if (opts.docId !== undefined && !this.metas.has(opts.docId)) {
      throw new LecternError('NOT_FOUND', `No document "${opts.docId}".`);
    }
    const parsed = this.withForms(settleQuestionPrefix(parseQuery(query)));
    const compiled = compileQuery(parsed, this.stats);
    const scored = [
      ...this.provisionHits(parsed, compiled, opts, limit),
      ...this.noteHits(parsed, compiled, opts, limit),
    ];
    scored.sort((a, b) => b.score - a.score || a.order - b.order);
    const total = scored.length;
    const top = scored.slice(0, limit);
    const { jump, act } = this.resolveCitation(parsed, opts);
    if (jump !== null) {
      const node = this.node(jump.docId, jump.eId);
      const rest = top.filter((s) => !(s.docId === jump.docId && s.eId === jump.eId && s.note === null));
      if (node !== null) {
        top.splice(0, top.length, {
          docId: jump.docId,
          eId: jump.eId,
          node,
          score: (top[0]?.score ?? 0) + 1,
          order: -1,
          note: null,
        });
        top.push(...rest.slice(0, limit - 1));
      }
    }
    const groups = this.group(parsed, top, opts.locale ?? 'en');
    return {
      query: parsed.text,
      truncated: parsed.truncated,
      jump,
      act,
      // "No provision has every word": some hits hold only most of them and no provision hit holds them all.
      relaxed: top.some((s) => s.relaxed === true) && !top.some((s) => s.note === null && s.relaxed !== true),
      groups,
      total: Math.max(
        total,
        groups.reduce((n, g) => n + g.hits.length, 0),
      ),
      tookMs: Math.round((performance.now() - started) * 1000) / 1000,
    };
  }

  private provisionHits(parsed: ParsedQuery, q: CompiledQuery, opts: SearchOptions, limit: number): Scored[] {
    if (parsed.terms.length === 0 && parsed.prefix === null) return [];
    const budget = Math.max(MIN_VERIFIED, limit * 10);
    const strict = this.strictHits(parsed, q, opts, budget, limit);
    if (strict.length >= FEW_EXACT || parsed.citation !== null) return strict;
    // Few or no provisions hold every word: set the question words aside and take the provisions holding
    // every remaining word, then (still too few) those holding most of them.
    const content = contentQuery(parsed);
    const cq = compileQuery(content, this.stats);
    const seen = new Set(strict.map((h) => h.order));
    const dropped =
      content.terms.length < parsed.terms.length || (parsed.prefix !== null && content.prefix === null);
    const more =
      dropped && (content.terms.length > 0 || content.prefix !== null)
        ? this.strictHits(content, cq, opts, budget, limit).filter((h) => !seen.has(h.order))
        : [];
    for (const h of more) seen.add(h.order);
    if (strict.length + more.length < FEW_EXACT) {
      more.push(...this.relaxedHits(content, cq, opts, budget, limit).filter((h) => !seen.has(h.order)));
    }
    for (const h of more) h.relaxed = true;
    // Provisions holding every word always rank first.
    const floor = Math.min(...strict.map((h) => h.score));
    const top = Math.max(...more.map((h) => h.score));
    if (strict.length > 0 && top >= floor) for (const h of more) h.score *= (0.99 * floor) / top;
    return [...strict, ...more];
  }

  /** Provisions holding every word of `parsed` (or a form of it), found from the rarest word's postings. */
  private strictHits(
    parsed: ParsedQuery,
    q: CompiledQuery,
    opts: SearchOptions,
    budget: number,
    limit: number,
  ): Scored[] {
    const filter = this.index.tagged(scopeTags(opts));
    const lines = this.index.lines;
    // Every word must match, so the rarest one (all its forms) proposes candidates; with no whole word yet, the
    // expansions of the word being typed do. A word no node holds leaves nothing to check.
    const rarest = [...parsed.terms].sort((a, b) => this.termFrequency(a) - this.termFrequency(b))[0];
    const drivers =
      rarest !== undefined
        ? byRarity(this.index, [rarest.folded, ...(rarest.forms ?? [])])
        : parsed.prefix === null
          ? []
          : [
              ...this.index.expandPrefix(parsed.prefix.folded, PREFIX_EXPANSIONS),
              ...(parsed.prefix.forms ?? []),
            ];
    // Verifying a candidate counts its words, kept by place in `ids` so scoring does not search its line again.
    const stride = q.terms.length;
    const tf = new Int32Array(budget * stride);
    let accepted = 0;
    const ids =
      drivers.reduce((n, d) => n + this.index.docFrequency(d), 0) === 0
        ? []
        : collectVerified(
            this.index,
            drivers,
            filter,
            (id) => {
              if (!this.inScopeId(id, opts.scope)) return false;
              if (!lineMatchesCounting(q, lines[id] ?? ' ', tf, accepted * stride)) return false;
              accepted++;
              return true;
            },
            budget,
          );
    return this.scoreIds(q, ids, false, limit, tf);
  }

  /**
   * Provisions holding most of the words (at least half): a typed question carries words no provision holds.
   * Phrases and exclusions still hold.
   */
  private relaxedHits(
    parsed: ParsedQuery,
    q: CompiledQuery,
    opts: SearchOptions,
    budget: number,
    limit: number,
  ): Scored[] {
    const known = parsed.terms.filter((t) => this.termFrequency(t) > 0);
    const p = parsed.prefix;
    const expansions = p === null ? [] : [...this.index.expandPrefix(p.folded, 1), ...(p.forms ?? [])];
    const count = known.length + (expansions.length > 0 ? 1 : 0);
    if (count < 2) return [];
    const minWords = Math.ceil(count / 2);
    const words = [...known.flatMap((t) => [t.folded, ...(t.forms ?? [])]), ...expansions];
    const lines = this.index.lines;
    // A phrase must still hold, so its rarest word alone proposes candidates; otherwise every word does,
    // rarest first. A fallback looks at a bounded number of nodes.
    const required = parsed.phrases.flat().map((t) => t.folded);
    const drivers =
      required.length > 0 ? byRarity(this.index, required).slice(0, 1) : byRarity(this.index, words);
    const ids = collectVerified(
      this.index,
      drivers,
      this.index.tagged(scopeTags(opts)),
      (id) => this.inScopeId(id, opts.scope) && lineMatchesSome(q, lines[id] ?? ' ', minWords),
      budget,
      budget * RELAXED_SCAN,
    );
    return this.scoreIds(q, ids, true, limit);
  }

  /** The query with each word's other forms in the index (plural, tense, spelling) attached. */
  private withForms(parsed: ParsedQuery): ParsedQuery {
    const withForms = (t: QueryTerm): QueryTerm => {
      const forms = t.marked ? [] : this.index.formsOf(t.folded);
      return forms.length === 0 ? t : { ...t, forms };
    };
    // The word being typed gets the other forms once it is a whole word of the text ("tax incentives" finds
    // "incentive"); a fragment ("incent") is only a prefix.
    const p = parsed.prefix;
    const prefix = p === null || this.index.docFrequency(p.folded) === 0 ? p : withForms(p);
    return { ...parsed, terms: parsed.terms.map(withForms), prefix };
  }

  /** Nodes holding the word or one of its forms (a sum: forms rarely share a node, and it only orders words). */
  private termFrequency(t: QueryTerm): number {
    return (t.forms ?? []).reduce(
      (n, f) => n + this.index.docFrequency(f),
      this.index.docFrequency(t.folded),
    );
  }

  private inScopeId(id: number, scope: string | undefined): boolean {
    const entry = this.index.entries[id];
    if (entry === undefined) return false;
    return scope === undefined || inScope(entry.eId, scope, this.nodesOf(entry.docId));
  }

  /**
   * Scores verified candidates. Without tone marks the index alone scores them. With marks, the exact-marks
   * bonus needs each candidate's original text, so it is read only for candidates that can still reach the
   * first `limit` places (best first, until the next one could not overtake them even with the full bonus):
   * the top `limit` is exactly what scoring every candidate gives, at a few node reads instead of hundreds.
   */
  private scoreIds(
    q: CompiledQuery,
    ids: readonly number[],
    relaxed: boolean,
    limit: number,
    tf: Int32Array | null = null,
  ): Scored[] {
    const out: Scored[] = [];
    const stride = q.terms.length;
    // One object refilled per candidate (scoring only reads it).
    const text: CandidateText = { body: ' ', heading: ' ', length: 1, lowerOriginal: '' };
    // Where each candidate's word counts are, for scoring again with its original text (marked queries).
    const slots = new Map<number, number>();
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] ?? -1;
      const entry = this.index.entries[id];
      if (entry === undefined || !this.metas.has(entry.docId)) continue;
      text.body = this.index.lines[id] ?? ' ';
      text.heading = this.index.headings[id] ?? ' ';
      text.length = this.index.wordCount(id);
      const s: Scored = {
        docId: entry.docId,
        eId: entry.eId,
        score: tf === null ? scoreText(q, text) : scoreCounted(q, text, tf, k * stride),
        order: id,
        note: null,
      };
      if (relaxed) s.relaxed = true;
      out.push(s);
      if (q.marked && tf !== null) slots.set(id, k);
    }
    if (!q.marked) return out;
    out.sort((a, b) => b.score - a.score || a.order - b.order);
    const bound = marksBonusBound(q);
    const settled: number[] = []; // final scores of the candidates read so far, best first
    for (const s of out) {
      const kth = settled.length >= limit ? (settled[limit - 1] ?? -Infinity) : -Infinity;
      if (s.score + bound < kth) break;
      const node = this.node(s.docId, s.eId);
      if (node === null) continue;
      s.node = node;
      const full = this.candidateText(s.order, lowerNfc(nodeBody(node)));
      const slot = slots.get(s.order);
      s.score =
        tf === null || slot === undefined ? scoreText(q, full) : scoreCounted(q, full, tf, slot * stride);
      const at = settled.findIndex((x) => x < s.score);
      settled.splice(at < 0 ? settled.length : at, 0, s.score);
      if (settled.length > limit) settled.length = limit;
    }
    return out;
  }

  private candidateText(id: number, lowerOriginal: string): CandidateText {
    return {
      body: this.index.lines[id] ?? ' ',
      heading: this.index.headings[id] ?? ' ',
      length: this.index.wordCount(id),
      lowerOriginal,
    };
  }

  private noteHits(parsed: ParsedQuery, q: CompiledQuery, opts: SearchOptions, limit: number): Scored[] {
    if (
      this.notes === null ||
      opts.includeNotes === false ||
      (parsed.terms.length === 0 && parsed.prefix === null)
    )
      return [];
    const found = this.notes.searchNotes(
      parsed,
      opts.docId === undefined ? { limit } : { docId: opts.docId, limit },
    );
    const out: Scored[] = [];
    for (const hit of found) {
      const node = this.node(hit.docId, hit.eId);
      if (node === null || (opts.docId !== undefined && hit.docId !== opts.docId)) continue;
      if (opts.scope !== undefined && !inScope(hit.eId, opts.scope, this.nodesOf(hit.docId))) continue;
      const text = prepareText('', hit.text);
      if (!lineMatches(q, text.body)) continue;
      const score = scoreText(q, text);
      out.push({
        docId: hit.docId,
        eId: hit.eId,
        node,
        score,
        order: node.order,
        note: { annotationId: hit.annotationId, text: hit.text },
      });
    }
    return out;
  }

  /**
   * Where a citation query leads. A citation that names an act ("Điều 5 Nghị định 19/2019/NĐ-CP") opens that act's
   * provision only; when no document in the library is that act, there is no jump — another act's Article 5 is
   * never opened in its place — and `act.docId` is null so the caller can say so.
   */
  private resolveCitation(
    parsed: ParsedQuery,
    opts: SearchOptions,
  ): { jump: { docId: string; eId: string } | null; act: SearchResult['act'] } {
    const citation = parsed.citation;
    if (citation === null) return { jump: null, act: null };
    const { eId } = citation;
    if (citation.act === null) {
      const order = opts.docId === undefined ? this.metas.keys() : [opts.docId];
      for (const docId of order) {
        if (this.node(docId, eId) !== null) return { jump: { docId, eId }, act: null };
      }
      return { jump: null, act: null };
    }
    // The reader named the act, so the current-document filter does not apply.
    const candidates = this.findAct(citation.act);
    const docId = candidates.find((id) => this.node(id, eId) !== null) ?? null;
    return {
      jump: docId === null ? null : { docId, eId },
      act: { text: citation.act.text, docId: docId ?? candidates[0] ?? null },
    };
  }

  /** The documents a cited act can be: the same number (or its start), else the name in the title. */
  private findAct(act: CitedAct): string[] {
    const found: string[] = [];
    for (const [docId, meta] of this.metas) {
      const number = meta.number === null ? null : fold(meta.number);
      const byNumber =
        act.number !== null &&
        number !== null &&
        (number === act.number || number.startsWith(`${act.number}/`));
      const byName = act.number === null && act.name !== null && fold(meta.title).includes(act.name);
      if (byNumber || byName) found.push(docId);
    }
    return found;
  }

  private group(parsed: ParsedQuery, top: readonly Scored[], uiLang: CitationLang): SearchGroup[] {
    const groups = new Map<string, SearchGroup>();
    for (const s of top) {
      const meta = this.metas.get(s.docId);
      const node = s.node ?? this.node(s.docId, s.eId);
      if (meta === undefined || node === null) continue;
      let group = groups.get(s.docId);
      if (group === undefined) {
        group = {
          docId: s.docId,
          title: meta.title,
          doc: { docId: s.docId, shortTitle: meta.shortTitle },
          hits: [],
        };
        groups.set(s.docId, group);
      }
      group.hits.push(this.toHit(parsed, meta, node, s, uiLang));
    }
    return [...groups.values()];
  }

  private toHit(
    parsed: ParsedQuery,
    meta: DocumentMeta,
    node: CorpusNode,
    s: Scored,
    uiLang: CitationLang,
  ): SearchHit {
    const ancestors = this.ancestors(s.docId, node);
    // A hit is cited as its own document is written, whatever the interface language; only blocks the interface
    // names (a preamble, a footnote) are labelled in the interface's language (citation.ts, labelLanguage).
    const lang = meta.language;
    // A partial hit was found without the question words: marking every "the" would hide what it matched.
    const query = s.relaxed === true ? contentQuery(parsed) : parsed;
    let excerpt = makeExcerpt(query, s.note?.text ?? node.text);
    if (s.note === null && excerpt.ranges.length === 0) excerpt = makeExcerpt(query, nodeBody(node));
    return {
      source: s.note === null ? 'text' : 'note',
      docId: s.docId,
      eId: node.eId,
      ...(s.note === null ? {} : { annotationId: s.note.annotationId }),
      citation: formatCitation(meta, node, ancestors, lang, uiLang),
      breadcrumb: breadcrumbLabels(node, ancestors, lang, uiLang),
      snippet: excerptToHtml(excerpt),
      excerpt,
      score: Math.round(s.score * 1000) / 1000,
      ...(s.relaxed === true ? { partial: true as const } : {}),
    };
  }

  /**
   * One node: from a cached document, else from the recently read nodes, else read on its own (no whole
   * document is loaded for it). Divisions above many hits (chapters, articles) are read once.
   */
  private node(docId: string, eId: string): CorpusNode | null {
    const cached = this.cache.get(docId);
    if (cached !== undefined) return cached.get(eId) ?? null;
    if (!this.metas.has(docId)) return null;
    let node = this.nodes.get(docId, eId);
    if (node === undefined) {
      node = this.reader.getNode(docId, eId);
      this.nodes.set(docId, eId, node);
    }
    return node;
  }

  /** The first node of a document (where a reference naming only the act opens it). */
  private firstEId(docId: string): string | null {
    const nodes = this.nodesOf(docId);
    return nodes === undefined ? null : (nodes.keys().next().value ?? null);
  }

  /** The chain of divisions above a node, root first, looked up one by one (a hit needs only its own chain). */
  private ancestors(docId: string, node: CorpusNode): CorpusNode[] {
    const chain: CorpusNode[] = [];
    let parent = node.parentEId;
    while (parent !== null && chain.length < 64) {
      const p = this.node(docId, parent);
      if (p === null) break;
      chain.unshift(p);
      parent = p.parentEId;
    }
    return chain;
  }

  /** A document's nodes by eId, read once and kept among the recently used (undefined for an unknown id). */
  private nodesOf(docId: string): ReadonlyMap<string, CorpusNode> | undefined {
    let nodes = this.cache.get(docId);
    if (nodes !== undefined) {
      this.cache.delete(docId);
      this.cache.set(docId, nodes);
      return nodes;
    }
    if (!this.metas.has(docId)) return undefined;
    nodes = new Map(this.reader.getNodes(docId).map((n) => [n.eId, n]));
    this.cache.set(docId, nodes);
    while (this.cache.size > CACHED_DOCUMENTS) this.cache.delete(this.cache.keys().next().value ?? '');
    return nodes;
  }
}

/**
 * Nodes read one by one, kept in two generations: a hit in the older one moves the node to the newer one, and
 * when the newer one holds half the capacity the older one is dropped. About least-recently-used, with no key
 * string built and no map entry deleted and re-added per lookup (a search looks up some 70 nodes).
 */
class NodeCache {
  private hot = new Map<string, Map<string, CorpusNode | null>>();
  private cold = new Map<string, Map<string, CorpusNode | null>>();
  private hotSize = 0;

  constructor(private readonly capacity: number) {}

  /** The cached node (null: read and absent), undefined when not cached. */
  get(docId: string, eId: string): CorpusNode | null | undefined {
    const node = this.hot.get(docId)?.get(eId);
    if (node !== undefined) return node;
    const old = this.cold.get(docId)?.get(eId);
    if (old !== undefined) this.set(docId, eId, old);
    return old;
  }

  set(docId: string, eId: string, node: CorpusNode | null): void {
    if (this.hotSize >= this.capacity / 2) {
      this.cold = this.hot;
      this.hot = new Map();
      this.hotSize = 0;
    }
    let byEId = this.hot.get(docId);
    if (byEId === undefined) {
      byEId = new Map();
      this.hot.set(docId, byEId);
    }
    if (!byEId.has(eId)) this.hotSize++;
    byEId.set(eId, node);
  }

  clear(): void {
    this.hot.clear();
    this.cold.clear();
    this.hotSize = 0;
  }
}
