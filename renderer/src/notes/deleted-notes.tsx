// Notes the reviewer deleted, listed on request with Restore: a delete is never final from the reviewer's side
// until they purge it, and a note deleted long ago (beyond the reach of Ctrl+Z) can still be brought back.
import { useId, useState } from 'react';
import { passageQuote } from '../../../electron/shared/passage-text';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../electron/shared/types';
import { useQuery } from '../api/use-query';
import { formatDate } from '../i18n';
import { excerpt } from '../import/node-label';

interface Props {
  /** The open document, or null for every document. */
  docId: string | null;
  citationOf: (annotation: Annotation) => string;
  onRestore: (annotation: Annotation) => Promise<void>;
}

/** A closed-by-default section listing deleted notes, each with Restore. */
export function DeletedNotes({ docId, citationOf, onRestore }: Props) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const [open, setOpen] = useState(false);
  // Fetched only while shown; any change to notes (a delete, a restore, an undo) fetches it again.
  const deleted = useQuery(
    'annotations:list',
    open ? { deleted: 'only', ...(docId === null ? {} : { docId }) } : null,
  );
  return (
    <section className="deleted-notes" aria-labelledby={`${ids}-h`}>
      <h3 id={`${ids}-h`}>
        <button
          type="button"
          className="btn btn-link"
          aria-expanded={open}
          aria-controls={`${ids}-list`}
          onClick={() => {
            setOpen((o) => !o);
          }}
        >
          {t('notes.deletedHeading')}
        </button>
      </h3>
      {open && (
        <div id={`${ids}-list`}>
          {deleted.status === 'loading' && <p className="muted">{t('history.loading')}</p>}
          {deleted.status === 'error' && <p role="alert">{deleted.message}</p>}
          {deleted.status === 'ready' &&
            (deleted.value.length === 0 ? (
              <p className="muted">{t('notes.noDeleted')}</p>
            ) : (
              <ul className="notes-list">
                {deleted.value.map((a) => {
                  const citation = citationOf(a);
                  const what = excerpt(a.note || passageQuote(a) || citation, 60);
                  return (
                    <li key={a.id} className="deleted-note">
                      <span className="note-citation">{citation}</span>
                      <span className="note-text">{what}</span>
                      <span className="muted">
                        {t('notes.deletedOn', { date: formatDate(a.deleted ?? a.updated, i18n.language) })}
                      </span>
                      <button
                        type="button"
                        className="btn btn-small"
                        aria-label={t('notes.restoreFor', { note: what, citation })}
                        onClick={() => void onRestore(a)}
                      >
                        {t('notes.restore')}
                      </button>
                    </li>
                  );
                })}
              </ul>
            ))}
        </div>
      )}
    </section>
  );
}
