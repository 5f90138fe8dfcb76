// A note's logged changes, oldest first: every change to a note is logged (and undoable), so a reviewer can see
// who changed what, when, and by which action (an edit, an import from a colleague, a re-anchoring, an undo).
import { useTranslation } from 'react-i18next';
import { getApi, unwrap } from '../api/client';
import { formatDateTime } from '../i18n';
import { actionLabelKey } from '../state/action-label';
import { useAsync } from '../state/use-async';
import { changeParts } from './history-changes';

interface Props {
  id: string;
  /** Changes when the note changes, so an open history refreshes. */
  version: string;
  /** The accessible name of the list ("History of the note on clause 2, Article 6"). */
  label: string;
}

/** The history of note `id`, loaded when shown. */
export function NoteHistory({ id, version, label }: Props) {
  const { t, i18n } = useTranslation();
  const state = useAsync(`${id}|${version}`, () => unwrap(getApi().annotations.history({ id })));
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
