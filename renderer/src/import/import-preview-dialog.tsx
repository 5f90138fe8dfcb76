// The import preview: detected metadata as editable fields, the detected outline with counts, warnings, and
// the re-anchoring plan when it replaces a version with notes (confirming the suggestions to review), and
// Cancel / Import. After Import it shows the result (and the re-anchoring report when a version was replaced).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportCommitResult, ImportPreview } from '../../../electron/shared/types';
import { errorText } from '../api/error-text';
import { useStore } from '../api/use-query';
import { Modal } from '../dialogs/modal';
import { ImportResult } from './import-result';
import { ImportWarnings } from './import-warnings';
import { MetaForm, editsFrom, problemsOf, valuesOf, type MetaValues } from './meta-form';
import { outlineLabel } from './node-label';
import { OutlineTree } from './outline-tree';
import { ReanchorPlanTable } from './reanchor-plan-table';

const COUNTED = [
  'part',
  'chapter',
  'section',
  'subsection',
  'article',
  'clause',
  'point',
  'paragraph',
  'annex',
  'annex-row',
  'footnote',
] as const;

interface Props {
  preview: ImportPreview;
  onCommitted: (result: ImportCommitResult) => void;
  onOpen: (docId: string) => void;
  onClose: () => void;
}

/** Preview, edit and commit one import. */
export function ImportPreviewDialog({ preview, onCommitted, onOpen, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const [values, setValues] = useState<MetaValues>(() => valuesOf(preview.meta));
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportCommitResult | null>(null);
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const problems = tried ? problemsOf(values) : {};
  // The outline reads in the language the form says the document is in.
  const docLang = values.language === 'vi' ? 'vi' : 'en';
  const byEId = useMemo(() => new Map(preview.nodes.map((n) => [n.eId, n])), [preview.nodes]);
  const placeOf = (eId: string) => {
    const node = byEId.get(eId);
    return node ? outlineLabel(node, docLang, i18n.language) : eId;
  };
  const replacing =
    preview.replaces && preview.replaces.docId === values.docId.trim() ? preview.replaces : null;

  const commit = async () => {
    setTried(true);
    if (Object.keys(problemsOf(values)).length > 0) return;
    setSaving(true);
    setError(null);
    try {
      const done = await store.mutate('documents:importCommit', {
        previewId: preview.previewId,
        edits: editsFrom(values, preview.meta),
        ...(replacing && confirmed.size > 0 ? { confirm: [...confirmed] } : {}),
      });
      setResult(done);
      onCommitted(done);
    } catch (e) {
      setError(errorText(e, i18n));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal title={t('docImport.previewTitle', { file: preview.fileName })} onClose={onClose}>
      {result ? (
        <ImportResult
          result={result}
          onClose={onClose}
          onOpen={() => {
            onOpen(result.document.docId);
          }}
        />
      ) : (
        <form
          className="import-preview"
          noValidate
          aria-busy={saving}
          onSubmit={(e) => {
            e.preventDefault();
            void commit();
          }}
        >
          <p className="muted">{t('docImport.previewHelp')}</p>
          {replacing && (
            <p className="import-replaces" role="note">
              {t('docImport.replaces', {
                id: replacing.docId,
                title: replacing.title,
                notes: String(replacing.annotations),
              })}
            </p>
          )}
          <div className="import-columns">
            <MetaForm values={values} problems={problems} onChange={setValues} />
            <section className="import-structure" aria-labelledby="import-structure-title">
              <h3 id="import-structure-title">{t('docImport.structure')}</h3>
              {preview.structure === 'prose' && <p className="muted">{t('docImport.structureProse')}</p>}
              <dl className="import-counts" aria-label={t('docImport.counts')}>
                {COUNTED.filter((k) => (preview.counts[k] ?? 0) > 0).map((k) => (
                  <div key={k}>
                    <dt>{t(`docImport.plural.${k}`)}</dt>
                    <dd>{preview.counts[k]}</dd>
                  </div>
                ))}
              </dl>
              <OutlineTree nodes={preview.nodes} language={docLang} />
            </section>
          </div>
          {replacing && (
            <ReanchorPlanTable
              replaces={replacing}
              placeOf={placeOf}
              confirmed={confirmed}
              onConfirm={(id, checked) => {
                setConfirmed((set) => {
                  const next = new Set(set);
                  if (checked) next.add(id);
                  else next.delete(id);
                  return next;
                });
              }}
            />
          )}
          <ImportWarnings warnings={preview.warnings} placeOf={placeOf} />
          {error && (
            <p className="error-text" role="alert">
              {t('docImport.failed', { message: error })}
            </p>
          )}
          <div className="row-end">
            <button type="button" className="btn" onClick={onClose}>
              {t('docImport.cancel')}
            </button>
            <button type="submit" className="btn btn-primary" disabled={saving}>
              {t(saving ? 'docImport.saving' : 'docImport.run')}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
