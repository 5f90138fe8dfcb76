// The search entry point for the app, the CLI and the IPC layer: parse the query, let FlexSearch propose
// candidates (tags filter by document, chapter and provision), verify each on its stored words, rank,
// merge reviewers' notes through the seam, and return escaped snippets grouped by document.
import { ancestorsOf, formatCitation, nodeLabel, type CitationLang } from '../corpus/citation';
import type { CorpusNode, CorpusReader, DocumentMeta } from '../corpus/model';
import { LecternError } from '../errors';
import type { NoteSearchProvider } from './notes-seam';
import { parseQuery } from './query-parser';
import {
  lineMatches,
  lineMatchesSome,
  prepareText,
  scoreText,
  type CorpusStats,
  type PreparedText,
} from './ranking';
import { nodeBody, unitOf, type SearchIndex, type TagFilter } from './search-index';
import { excerptToHtml, makeExcerpt } from './snippet';
import type { ParsedQuery, SearchGroup, SearchHit, SearchOptions, SearchResult } from './types';

/** Hits returned when the caller does not say. */
export const DEFAULT_LIMIT = 20;
/** Upper bound on hits per query. */
export const MAX_LIMIT = 200;
/** Candidates FlexSearch proposes per query (split across prefix expansions). */
const CANDIDATES = 400;
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
  private readonly prepared = new Map<number, PreparedText>();
  private readonly stats: CorpusStats;
  private notes: NoteSearchProvider | null = null;

  constructor(
    reader: CorpusReader,
    private readonly index: SearchIndex,
    private readonly lang: CitationLang = 'en',
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
    const scored = [...this.provisionHits(parsed, opts), ...this.noteHits(parsed, opts, limit)];
    scored.sort((a, b) => b.score - a.score || a.order - b.order);
    const total = scored.length;
    const top = scored.slice(0, limit);
    const jump = this.resolveCitation(parsed, opts);
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
      relaxed: top.some((s) => s.relaxed === true),
      groups,
      total: Math.max(
        total,
        groups.reduce((n, g) => n + g.hits.length, 0),
      ),
      tookMs: Math.round((performance.now() - started) * 1000) / 1000,
    };
  }

  private provisionHits(parsed: ParsedQuery, opts: SearchOptions): Scored[] {
    if (parsed.terms.length === 0 && parsed.prefix === null) return [];
    const words = parsed.terms.map((t) => t.folded);
    const expansions =
      parsed.prefix === null ? [null] : this.index.expandPrefix(parsed.prefix.folded, PREFIX_EXPANSIONS);
    const tags = scopeTags(opts);
    const ids = new Set<number>();
    const per = Math.ceil(CANDIDATES / Math.max(1, expansions.length));
    for (const exp of expansions) {
      for (const id of this.index.candidates(exp === null ? words : [...words, exp], tags, per)) ids.add(id);
    }
    const strict = this.verify(parsed, opts, ids, (text) => lineMatches(parsed, text));
    return strict.length > 0 ? strict : this.relaxedHits(parsed, opts, tags);
  }

  /**
   * When no provision has every word, answer with provisions holding most of them (a typed question
   * carries words like "who" that no provision does); marked `relaxed` in the result.
   */
  private relaxedHits(parsed: ParsedQuery, opts: SearchOptions, tags: TagFilter): Scored[] {
    const known = parsed.terms.filter((t) => this.index.docFrequency(t.folded) > 0).map((t) => t.folded);
    const expansions = parsed.prefix === null ? [] : this.index.expandPrefix(parsed.prefix.folded, 1);
    const words = [...known, ...expansions];
    if (words.length < 2) return [];
    const ids = new Set<number>();
    const per = Math.ceil(CANDIDATES / words.length);
    for (const w of words) for (const id of this.index.candidates([w], tags, per)) ids.add(id);
    const minWords = Math.ceil(words.length / 2);
    return this.verify(parsed, opts, ids, (text) => lineMatchesSome(parsed, text, minWords)).map((s) => ({
      ...s,
      relaxed: true,
    }));
  }

  private verify(
    parsed: ParsedQuery,
    opts: SearchOptions,
    ids: Iterable<number>,
    accept: (text: PreparedText) => boolean,
  ): Scored[] {
    const out: Scored[] = [];
    for (const id of ids) {
      const entry = this.index.entries[id];
      const node = entry && this.docs.get(entry.docId)?.byEId.get(entry.eId);
      if (entry === undefined || node === undefined || !inScope(node.eId, opts.scope)) continue;
      const text = this.preparedFor(id, node);
      if (!accept(text)) continue;
      out.push({
        docId: entry.docId,
        node,
        score: scoreText(parsed, text, this.stats),
        order: id,
        note: null,
      });
    }
    return out;
  }

  private noteHits(parsed: ParsedQuery, opts: SearchOptions, limit: number): Scored[] {
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
      if (!inScope(hit.eId, opts.scope) || !inChapter(hit.eId, opts.scope, this.docs.get(hit.docId)?.byEId))
        continue;
      const text = prepareText('', hit.text);
      if (!lineMatches(parsed, text)) continue;
      const score = scoreText(parsed, text, this.stats);
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

  private preparedFor(id: number, node: CorpusNode): PreparedText {
    let text = this.prepared.get(id);
    if (text === undefined) {
      text = prepareText(node.heading ?? '', nodeBody(node));
      this.prepared.set(id, text);
    }
    return text;
  }

  private resolveCitation(parsed: ParsedQuery, opts: SearchOptions): { docId: string; eId: string } | null {
    const eId = parsed.citation?.eId;
    if (eId === undefined) return null;
    for (const [docId, doc] of this.docs) {
      if (opts.docId !== undefined && docId !== opts.docId) continue;
      if (doc.byEId.has(eId)) return { docId, eId };
    }
    return null;
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
    let excerpt = makeExcerpt(parsed, s.note?.text ?? s.node.text);
    if (s.note === null && excerpt.ranges.length === 0) excerpt = makeExcerpt(parsed, nodeBody(s.node));
    return {
      source: s.note === null ? 'text' : 'note',
      docId: s.docId,
      eId: s.node.eId,
      ...(s.note === null ? {} : { annotationId: s.note.annotationId }),
      citation: formatCitation(doc.meta, s.node, ancestors, this.lang),
      breadcrumb: [...ancestors, s.node].map((n) => nodeLabel(n, this.lang)),
      snippet: excerptToHtml(excerpt),
      excerpt,
      score: Math.round(s.score * 1000) / 1000,
    };
  }
}

function checkLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new LecternError('INVALID_INPUT', `The limit must be a whole number of at least 1 (got ${limit}).`);
  }
  return Math.min(limit, MAX_LIMIT);
}

/** Document, chapter and provision filters become FlexSearch tags; deeper scopes are checked on the eId. */
function scopeTags(opts: SearchOptions): TagFilter {
  const tags: TagFilter = {};
  if (opts.docId !== undefined) tags.doc = opts.docId;
  const scope = opts.scope?.trim();
  if (scope === undefined || scope === '') return tags;
  if (/^chp_\d+$/.test(scope)) tags.chapter = scope;
  else tags.unit = unitOf(scope);
  return tags;
}

function inScope(eId: string, scope: string | undefined): boolean {
  const s = scope?.trim();
  if (s === undefined || s === '' || /^chp_\d+$/.test(s)) return true;
  return eId === s || eId.startsWith(`${s}__`);
}

/** Notes are not in the FlexSearch index, so a chapter scope is checked on their provision's ancestors. */
function inChapter(
  eId: string,
  scope: string | undefined,
  byEId: ReadonlyMap<string, CorpusNode> | undefined,
): boolean {
  const s = scope?.trim();
  if (s === undefined || !/^chp_\d+$/.test(s) || byEId === undefined) return true;
  return eId === s || ancestorsOf(eId, byEId).some((a) => a.eId === s);
}
