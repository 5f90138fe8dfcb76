// Export: an annotated PDF (whole document or annotated provisions only, filtered by tag or colour, with a
// marking line and the reviewer's name) and notes exports (report, bundle or CSV) of this document or of all
// documents; the save location is chosen in a native dialog.
import { SETTING_TEXT_MAX } from '../../../electron/shared/types';
import { useRef, useState } from 'react';
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

/** The notes formats offered: a report (Markdown or PDF) or the notes themselves (exchange bundle, CSV). */
const NOTES_FORMATS = ['md', 'pdf', 'json', 'csv'] as const;
type NotesFormat = (typeof NOTES_FORMATS)[number];
const isNotesFormat = (v: string): v is NotesFormat => (NOTES_FORMATS as readonly string[]).includes(v);

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
  const [notesFormat, setNotesFormat] = useState<NotesFormat>('md');
  const [allDocuments, setAllDocuments] = useState(false);
  const pdfButton = useRef<HTMLButtonElement>(null);
  const notesButton = useRef<HTMLButtonElement>(null);
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

  // Without a docId the core exports the notes of every document.
  const exportNotes = (replace = false) =>
    notes.run((jobId) => {
      const scope = { ...(allDocuments ? {} : { docId }), ...(replace ? { replace } : {}) };
      return notesFormat === 'json' || notesFormat === 'csv'
        ? unwrap(getApi().annotations.export({ format: notesFormat, ...scope }))
        : unwrap(getApi().export.notes({ jobId, format: notesFormat, ...scope }));
    });

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
          <button ref={pdfButton} type="submit" className="btn btn-primary" disabled={busy}>
            {t('export.run')}
          </button>
        </div>
        <JobStatus
          state={pdf.state}
          describe={describe}
          failedKey="export.failed"
          onCancel={pdf.cancel}
          onReplace={() => void exportPdf(true)}
          startedBy={pdfButton}
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
              if (isNotesFormat(e.target.value)) setNotesFormat(e.target.value);
            }}
          >
            <option value="md">{t('export.notesMd')}</option>
            <option value="pdf">PDF</option>
            <option value="json">{t('export.notesJson')}</option>
            <option value="csv">{t('export.notesCsv')}</option>
          </select>
        </label>
        <fieldset className="field">
          <legend>{t('export.notesOf')}</legend>
          <label className="check">
            <input
              type="radio"
              name="notes-of"
              checked={!allDocuments}
              onChange={() => {
                setAllDocuments(false);
              }}
            />
            {t('export.thisDocument')}
          </label>
          <label className="check">
            <input
              type="radio"
              name="notes-of"
              checked={allDocuments}
              onChange={() => {
                setAllDocuments(true);
              }}
            />
            {t('export.allDocuments')}
          </label>
        </fieldset>
        <div className="row-end">
          <button ref={notesButton} type="submit" className="btn" disabled={busy}>
            {t('export.runNotes')}
          </button>
        </div>
        <JobStatus
          state={notes.state}
          describe={describe}
          failedKey="export.failed"
          onReplace={() => void exportNotes(true)}
          startedBy={notesButton}
          // The bundle and CSV exports are one quick write, not a job: nothing to cancel.
          {...(notesFormat === 'json' || notesFormat === 'csv' ? {} : { onCancel: notes.cancel })}
        />
      </form>
    </Modal>
  );
}
