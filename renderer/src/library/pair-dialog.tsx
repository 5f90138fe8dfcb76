// Pairs an imported document with the same act in the other language, so the two can be read side by side.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../../electron/shared/types';
import { errorText } from '../api/error-text';
import { useStore } from '../api/use-query';
import { Modal } from '../dialogs/modal';

interface Props {
  doc: DocumentMeta;
  documents: DocumentMeta[];
  /** The document it is paired with now, if any. */
  pairedWith: string | null;
  /** Called after a change; `otherDocId` null means unpaired. */
  onPaired: (otherDocId: string | null) => void;
  onClose: () => void;
}

/** The "Pair with…" chooser. */
export function PairDialog({ doc, documents, pairedWith, onPaired, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const candidates = documents.filter((d) => d.docId !== doc.docId && d.language !== doc.language);
  const [choice, setChoice] = useState<string | null>(pairedWith ?? candidates[0]?.docId ?? null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pair = async (otherDocId: string | null) => {
    setBusy(true);
    setError(null);
    try {
      await store.mutate('documents:pair', { docId: doc.docId, otherDocId });
      onPaired(otherDocId);
    } catch (e) {
      setError(errorText(e, i18n));
      setBusy(false);
    }
  };
  return (
    <Modal title={t('docActions.pairTitle', { title: doc.shortTitle })} onClose={onClose}>
      {candidates.length === 0 ? (
        <p>{t('docActions.pairNone')}</p>
      ) : (
        <>
          <p className="muted">{t('docActions.pairHelp')}</p>
          <fieldset className="field pair-choices">
            <legend>{t('docActions.pairCandidates')}</legend>
            {candidates.map((d) => (
              <label key={d.docId} className="radio">
                <input
                  type="radio"
                  name="pair-with"
                  value={d.docId}
                  checked={choice === d.docId}
                  onChange={() => {
                    setChoice(d.docId);
                  }}
                />
                <span lang={d.language}>
                  {d.shortTitle}
                  <span className="muted"> · {t(`docImport.lang.${d.language}`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
        </>
      )}
      {error && (
        <p className="error-text" role="alert">
          {t('docActions.pairFailed', { message: error })}
        </p>
      )}
      <div className="row-end">
        {pairedWith && (
          <button
            type="button"
            className="btn"
            disabled={busy}
            onClick={() => {
              void pair(null);
            }}
          >
            {t('docActions.unpair')}
          </button>
        )}
        <button type="button" className="btn" onClick={onClose}>
          {t('docImport.cancel')}
        </button>
        {candidates.length > 0 && (
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy || choice === null}
            onClick={() => {
              void pair(choice);
            }}
          >
            {t('docActions.pairRun')}
          </button>
        )}
      </div>
    </Modal>
  );
}
