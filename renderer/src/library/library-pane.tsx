// The library for hundreds of documents: a quick filter (number or title, tones optional), filters by type,
// issuer, year and status, a sort, the count ("12 of 340 documents"), and a list capped at a page of entries
// ("Show more" adds the next page), so typing stays instant however large the library is.
import { useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { documentKindLabel } from '../../../electron/shared/library-text';
import type { DocumentMeta } from '../../../electron/shared/types';
import { LibraryFilters } from './library-filters';
import {
  EMPTY_QUERY,
  filterLibrary,
  libraryEntries,
  libraryFacets,
  type LibraryQuery,
} from './library-filter';
import { LibraryList } from './library-list';

/** Entries rendered at first and added by each "Show more"; the cost of a keystroke is bounded by it. */
export const LIBRARY_PAGE = 50;

interface Props {
  documents: DocumentMeta[];
  /** Import time of each imported document, for the "import date" sort. */
  importedAt: ReadonlyMap<string, string>;
  currentDocId: string | null;
  onOpen: (docId: string) => void;
  actions?: (doc: DocumentMeta) => ReactNode;
}

/** Filters, count and the capped list. */
export function LibraryPane({ documents, importedAt, currentDocId, onOpen, actions }: Props) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState<LibraryQuery>(EMPTY_QUERY);
  const [shown, setShown] = useState(LIBRARY_PAGE);
  // Typing updates the box at once; the list follows when React has time (it never blocks a keystroke).
  const deferred = useDeferredValue(query);
  const entries = useMemo(() => libraryEntries(documents, importedAt), [documents, importedAt]);
  const facets = useMemo(() => libraryFacets(entries), [entries]);
  const matches = useMemo(() => filterLibrary(entries, deferred), [entries, deferred]);
  const visible = useMemo(() => matches.slice(0, shown).map((e) => e.doc), [matches, shown]);
  const lang = i18n.language === 'vi' ? 'vi' : 'en';
  const change = (next: Partial<LibraryQuery>) => {
    setQuery((q) => ({ ...q, ...next }));
    setShown(LIBRARY_PAGE);
  };
  const filtered = JSON.stringify({ ...query, sort: '' }) !== JSON.stringify({ ...EMPTY_QUERY, sort: '' });

  return (
    <div className="library-pane">
      {documents.length > 1 && (
        <LibraryFilters
          query={query}
          facets={facets}
          kindLabel={(kind) => documentKindLabel(kind, lang)}
          onChange={change}
        />
      )}
      <p className="library-count muted" aria-live="polite" aria-atomic="true">
        {filtered
          ? t('library.count', { shown: String(matches.length), total: String(documents.length) })
          : t('library.total', { count: documents.length })}
      </p>
      {filtered && matches.length === 0 ? (
        <p className="muted pad">
          {t('library.noMatch')}{' '}
          <button
            type="button"
            className="btn btn-link"
            onClick={() => {
              change({ ...EMPTY_QUERY, sort: query.sort });
            }}
          >
            {t('library.clear')}
          </button>
        </p>
      ) : (
        <LibraryList
          documents={visible}
          currentDocId={currentDocId}
          onOpen={onOpen}
          {...(actions ? { actions } : {})}
        />
      )}
      {matches.length > visible.length && (
        <button
          type="button"
          className="btn library-more"
          onClick={() => {
            setShown((n) => n + LIBRARY_PAGE);
          }}
        >
          {t('library.more', {
            count: Math.min(LIBRARY_PAGE, matches.length - visible.length),
            left: String(matches.length - visible.length),
          })}
        </button>
      )}
    </div>
  );
}
