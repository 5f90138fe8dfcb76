// The search entry point for the app, the CLI and the IPC layer: parse the query, let FlexSearch propose
// candidates (tags filter by document, chapter and provision), verify each on its stored folded words, rank,
// merge reviewers' notes through the seam, and return escaped snippets (built for returned hits only).
import { ancestorsOf, formatCitation, nodeLabel } from '../corpus/citation';
import type { CorpusNode, CorpusReader, DocumentMeta } from '../corpus/model';
import { LecternError } from '../errors';
import { byRarity, collectVerified } from './candidates';
import { fold, lowerNfc } from './normalize';
import type { NoteSearchProvider } from './notes-seam';
import { parseQuery } from './query-parser';
import {
  compileQuery,
  lineMatches,
  lineMatchesSome,
  prepareText,
  scoreText,
  type CompiledQuery,
  type CorpusStats,
} from './ranking';
import { checkLimit, inScope, scopeTags } from './scope';
import { nodeBody, type SearchIndex } from './search-index';
import { excerptToHtml, makeExcerpt } from './snippet';
import type { CitedAct, ParsedQuery, SearchGroup, SearchHit, SearchOptions, SearchResult } from './types';

/** Re-exported so callers keep importing the limits from the service. */
export { DEFAULT_LIMIT, MAX_LIMIT } from './scope';

/**
 * Provisions verified and scored per query: collection stops once this many hold every word (at least 10× the
 * limit). Ranking then orders them by BM25; on a corpus smaller than this every match is scored.
 */
const MIN_VERIFIED = 200;
/** The relaxed fallback looks at no more than this many times the budget of nodes. */
const RELAXED_SCAN = 20;
/** Dictionary words the word being typed expands to. */
const PREFIX_EXPANSIONS = 6;

interface DocData {
  meta: DocumentMeta;
  byEId: Map<string, CorpusNode>;
}

interface Scored {
  docId: string;
  node: CorpusNode;
  score: number;
  order: number;
  note: { annotationId: string; text: string } | null;
  relaxed?: boolean;
}

/** Answers queries over the documents of a CorpusReader with a built or imported SearchIndex. */
export class SearchService {
  private readonly docs = new Map<string, DocData>();
  private readonly stats: CorpusStats;
  private notes: NoteSearchProvider | null = null;

  constructor(
    reader: CorpusReader,
    private readonly index: SearchIndex,
  ) {
    for (const meta of reader.listDocuments()) {
      this.docs.set(meta.docId, { meta, byEId: new Map(reader.getNodes(meta.docId).map((n) => [n.eId, n])) });
    }
    this.stats = {
      nodeCount: index.entries.length,
      avgLength: index.avgLength,
      docFrequency: (term) => index.docFrequency(term),
    };
  }

  /** Plug in the reviewers' notes (annotations store); null unplugs. */
  setNoteProvider(provider: NoteSearchProvider | null): void {
    this.notes = provider;
  }

  /** Search; an empty query returns no hits. Throws INVALID_INPUT for a bad limit, NOT_FOUND for an unknown document. */
  search(query: string, opts: SearchOptions = {}): SearchResult {
    const started = performance.now();
    const limit = checkLimit(opts.limit);
    if (opts.docId !== undefined && !this.docs.has(opts.docId)) {
      throw new LecternError('NOT_FOUND', `No document "${opts.docId}".`);
    }
    const parsed = parseQuery(query);
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
      const node = this.docs.get(jump.docId)?.byEId.get(jump.eId);
      const rest = top.filter((s) => !(s.docId === jump.docId && s.node.eId === jump.eId && s.note === null));
      if (node !== undefined) {
        top.splice(0, top.length, {
          docId: jump.docId,
          node,
          score: (top[0]?.score ?? 0) + 1,
          order: -1,
          note: null,
        });
        top.push(...rest.slice(0, limit - 1));
      }
    }
    const groups = this.group(parsed, top);
    return {
      query: parsed.text,
      truncated: parsed.truncated,
      jump,
      act,
      relaxed: top.some((s) => s.relaxed === true),
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
    const filter = this.index.tagged(scopeTags(opts));
    const lines = this.index.lines;
    // Every word must match, so the rarest one proposes candidates; with no whole word yet, the expansions
    // of the word being typed do. A word no node holds leaves nothing to check.
    const drivers =
      parsed.terms.length > 0
        ? byRarity(
            this.index,
            parsed.terms.map((t) => t.folded),
          ).slice(0, 1)
        : parsed.prefix === null
          ? []
          : this.index.expandPrefix(parsed.prefix.folded, PREFIX_EXPANSIONS);
    const ids =
      drivers.length === 0 || this.index.docFrequency(drivers[0] ?? '') === 0
        ? []
        : collectVerified(
            this.index,
            drivers,
            filter,
            (id) => this.inScopeId(id, opts.scope) && lineMatches(q, lines[id] ?? ' '),
            budget,
          );
    const strict = this.scoreIds(q, ids, false);
    return strict.length > 0 ? strict : this.relaxedHits(parsed, q, opts, budget);
  }

  /**
   * When no provision has every word, answer with provisions holding most of them (a typed question
   * carries words like "who" that no provision does); marked `relaxed` in the result.
   */
  private relaxedHits(parsed: ParsedQuery, q: CompiledQuery, opts: SearchOptions, budget: number): Scored[] {
    const known = parsed.terms.filter((t) => this.index.docFrequency(t.folded) > 0).map((t) => t.folded);
    const expansions = parsed.prefix === null ? [] : this.index.expandPrefix(parsed.prefix.folded, 1);
    const words = [...known, ...expansions];
    if (words.length < 2) return [];
    const minWords = Math.ceil(words.length / 2);
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
    return this.scoreIds(q, ids, true);
  }

  private inScopeId(id: number, scope: string | undefined): boolean {
    const entry = this.index.entries[id];
    return entry !== undefined && inScope(entry.eId, scope, this.docs.get(entry.docId)?.byEId);
  }

  private scoreIds(q: CompiledQuery, ids: readonly number[], relaxed: boolean): Scored[] {
    const out: Scored[] = [];
    for (const id of ids) {
      const entry = this.index.entries[id];
      const node = entry && this.docs.get(entry.docId)?.byEId.get(entry.eId);
      if (entry === undefined || node === undefined) continue;
      const text = {
        body: this.index.lines[id] ?? ' ',
        heading: this.index.headings[id] ?? ' ',
        length: this.index.wordCount(id),
        lowerOriginal: q.marked ? lowerNfc(nodeBody(node)) : '',
      };
      out.push({
        docId: entry.docId,
        node,
        score: scoreText(q, text),
        order: id,
        note: null,
        ...(relaxed ? { relaxed } : {}),
      });
    }
    return out;
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
      const node = this.docs.get(hit.docId)?.byEId.get(hit.eId);
      if (node === undefined || (opts.docId !== undefined && hit.docId !== opts.docId)) continue;
      if (!inScope(hit.eId, opts.scope, this.docs.get(hit.docId)?.byEId)) continue;
      const text = prepareText('', hit.text);
      if (!lineMatches(q, text.body)) continue;
      const score = scoreText(q, text);
      out.push({
        docId: hit.docId,
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
      for (const [docId, doc] of this.docs) {
        if (opts.docId !== undefined && docId !== opts.docId) continue;
        if (doc.byEId.has(eId)) return { jump: { docId, eId }, act: null };
      }
      return { jump: null, act: null };
    }
    // The reader named the act, so the current-document filter does not apply.
    const candidates = this.findAct(citation.act);
    const docId = candidates.find((id) => this.docs.get(id)?.byEId.has(eId) === true) ?? null;
    return {
      jump: docId === null ? null : { docId, eId },
      act: { text: citation.act.text, docId: docId ?? candidates[0] ?? null },
    };
  }

  /** The documents a cited act can be: the same number (or its start), else the name in the title. */
  private findAct(act: CitedAct): string[] {
    const found: string[] = [];
    for (const [docId, doc] of this.docs) {
      const number = doc.meta.number === null ? null : fold(doc.meta.number);
      const byNumber =
        act.number !== null &&
        number !== null &&
        (number === act.number || number.startsWith(`${act.number}/`));
      const byName = act.number === null && act.name !== null && fold(doc.meta.title).includes(act.name);
      if (byNumber || byName) found.push(docId);
    }
    return found;
  }

  private group(parsed: ParsedQuery, top: readonly Scored[]): SearchGroup[] {
    const groups = new Map<string, SearchGroup>();
    for (const s of top) {
      const doc = this.docs.get(s.docId);
      if (doc === undefined) continue;
      let group = groups.get(s.docId);
      if (group === undefined) {
        group = {
          docId: s.docId,
          title: doc.meta.title,
          doc: { docId: s.docId, shortTitle: doc.meta.shortTitle },
          hits: [],
        };
        groups.set(s.docId, group);
      }
      group.hits.push(this.toHit(parsed, doc, s));
    }
    return [...groups.values()];
  }

  private toHit(parsed: ParsedQuery, doc: DocData, s: Scored): SearchHit {
    const ancestors = ancestorsOf(s.node.eId, doc.byEId);
    // A hit is cited as its own document is written, whatever the interface language.
    const lang = doc.meta.language;
    let excerpt = makeExcerpt(parsed, s.note?.text ?? s.node.text);
    if (s.note === null && excerpt.ranges.length === 0) excerpt = makeExcerpt(parsed, nodeBody(s.node));
    return {
      source: s.note === null ? 'text' : 'note',
      docId: s.docId,
      eId: s.node.eId,
      ...(s.note === null ? {} : { annotationId: s.note.annotationId }),
      citation: formatCitation(doc.meta, s.node, ancestors, lang),
      breadcrumb: [...ancestors, s.node].map((n) => nodeLabel(n, lang)),
      snippet: excerptToHtml(excerpt),
      excerpt,
      score: Math.round(s.score * 1000) / 1000,
    };
  }
}
