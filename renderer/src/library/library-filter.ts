// The library pane's model, pure so it is tested without a DOM: a quick filter on number and title (tones and
// case ignored, with the folding search uses), filters by kind, issuer, year and status, four sorts, and the
// choices each filter offers. A thousand documents filter in well under a millisecond; rendering is the cost,
// which the pane caps (library-pane.tsx).
import { fold } from '../../../electron/shared/library-text';
import type { DocumentKind } from '../../../electron/shared/library-text';
import type { DocumentMeta } from '../../../electron/shared/types';

/** How the list is ordered. */
export type LibrarySort = 'title' | 'number' | 'issued' | 'imported';

/** Every sort, in the order the menu lists them. */
export const LIBRARY_SORTS: readonly LibrarySort[] = ['title', 'number', 'issued', 'imported'];

/** What the reviewer chose; '' means any. */
export interface LibraryQuery {
  text: string;
  kind: DocumentKind | '';
  issuer: string;
  year: string;
  status: string;
  sort: LibrarySort;
}

/** No filter, sorted by title. */
export const EMPTY_QUERY: LibraryQuery = {
  text: '',
  kind: '',
  issuer: '',
  year: '',
  status: '',
  sort: 'title',
};

/** A document with what filtering and sorting read, computed once per list rather than per keystroke. */
export interface LibraryEntry {
  doc: DocumentMeta;
  /** Folded words of number, title, short title and id, each preceded by a space (word-prefix matching). */
  haystack: string;
  year: string;
  /** When it was imported (ISO), or '' for a bundled document. */
  importedAt: string;
}

/** Folded words; a number keeps its slashes, dots and hyphens ("19/2019/nd-cp"), other punctuation separates. */
function words(text: string): string[] {
  return fold(text)
    .replace(/[^\p{L}\p{N}/.-]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
}

/** Prepares the entries; `importedAt` maps imported document ids to their import time. */
export function libraryEntries(
  docs: readonly DocumentMeta[],
  importedAt: ReadonlyMap<string, string>,
): LibraryEntry[] {
  return docs.map((doc) => ({
    doc,
    haystack: ` ${words([doc.number ?? '', doc.title, doc.shortTitle, doc.docId].join(' ')).join(' ')}`,
    year: (doc.issued ?? doc.effective ?? doc.published ?? '').slice(0, 4),
    importedAt: importedAt.get(doc.docId) ?? '',
  }));
}

const collator = new Intl.Collator(['vi', 'en'], { sensitivity: 'base', numeric: true });

/** "19/2019/NĐ-CP" → year 2019 then number 19, so numbers sort as a reviewer reads them. */
function numberKey(n: string | null): [number, number, string] {
  if (n === null) return [Number.MAX_SAFE_INTEGER, 0, ''];
  const m = /^(\d+)(?:\/(\d{4}))?/u.exec(n);
  return m ? [Number(m[2] ?? 0), Number(m[1]), n] : [Number.MAX_SAFE_INTEGER - 1, 0, n];
}

function compare(sort: LibrarySort): (a: LibraryEntry, b: LibraryEntry) => number {
  const byTitle = (a: LibraryEntry, b: LibraryEntry) => collator.compare(a.doc.shortTitle, b.doc.shortTitle);
  switch (sort) {
    case 'title':
      return byTitle;
    case 'number':
      return (a, b) => {
        const [ay, an, as] = numberKey(a.doc.number);
        const [by, bn, bs] = numberKey(b.doc.number);
        return ay - by || an - bn || collator.compare(as, bs) || byTitle(a, b);
      };
    case 'issued':
      // Newest first; undated last.
      return (a, b) => (b.doc.issued ?? '').localeCompare(a.doc.issued ?? '') || byTitle(a, b);
    case 'imported':
      // Newest import first; bundled documents (never imported) last.
      return (a, b) => b.importedAt.localeCompare(a.importedAt) || byTitle(a, b);
  }
}

/** The entries matching every part of the query, sorted. Each typed word must begin a word (in any order). */
export function filterLibrary(entries: readonly LibraryEntry[], q: LibraryQuery): LibraryEntry[] {
  const typed = words(q.text).map((w) => ` ${w}`);
  return entries
    .filter(
      (e) =>
        (q.kind === '' || e.doc.kind === q.kind) &&
        (q.issuer === '' || e.doc.issuer === q.issuer) &&
        (q.year === '' || e.year === q.year) &&
        (q.status === '' || e.doc.status === q.status) &&
        typed.every((w) => e.haystack.includes(w)),
    )
    .sort(compare(q.sort));
}

/** The values each filter can take in this library, sorted (years newest first). */
export function libraryFacets(entries: readonly LibraryEntry[]): {
  kinds: DocumentKind[];
  issuers: string[];
  years: string[];
  statuses: string[];
} {
  const distinct = <T extends string>(values: (T | null | '')[]): T[] =>
    [...new Set(values.filter((v): v is T => v !== null && v !== ''))].sort((a, b) => collator.compare(a, b));
  return {
    kinds: distinct(entries.map((e) => e.doc.kind)),
    issuers: distinct(entries.map((e) => e.doc.issuer)),
    years: distinct(entries.map((e) => e.year)).reverse(),
    statuses: distinct(entries.map((e) => e.doc.status)),
  };
}
