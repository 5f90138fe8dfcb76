// Shapes shared by the search engine, its callers (IPC, CLI, UI) and the notes seam. Pure types.
import type { CitationLang } from '../corpus/citation';

/** One query term as typed and as folded for matching. */
export interface QueryTerm {
  /** Lower-cased, NFC, tone marks kept: used to rank exact-mark matches first. */
  raw: string;
  /** Folded (no tone marks, đ → d): the form stored in the index. */
  folded: string;
  /** True when the user typed tone marks or đ, so exact-mark matches rank higher. */
  marked: boolean;
  /**
   * Other folded words of the index that are the same English word (plural, tense, British/American spelling:
   * `wordKey` in word-forms.ts), any of which matches in its place; set by SearchService, absent from the parser.
   */
  forms?: string[];
}

/** A provision a query names directly ("Article 6", "khoản 1 điều 6"). */
export interface CitationTarget {
  /** The eId the citation resolves to, e.g. `art_11__cl_1__pt_dd`. */
  eId: string;
  /** How the parser read it, for display ("Article 11, clause 1, point đ"). */
  label: string;
  /** The act the citation names after the provision ("Nghị định 19/2019/NĐ-CP", "Luật Đất đai"), if any. */
  act: CitedAct | null;
}

/** An act named in a query: its kind word, number and/or name as typed, folded (tone marks off, lower case). */
export interface CitedAct {
  /** As typed, for messages ("Nghị định 13/2023"). */
  text: string;
  /** The number or its start as typed ("19/2019/nd-cp", "19/2019", "63"); null when named by title only. */
  number: string | null;
  /** The folded words after the kind word when there is no number ("dat dai"), else null. */
  name: string | null;
}

/** A query after parsing: what must match, what must not, and whether it names a provision. */
export interface ParsedQuery {
  /** The query as answered (after trimming and cutting to the maximum length). */
  text: string;
  /** True when the input was longer than the maximum and was cut. */
  truncated: boolean;
  /** Words that must all match (phrase words included). */
  terms: QueryTerm[];
  /** Word sequences that must appear adjacent, in order ("exact phrase", or "99/2025" typed as one word). */
  phrases: QueryTerm[][];
  /** Folded word sequences that must not appear (`-word` or `-"a phrase"`). */
  excluded: string[][];
  /** The last word when it is still being typed (no trailing space): matched as a prefix. */
  prefix: QueryTerm | null;
  /** Set when the whole query is a citation of a provision. */
  citation: CitationTarget | null;
}

/** Filters and paging for one search. */
export interface SearchOptions {
  /** Only this document. */
  docId?: string;
  /** Only this part, chapter, section or sub-section (`part_1`, `chp_2`, `chp_2__sec_1`), or this provision and its descendants (`art_6`, `art_6__cl_1`). */
  scope?: string;
  /** Maximum hits overall (default 20, at most 200). */
  limit?: number;
  /** Merge matching notes from the notes seam (default true). */
  includeNotes?: boolean;
  /**
   * The interface language (default `en`): hits in blocks the interface names (preamble, signature, footnote …)
   * are labelled in it; numbered units (Article, Điều, khoản …) keep their document's language.
   */
  locale?: CitationLang;
}

/**
 * One ranked result: a provision (`source: 'text'`), or a reviewer's note merged in through the notes seam
 * (`source: 'note'`, with its annotation id). Assignable to the IPC `SearchHit` in electron/shared/types.ts.
 */
export interface SearchHit {
  source: 'text' | 'note';
  docId: string;
  eId: string;
  /** Set for notes: the annotation the note belongs to. */
  annotationId?: string;
  /** "Clause 1, Article 6, Decree 63/2020/ND-CP". */
  citation: string;
  /** Root-first labels, shown joined by " › ": ["Chapter I", "Article 6", "Clause 1"]. */
  breadcrumb: string[];
  /** HTML-escaped excerpt of the original (accented) text with `<mark>` around matched words. */
  snippet: string;
  /** The same excerpt as plain text plus the matched ranges, for renderers that do not take HTML. */
  excerpt: { text: string; ranges: [number, number][] };
  score: number;
  /**
   * Set when the hit holds only some of the query's words: the query is answered by the few provisions holding
   * every word (or none) and then by provisions holding most of them (`relaxed` says when there were none).
   */
  partial?: true;
}

/** The hits of one document, best first; `doc` matches the IPC response shape. */
export interface SearchGroup {
  docId: string;
  title: string;
  doc: { docId: string; shortTitle: string };
  hits: SearchHit[];
}

/** The answer to one query. */
export interface SearchResult {
  query: string;
  truncated: boolean;
  /** Set when the query named a provision: the UI navigates straight to it. */
  jump: { docId: string; eId: string } | null;
  /**
   * Set when the query's citation named an act: the document it resolved to, or null with the act as typed when no
   * document in the library is that act (then there is no jump: another act's article is never opened instead).
   */
  act: { text: string; docId: string | null } | null;
  /** True when no provision had every word and the hits hold most of them instead. */
  relaxed: boolean;
  groups: SearchGroup[];
  total: number;
  tookMs: number;
}
