// A note's logged changes, oldest first: every change to a note is logged (and undoable), so a reviewer can see
// who changed what, when, and by which action (an edit, an import from a colleague, a re-anchoring, an undo).
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/use-query';
import { formatDateTime } from '../i18n';
import { actionLabelKey } from '../state/action-label';
import { changeParts } from './history-changes';

interface Props {
  id: string;
  /** The accessible name of the list ("History of the note on clause 2, Article 6"). */
  label: string;
}

/** The history of note `id`, loaded when shown and fetched again after any change to notes. */
export function NoteHistory({ id, label }: Props) {
  const { t, i18n } = useTranslation();
  const state = useQuery('annotations:history', { id });
  if (state.status === 'loading') return <p className="muted">{t('history.loading')}</p>;
  if (state.status === 'error') return <p role="alert">{state.message}</p>;
  return (
    <ol className="note-history" aria-label={label}>
      {state.value.map((entry) => {
        const parts = changeParts(entry.before, entry.after);
        return (
          <li key={entry.actionId}>
            <span className="history-when">{formatDateTime(entry.at, i18n.language)}</span>{' '}
            <span className="history-action">{t(actionLabelKey(entry.kind))}</span>
            {parts.length > 0 && (
              <span className="history-parts">
                {' — '}
                {parts.map((p) => t(`history.${p}`)).join(', ')}
              </span>
            )}
            {entry.author !== '' && <span className="muted"> · {entry.author}</span>}
          </li>
        );
      })}
    </ol>
  );
}
