// Export: an annotated PDF (whole document or annotated provisions only, filtered by tag or colour, with a
// marking line and the reviewer's name) and notes exports; the save location is chosen in a native dialog.
import { SETTING_TEXT_MAX } from '../../../electron/shared/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationColor, ExportResult } from '../../../electron/shared/types';
import { getApi, unwrap } from '../api/client';
import { ColorSelect, TagSelect } from '../notes/filter-selects';
import type { UiSettings } from '../state/use-settings';
import { JobStatus } from './job-status';
import { Modal } from './modal';
import { useJob } from './use-job';

/** What any export call reports back: where the file went. */
type Saved = Pick<ExportResult, 'outPath'>;

interface Props {
  docId: string;
  docTitle: string;
  tags: string[];
  settings: UiSettings;
  onSaveSettings: (patch: Partial<UiSettings>) => Promise<void>;
  onClose: () => void;
}

/** The export dialog. */
export function ExportDialog({ docId, docTitle, tags, settings, onSaveSettings, onClose }: Props) {
  const { t } = useTranslation();
  const [annotatedOnly, setAnnotatedOnly] = useState(false);
  const [tag, setTag] = useState('');
  const [color, setColor] = useState<AnnotationColor | ''>('');
  const [marking, setMarking] = useState(settings.marking);
  const [reviewer, setReviewer] = useState(settings.reviewerName);
  const [notesFormat, setNotesFormat] = useState<'md' | 'pdf' | 'json'>('md');
  const pdf = useJob<Saved>();
  const notes = useJob<Saved>();
  const busy = pdf.state.status === 'running' || notes.state.status === 'running';
  const describe = (r: Saved) => t('export.done', { path: r.outPath });

  // `replace` is sent only after the reviewer pressed Replace on the core's EXISTS answer (nothing was written).
  const exportPdf = (replace = false) =>
    pdf.run(async (jobId) => {
      if (reviewer !== settings.reviewerName) await onSaveSettings({ reviewerName: reviewer });
      return unwrap(
        getApi().export.pdf({
          jobId,
          docId,
          scope: annotatedOnly ? 'annotated' : 'all',
          marking,
          ...(tag ? { tags: [tag] } : {}),
          ...(color ? { colors: [color] } : {}),
          ...(replace ? { replace } : {}),
        }),
      );
    });

  const exportNotes = (replace = false) =>
    notes.run((jobId) =>
      notesFormat === 'json'
        ? unwrap(getApi().annotations.export({ format: 'json', docId, ...(replace ? { replace } : {}) }))
        : unwrap(
            getApi().export.notes({ jobId, docId, format: notesFormat, ...(replace ? { replace } : {}) }),
          ),
    );

  return (
    <Modal title={`${t('export.title')} — ${docTitle}`} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void exportPdf();
        }}
      >
        <fieldset className="field">
          <legend>{t('export.pdf')}</legend>
          <label className="check">
            <input
              type="radio"
              name="scope"
              checked={!annotatedOnly}
              onChange={() => {
                setAnnotatedOnly(false);
              }}
            />
            {t('export.whole')}
          </label>
          <label className="check">
            <input
              type="radio"
              name="scope"
              checked={annotatedOnly}
              onChange={() => {
                setAnnotatedOnly(true);
              }}
            />
            {t('export.annotatedOnly')}
          </label>
        </fieldset>
        <div className="grid-2">
          <TagSelect label={t('export.filterTag')} value={tag} tags={tags} onChange={setTag} />
          <ColorSelect label={t('export.filterColor')} value={color} onChange={setColor} />
          <label className="field">
            <span>{t('export.marking')}</span>
            <input
              className="input"
              value={marking}
              maxLength={SETTING_TEXT_MAX}
              onChange={(e) => {
                setMarking(e.target.value);
              }}
            />
          </label>
          <label className="field">
            <span>{t('export.reviewer')}</span>
            <input
              className="input"
              value={reviewer}
              maxLength={SETTING_TEXT_MAX}
              onChange={(e) => {
                setReviewer(e.target.value);
              }}
            />
          </label>
        </div>
        <div className="row-end">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('export.run')}
          </button>
        </div>
        <JobStatus
          state={pdf.state}
          describe={describe}
          failedKey="export.failed"
          onCancel={pdf.cancel}
          onReplace={() => void exportPdf(true)}
        />
      </form>
      <hr />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void exportNotes();
        }}
      >
        <label className="field">
          <span>{t('export.notesFormat')}</span>
          <select
            className="input"
            value={notesFormat}
            onChange={(e) => {
              setNotesFormat(e.target.value === 'json' ? 'json' : e.target.value === 'pdf' ? 'pdf' : 'md');
            }}
          >
            <option value="md">{t('export.notesMd')}</option>
            <option value="pdf">PDF</option>
            <option value="json">{t('export.notesJson')}</option>
          </select>
        </label>
        <div className="row-end">
          <button type="submit" className="btn" disabled={busy}>
            {t('export.runNotes')}
          </button>
        </div>
        <JobStatus
          state={notes.state}
          describe={describe}
          failedKey="export.failed"
          onReplace={() => void exportNotes(true)}
          // The JSON export is one quick write, not a job: nothing to cancel.
          {...(notesFormat === 'json' ? {} : { onCancel: notes.cancel })}
        />
      </form>
    </Modal>
  );
}
