// The results popup: hits grouped by document with marked snippets and breadcrumbs; note hits are labelled.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../electron/shared/types';
import type { Location } from '../state/nav-history';
import { excerptParts } from './snippet';

import type { SearchState } from './search-box';

interface Props {
  listId: string;
  state: SearchState;
  active: number;
  jump: Location | null;
  onChoose: (hit: SearchHit) => void;
  onJump: (location: Location) => void;
}

/**
 * Listbox of hits, or a helpful empty state. Memoised: typing changes the input on every keystroke, but this list
 * only re-renders when an answer (or the active option) changes, so a keystroke does not rebuild 30 options.
 */
export const SearchResults = memo(function SearchResults({
  listId,
  state,
  active,
  jump,
  onChoose,
  onJump,
}: Props) {
  const { t } = useTranslation();
  if (state.status === 'error') {
    return (
      <div className="search-popup" id={listId}>
        <p className="search-empty error-text" role="alert">
          {t('search.error', { message: state.message })}
        </p>
      </div>
    );
  }
  if (state.status === 'idle') {
    return (
      <div className="search-popup" id={listId}>
        <p className="search-empty muted">{t('search.idle')}</p>
      </div>
    );
  }
  const { response } = state;
  // Option indexes run across groups so ↑/↓ in the input address one flat list.
  const starts = response.groups.map((_, g) =>
    response.groups.slice(0, g).reduce((n, x) => n + x.hits.length, 0),
  );
  // Hits holding only some of the words are said so: all of them (`relaxed`), or those after the few exact ones.
  const partial = response.groups.some((g) => g.hits.some((h) => h.partial === true));
  const notice = response.relaxed ? t('search.relaxed') : partial ? t('search.partial') : null;
  return (
    <div
      className="search-popup"
      data-query={state.query}
      // The results scroll when they overflow: the scroller itself takes focus, so the keyboard can scroll it.
      tabIndex={0}
      role="region"
      aria-label={t('search.results')}
      onMouseDown={(e) => {
        e.preventDefault(); // keep focus in the input
      }}
    >
      <div className="search-status" aria-live="polite">
        <p className="search-took muted">
          {t('search.took', { count: response.total, ms: Math.round(response.tookMs * 10) / 10 })}
        </p>
        {notice !== null && <p className="search-relaxed">{notice}</p>}
      </div>
      {jump && (
        <button
          type="button"
          className="search-jump"
          onClick={() => {
            onJump(jump);
          }}
        >
          ↵ {t('search.jump', { citation: state.query })}
        </button>
      )}
      {!jump && response.act && (
        <p className="search-act-missing" role="status">
          {response.act.docId === null
            ? t('search.actMissing', { act: response.act.text })
            : t('search.provisionMissing', { act: response.act.text })}
        </p>
      )}
      {response.total === 0 && (
        <div className="search-empty">
          <p>{t('search.empty', { query: state.query })}</p>
          <p className="muted">{t('search.emptyHint')}</p>
        </div>
      )}
      <div
        id={listId}
        role={response.total > 0 ? 'listbox' : undefined}
        aria-label={response.total > 0 ? t('search.results') : undefined}
      >
        {response.groups.map((group, g) => (
          <div key={group.docId} role="group" aria-label={group.title} className="search-group">
            <p className="search-group-title" aria-hidden="true">
              {group.title}
            </p>
            {group.hits.map((hit, k) => {
              const i = (starts[g] ?? 0) + k;
              return (
                <div
                  key={`${hit.eId}:${hit.annotationId ?? ''}:${i}`}
                  id={`${listId}-opt-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={`search-hit${i === active ? ' active' : ''}${hit.source === 'note' ? ' is-note' : ''}`}
                  onClick={() => {
                    onChoose(hit);
                  }}
                >
                  <span className="hit-head">
                    {hit.source === 'note' && <span className="hit-tag">{t('search.note')}</span>}
                    {hit.partial === true && !response.relaxed && (
                      <span className="hit-tag hit-partial">{t('search.someWords')}</span>
                    )}
                    <span className="hit-citation">{hit.citation}</span>
                  </span>
                  <span className="hit-snippet">
                    {excerptParts(hit.excerpt).map((p, k) =>
                      p.marked ? <mark key={k}>{p.text}</mark> : <span key={k}>{p.text}</span>,
                    )}
                  </span>
                  <span className="hit-crumb muted">{hit.breadcrumb.join(' › ')}</span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
});
