// Renaming a tag on every note at once (renaming onto an existing tag merges the two): one logged, undoable
// action in the core, so a reviewer can tidy tags across hundreds of notes and take it back with Ctrl+Z.
import { useId, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/use-query';

interface Props {
  onRename: (from: string, to: string) => Promise<void>;
}

/** A closed-by-default section: every tag with its count, and a form to rename one. */
export function TagManager({ onRename }: Props) {
  const { t } = useTranslation();
  const ids = useId();
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  // Counts stay true: any change to notes fetches the list again while it is shown.
  const tags = useQuery('tags:list', open ? {} : null);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const next = to.trim();
    if (from === '' || next === '') return;
    void onRename(from, next).then(() => {
      setFrom('');
      setTo('');
    });
  };
  return (
    <section className="tag-manager" aria-labelledby={`${ids}-h`}>
      <h3 id={`${ids}-h`}>
        <button
          type="button"
          className="btn btn-link"
          aria-expanded={open}
          aria-controls={`${ids}-body`}
          onClick={() => {
            setOpen((o) => !o);
          }}
        >
          {t('tags.heading')}
        </button>
      </h3>
      {open && (
        <div id={`${ids}-body`}>
          {tags.status === 'error' && <p role="alert">{tags.message}</p>}
          {tags.status === 'ready' && tags.value.length === 0 && <p className="muted">{t('tags.none')}</p>}
          {tags.status === 'ready' && tags.value.length > 0 && (
            <form className="tag-rename" onSubmit={submit}>
              <label>
                <span>{t('tags.from')}</span>
                <select
                  value={from}
                  onChange={(e) => {
                    setFrom(e.target.value);
                  }}
                >
                  <option value="">{t('tags.choose')}</option>
                  {tags.value.map((tag) => (
                    <option key={tag.name} value={tag.name}>
                      {t('tags.withCount', { tag: tag.name, count: tag.count })}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                <span>{t('tags.to')}</span>
                <input
                  type="text"
                  value={to}
                  maxLength={64}
                  onChange={(e) => {
                    setTo(e.target.value);
                  }}
                />
              </label>
              <button type="submit" className="btn btn-small" disabled={from === '' || to.trim() === ''}>
                {t('tags.rename')}
              </button>
            </form>
          )}
        </div>
      )}
    </section>
  );
}
