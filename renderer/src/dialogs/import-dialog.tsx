// Import notes from an exchange bundle chosen in a native open dialog; the report says what changed.
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../electron/shared/types';
import { getApi, unwrap } from '../api/client';
import { JobStatus } from './job-status';
import { Modal } from './modal';
import { useJob } from './use-job';

interface Props {
  onImported: () => void;
  onClose: () => void;
}

/** The import dialog. */
export function ImportDialog({ onImported, onClose }: Props) {
  const { t } = useTranslation();
  const job = useJob<ImportReport>();
  const describe = (r: ImportReport) =>
    t('import.done', { added: String(r.added), updated: String(r.updated), skipped: String(r.unchanged) }) +
    (r.rejected.length > 0 ? ` · ${r.rejected.map((x) => x.reason).join('; ')}` : '');
  return (
    <Modal title={t('import.title')} onClose={onClose}>
      <p className="muted">{t('import.source')}</p>
      <div className="row-end">
        <button
          type="button"
          className="btn btn-primary"
          disabled={job.state.status === 'running'}
          onClick={() => {
            void job.run((jobId) => unwrap(getApi().annotations.import({ jobId }))).then(onImported);
          }}
        >
          {t('import.run')}
        </button>
      </div>
      <JobStatus state={job.state} describe={describe} failedKey="import.failed" />
    </Modal>
  );
}
