// Find in the current document (Ctrl+F): matches are marked in the text; Enter / Shift+Enter step through them.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  query: string;
  total: number;
  current: number;
  onQuery: (query: string) => void;
  onStep: (delta: 1 | -1) => void;
  onClose: () => void;
}

/** The find bar above the reader. */
export function FindBar({ query, total, current, onQuery, onStep, onClose }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  return (
    <div className="find-bar" role="search" aria-label={t('find.label')}>
      <input
        ref={input}
        type="search"
        className="input"
        aria-label={t('find.label')}
        placeholder={t('find.placeholder')}
        value={query}
        onChange={(e) => {
          onQuery(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onStep(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      />
      <span className="find-count" role="status">
        {query.trim() ? (total > 0 ? t('find.count', { current: current + 1, total }) : t('find.none')) : ''}
      </span>
      <button
        type="button"
        className="btn btn-icon"
        aria-label={t('find.previous')}
        onClick={() => {
          onStep(-1);
        }}
        disabled={total === 0}
      >
        ↑
      </button>
      <button
        type="button"
        className="btn btn-icon"
        aria-label={t('find.next')}
        onClick={() => {
          onStep(1);
        }}
        disabled={total === 0}
      >
        ↓
      </button>
      <button type="button" className="btn btn-icon" aria-label={t('find.close')} onClick={onClose}>
        ✕
      </button>
    </div>
  );
}
