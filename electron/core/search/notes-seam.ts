// The seam through which reviewers' notes (user.sqlite, owned by annotations) join search results.
// Search owns the query language and the ranking; the annotations store owns the data. The provider
// only finds candidate notes; SearchService scores them with the same rules as provisions, builds
// escaped snippets from the note text and merges them into each document's group (`kind: 'note'`).
import type { ParsedQuery } from './types';

/** A note the provider found for a query; `text` is what is matched and shown (note body, else the quote). */
export interface NoteHit {
  annotationId: string;
  docId: string;
  eId: string;
  text: string;
}

/** Implemented by the annotations store over user.sqlite; must not throw for ordinary queries. */
export interface NoteSearchProvider {
  /**
   * Return notes that may match `query` (at most `limit`), newest first. A provider may over-return
   * (e.g. a LIKE on the folded words); SearchService re-checks every hit with `matchesQuery`
   * (exclusions, phrases, prefix) before merging, so a sloppy candidate list never leaks a wrong hit.
   */
  searchNotes(query: ParsedQuery, opts: { docId?: string; limit: number }): NoteHit[];
}

export { matchesQuery } from './match';
