// Pairs an imported document with the same act in the other language, so the two can be read side by side. The
// documents with the same number or a similar title are proposed first (`pair-proposals.ts`); pairing one whose
// number differs needs the reviewer to confirm it is the same act.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../../electron/shared/types';
import { errorText } from '../api/error-text';
import { useStore } from '../api/use-query';
import { Modal } from '../dialogs/modal';
import { pairCandidates, sameNumber } from './pair-proposals';

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
  const { proposed, others, preselected } = pairCandidates(doc, documents);
  const candidates = [...proposed.map((p) => p.doc), ...others];
  const [choice, setChoice] = useState<string | null>(pairedWith ?? preselected);
  // A choice whose number is not this document's is paired only once the reviewer confirms it (reset per choice).
  const [confirmed, setConfirmed] = useState(false);
  const chosen = candidates.find((d) => d.docId === choice) ?? null;
  const mismatch = chosen !== null && !sameNumber(doc, chosen);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const choose = (docId: string) => {
    setChoice(docId);
    setConfirmed(false);
  };
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
          {proposed.length > 0 ? (
            <fieldset className="field pair-choices">
              <legend>{t('docActions.pairProposed')}</legend>
              {proposed.map(({ doc: d, reason }) => (
                <Choice
                  key={d.docId}
                  doc={d}
                  checked={choice === d.docId}
                  mark={t(reason === 'number' ? 'docActions.pairSameNumber' : 'docActions.pairSimilarTitle')}
                  onChoose={choose}
                />
              ))}
            </fieldset>
          ) : (
            <p>
              {doc.number === null
                ? t('docActions.pairNoProposalNoNumber')
                : t('docActions.pairNoProposal', { number: doc.number })}
            </p>
          )}
          {others.length > 0 && (
            <fieldset className="field pair-choices">
              <legend>{t('docActions.pairOthers')}</legend>
              {others.map((d) => (
                <Choice key={d.docId} doc={d} checked={choice === d.docId} onChoose={choose} />
              ))}
            </fieldset>
          )}
          {mismatch && (
            <div role="alert">
              <p className="error-text">
                {doc.number !== null && chosen.number !== null
                  ? t('docActions.pairMismatch', {
                      other: chosen.shortTitle,
                      otherNumber: chosen.number,
                      number: doc.number,
                    })
                  : t('docActions.pairNumberUnknown', { other: chosen.shortTitle })}
              </p>
              <label className="check">
                <input
                  type="checkbox"
                  checked={confirmed}
                  onChange={(e) => {
                    setConfirmed(e.target.checked);
                  }}
                />
                {t('docActions.pairConfirm')}
              </label>
            </div>
          )}
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
            disabled={busy || choice === null || (mismatch && !confirmed)}
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

/** One candidate's radio: its short title and language, and why it is proposed. */
function Choice({
  doc,
  checked,
  mark,
  onChoose,
}: {
  doc: DocumentMeta;
  checked: boolean;
  mark?: string;
  onChoose: (docId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="radio">
      <input
        type="radio"
        name="pair-with"
        value={doc.docId}
        checked={checked}
        onChange={() => {
          onChoose(doc.docId);
        }}
      />
      <span lang={doc.language}>
        {doc.shortTitle}
        <span className="muted"> · {t(`docImport.lang.${doc.language}`)}</span>
      </span>
      {mark !== undefined && <span className="badge">{mark}</span>}
    </label>
  );
}
