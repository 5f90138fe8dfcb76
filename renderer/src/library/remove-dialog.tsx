// Confirms removing an imported document. Notes are kept as unanchored by default; deleting them is an
// explicit second choice, never the default.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta, RemoveResult } from '../../../electron/shared/types';
import { errorText } from '../api/error-text';
import { useQuery, useStore } from '../api/use-query';
import { Modal } from '../dialogs/modal';

interface Props {
  doc: DocumentMeta;
  onRemoved: (result: RemoveResult) => void;
  onClose: () => void;
}

/** The "Remove…" confirmation. */
export function RemoveDialog({ doc, onRemoved, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const notes = useQuery('annotations:list', { docId: doc.docId });
  const [deleteNotes, setDeleteNotes] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const count = notes.status === 'ready' ? notes.value.length : 0;
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      onRemoved(await store.mutate('documents:remove', { docId: doc.docId, deleteAnnotations: deleteNotes }));
    } catch (e) {
      setError(errorText(e, i18n));
      setBusy(false);
    }
  };
  return (
    <Modal title={t('docActions.removeTitle', { title: doc.shortTitle })} onClose={onClose}>
      <p>{t('docActions.removeBody')}</p>
      {count > 0 && (
        <fieldset className="field remove-notes">
          <legend>
            {t('docActions.notesChoice')} — {t('docActions.notesCount', { count })}
          </legend>
          <label className="radio">
            <input
              type="radio"
              name="remove-notes"
              checked={!deleteNotes}
              onChange={() => {
                setDeleteNotes(false);
              }}
            />
            {t('docActions.keepNotes')}
          </label>
          <label className="radio">
            <input
              type="radio"
              name="remove-notes"
              checked={deleteNotes}
              onChange={() => {
                setDeleteNotes(true);
              }}
            />
            {t('docActions.deleteNotes')}
          </label>
        </fieldset>
      )}
      {error && (
        <p className="error-text" role="alert">
          {t('docActions.removeFailed', { message: error })}
        </p>
      )}
      <div className="row-end">
        <button type="button" className="btn" onClick={onClose}>
          {t('docImport.cancel')}
        </button>
        <button
          type="button"
          className="btn btn-danger"
          disabled={busy}
          onClick={() => {
            void remove();
          }}
        >
          {t('docActions.removeRun')}
        </button>
      </div>
    </Modal>
  );
}
