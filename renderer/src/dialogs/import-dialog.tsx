// Import notes from an exchange bundle: choose it in a native open dialog, see what it holds and who signed it
// (fingerprint, trusted or not), then import; an unsigned or untrusted file needs the reviewer's explicit tick.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport, NotesFilePreview } from '../../../electron/shared/types';
import { getApi, unwrap } from '../api/client';
import { errorText } from '../api/error-text';
import { useStore } from '../api/use-query';
import { JobStatus } from './job-status';
import { Modal } from './modal';
import { NotesSignerInfo, needsAcceptance } from './notes-signer';
import { SigningKeys } from './signing-keys';
import { useJob } from './use-job';

interface Props {
  onImported: () => void;
  onClose: () => void;
}

/** The import dialog. */
export function ImportDialog({ onImported, onClose }: Props) {
  const store = useStore();
  const { t, i18n } = useTranslation();
  const job = useJob<ImportReport>();
  const [preview, setPreview] = useState<NotesFilePreview | null>(null);
  const [accepted, setAccepted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The job's outcome is shown only for the file it imported, not under the next file chosen.
  const [ranFor, setRanFor] = useState<string | null>(null);
  const describe = (r: ImportReport) =>
    t('import.done', { added: String(r.added), updated: String(r.updated), skipped: String(r.unchanged) }) +
    (r.rejected.length > 0 ? ` · ${r.rejected.map((x) => x.reason).join('; ')}` : '');
  const choose = async () => {
    setError(null);
    try {
      const next = await unwrap(getApi().annotations.importPreview({}));
      if (next !== null) {
        setPreview(next);
        setAccepted(false);
      }
    } catch (e) {
      setPreview(null);
      setError(t('import.failed', { message: errorText(e, i18n) }));
    }
  };
  const mustAccept = preview !== null && needsAcceptance(preview.signer);
  return (
    <Modal title={t('import.title')} onClose={onClose}>
      <p className="muted">{t('import.source')}</p>
      <div className="row-end">
        <button
          type="button"
          className="btn"
          disabled={job.state.status === 'running'}
          onClick={() => void choose()}
        >
          {t('import.choose')}
        </button>
      </div>
      {error !== null && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {preview !== null && (
        <section aria-label={t('import.previewLabel')}>
          <p>
            <strong>{preview.fileName}</strong> ·{' '}
            {t('import.holds', { count: preview.count, date: preview.exportedAt.slice(0, 10) })}
          </p>
          <NotesSignerInfo signer={preview.signer} />
          {mustAccept && (
            <label>
              <input
                type="checkbox"
                checked={accepted}
                onChange={(e) => {
                  setAccepted(e.target.checked);
                }}
              />{' '}
              {t('import.accept')}
            </label>
          )}
          <div className="row-end">
            <button
              type="button"
              className="btn btn-primary"
              disabled={job.state.status === 'running' || (mustAccept && !accepted)}
              onClick={() => {
                const request = { previewId: preview.previewId, acceptUntrusted: mustAccept && accepted };
                setRanFor(preview.previewId);
                void job
                  .run((jobId) => store.mutate('annotations:import', { jobId, ...request }))
                  .then(onImported);
              }}
            >
              {t('import.run')}
            </button>
          </div>
        </section>
      )}
      {preview !== null && ranFor === preview.previewId && (
        <JobStatus state={job.state} describe={describe} failedKey="import.failed" onCancel={job.cancel} />
      )}
      <SigningKeys />
    </Modal>
  );
}
