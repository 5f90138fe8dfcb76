// The always-visible search (Ctrl+K): results as you type, grouped by document, ↑/↓/Enter, citation jumps,
// filters by document and chapter, note hits shown as notes. Implements the ARIA combobox + listbox pattern.
// Typing is debounced (SEARCH_DEBOUNCE_MS) and only the newest request's answer is shown. Every request carries the
// interface language (named blocks such as the preamble are labelled in it). Enter acts on the shown answer only
// when it answers exactly the current request (query, filters and language), else it searches at once.
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nodeLabel } from '../../../electron/shared/provision-labels';
import type { CorpusNode, DocumentMeta, SearchHit, SearchResult } from '../../../electron/shared/types';
import { getApi, unwrap } from '../api/client';
import { errorText } from '../api/error-text';
import { latestOnly, SEARCH_DEBOUNCE_MS } from '../state/latest-only';
import { parseDeepLink, type Location } from '../state/nav-history';
import { requestKey, searchRequest, useSearchLocale, type SearchRequest } from './search-request';
import { SearchResults } from './search-results';

interface Props {
  documents: DocumentMeta[];
  /** Parts and chapters of the open document, for the chapter filter. */
  chapters: CorpusNode[];
  currentDocId: string | null;
  inputRef: React.RefObject<HTMLInputElement | null>;
  onOpenHit: (hit: SearchHit) => void;
  onJump: (location: Location) => void;
}

/** Search progress shown in the popup. */
export type SearchState =
  | { status: 'idle' }
  | {
      status: 'ready';
      query: string;
      response: SearchResult;
      /** requestKey of the request answered: Enter acts on this answer only for that exact request. */
      key: string;
    }
  | { status: 'error'; message: string };

/** The search box with its results popup. */
export function SearchBox({ documents, chapters, currentDocId, inputRef, onOpenHit, onJump }: Props) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [docFilter, setDocFilter] = useState('');
  const [chapterFilter, setChapterFilter] = useState('');
  const locale = useSearchLocale();
  const [answer, setState] = useState<SearchState>({ status: 'idle' });
  const idle = query.trim().length === 0 || parseDeepLink(query) !== null;
  const state: SearchState = useMemo(() => (idle ? { status: 'idle' } : answer), [idle, answer]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const search = useMemo(
    () => latestOnly((request: SearchRequest) => unwrap(getApi().search.query(request))),
    [],
  );
  const listId = useId();
  // Chapters are named as the open document writes them ("Chương II"), whatever the interface language.
  const chapterLang = documents.find((d) => d.docId === currentDocId)?.language ?? 'en';

  const hits = useMemo(
    () => (state.status === 'ready' ? state.response.groups.flatMap((g) => g.hits) : []),
    [state],
  );
  const jump: Location | null = state.status === 'ready' ? state.response.jump : null;

  /** The request for `q` under the current filters and interface language. */
  const requestFor = useCallback(
    (q: string): SearchRequest => searchRequest(q, { docFilter, chapterFilter, locale }),
    [docFilter, chapterFilter, locale],
  );
  /** The debounced search waiting to be sent, cancelled when Enter searches at once. */
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  /** Searches `q` with the current filters; `then` sees the answer unless a newer search was started since. */
  const run = useCallback(
    (q: string, then?: (response: SearchResult) => void) => {
      const request = requestFor(q);
      search(request).then(
        (answer) => {
          if (answer.stale) return;
          setState({ status: 'ready', query: q, key: requestKey(request), response: answer.value });
          setActive(-1);
          then?.(answer.value);
        },
        (e: unknown) => {
          setState({ status: 'error', message: errorText(e, i18n) });
        },
      );
    },
    [search, requestFor, i18n],
  );

  useEffect(() => {
    const q = query.trim();
    if (q.length === 0 || parseDeepLink(q)) return;
    const timer = setTimeout(() => {
      pending.current = null;
      run(q);
    }, SEARCH_DEBOUNCE_MS);
    pending.current = timer;
    return () => {
      clearTimeout(timer);
      pending.current = null;
    };
  }, [query, run]);

  const choose = useCallback(
    (hit: SearchHit | undefined) => {
      if (!hit) return;
      setOpen(false);
      onOpenHit(hit);
    },
    [onOpenHit],
  );
  const jumpTo = useCallback(
    (loc: Location) => {
      setOpen(false);
      onJump(loc);
    },
    [onJump],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(hits.length - 1, i + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(-1, i - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const link = parseDeepLink(query);
      if (link) {
        setOpen(false);
        onJump(link);
      } else if (!(state.status === 'ready' && state.key === requestKey(requestFor(query.trim())))) {
        // Enter before the answer to this exact request (the words, a filter just changed, the language): search
        // now, instead of the debounced search that would overtake this one, and act on that answer.
        if (pending.current !== null) clearTimeout(pending.current);
        pending.current = null;
        run(query.trim(), (response) => {
          if (response.jump) jumpTo(response.jump);
          else choose(response.groups[0]?.hits[0]);
        });
      } else if (jump && active < 0) {
        setOpen(false);
        onJump(jump);
      } else choose(hits[Math.max(0, active)]);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  const activeId = active >= 0 ? `${listId}-opt-${active}` : undefined;
  const showPopup = open && query.trim().length > 0;
  // Arrowing through results keeps the active one in view (focus stays in the box: aria-activedescendant).
  useEffect(() => {
    if (activeId !== undefined) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);
  return (
    <div
      className="search"
      role="search"
      // Focus moving between the box, its filters and the scrolled results keeps them open; leaving closes them.
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setOpen(false);
      }}
    >
      <input
        ref={inputRef}
        type="search"
        className="search-input"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={showPopup}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showPopup ? activeId : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => {
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      <select
        className="input search-filter"
        aria-label={t('search.docFilter')}
        value={docFilter}
        onChange={(e) => {
          setDocFilter(e.target.value);
          setChapterFilter('');
        }}
      >
        <option value="">{t('search.allDocuments')}</option>
        {documents.map((d) => (
          <option key={d.docId} value={d.docId}>
            {d.shortTitle}
          </option>
        ))}
      </select>
      {docFilter && docFilter === currentDocId && chapters.length > 0 && (
        <select
          className="input search-filter"
          aria-label={t('search.chapterFilter')}
          value={chapterFilter}
          onChange={(e) => {
            setChapterFilter(e.target.value);
          }}
        >
          <option value="">{t('search.allChapters')}</option>
          {/* A chapter inside a part is indented under it (chapter numbers may restart in each part). */}
          {chapters.map((c) => (
            <option key={c.eId} value={c.eId}>
              {`${c.kind === 'chapter' && c.parentEId?.startsWith('part_') ? '\u2003' : ''}${nodeLabel(c, chapterLang)} ${c.heading ?? ''}`.trimEnd()}
            </option>
          ))}
        </select>
      )}
      {showPopup && (
        <SearchResults
          listId={listId}
          state={state}
          active={active}
          jump={jump}
          onChoose={choose}
          onJump={jumpTo}
        />
      )}
    </div>
  );
}
