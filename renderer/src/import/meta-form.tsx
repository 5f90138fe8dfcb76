// The editable metadata of a document being imported. The form keeps strings; `editsFrom` turns it into the
// partial edits the core expects (only what changed, empty optional fields as null).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_KIND_IDS, documentKindLabel } from '../../../electron/shared/library-text';
import type { DocumentMeta } from '../../../electron/shared/types';

/** The fields a reviewer may correct before saving. */
const META_FIELDS = [
  'docId',
  'title',
  'shortTitle',
  'number',
  'kind',
  'language',
  'issued',
  'effective',
  'issuer',
  'signer',
] as const;

/** One editable field. */
type MetaField = (typeof META_FIELDS)[number];
/** The form's values, as typed. */
export type MetaValues = Record<MetaField, string>;
/** The edits sent with `documents:importCommit`. */
export type MetaEdits = Partial<Pick<DocumentMeta, MetaField>>;

const NULLABLE = new Set<MetaField>(['number', 'issued', 'effective', 'issuer', 'signer']);
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The form's starting values from the preview's metadata. */
export function valuesOf(meta: DocumentMeta): MetaValues {
  return Object.fromEntries(META_FIELDS.map((f) => [f, meta[f] ?? ''])) as MetaValues;
}

/** Only the fields that differ from `meta`, trimmed, with empty optional fields cleared to null. */
export function editsFrom(values: MetaValues, meta: DocumentMeta): MetaEdits {
  const edits: Record<string, string | null> = {};
  for (const f of META_FIELDS) {
    const v = values[f].trim();
    const next = v === '' && NULLABLE.has(f) ? null : v;
    if (next !== (meta[f] ?? (NULLABLE.has(f) ? null : ''))) edits[f] = next;
  }
  return edits;
}

/** What is wrong with the values (an i18n key per field), before anything is sent. */
export function problemsOf(values: MetaValues): Partial<Record<MetaField, string>> {
  const problems: Partial<Record<MetaField, string>> = {};
  if (values.title.trim() === '') problems.title = 'docImport.required';
  if (values.shortTitle.trim() === '') problems.shortTitle = 'docImport.required';
  if (!ID_PATTERN.test(values.docId.trim())) problems.docId = 'docImport.badId';
  return problems;
}

interface Props {
  values: MetaValues;
  problems: Partial<Record<MetaField, string>>;
  onChange: (values: MetaValues) => void;
}

/** The metadata fields as a labelled form section. */
export function MetaForm({ values, problems, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'vi' ? 'vi' : 'en';
  const formId = useId();
  const set = (field: MetaField) => (e: { target: { value: string } }) => {
    onChange({ ...values, [field]: e.target.value });
  };
  const text = (field: MetaField, wide = false, type = 'text') => {
    const problem = problems[field];
    const inputId = `${formId}-${field}`;
    const errorId = `${inputId}-error`;
    // The message sits outside the label so the field keeps its plain name; aria-describedby links it.
    return (
      <div className={`field${wide ? ' meta-wide' : ''}`}>
        <label htmlFor={inputId}>{t(`docImport.field.${field}`)}</label>
        <input
          id={inputId}
          className="input"
          type={type}
          name={field}
          value={values[field]}
          required={field === 'title' || field === 'shortTitle' || field === 'docId'}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? errorId : undefined}
          onChange={set(field)}
        />
        {problem && (
          <small id={errorId} className="error-text">
            {t(problem)}
          </small>
        )}
      </div>
    );
  };
  return (
    <fieldset className="meta-form">
      <legend>{t('docImport.details')}</legend>
      {text('title', true)}
      {text('shortTitle')}
      {text('docId')}
      {text('number')}
      <label className="field">
        <span>{t('docImport.field.kind')}</span>
        <select className="input" name="kind" value={values.kind} onChange={set('kind')}>
          {DOCUMENT_KIND_IDS.map((k) => (
            <option key={k} value={k}>
              {documentKindLabel(k, lang)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('docImport.field.language')}</span>
        <select className="input" name="language" value={values.language} onChange={set('language')}>
          <option value="vi" lang="vi">
            {t('docImport.lang.vi')}
          </option>
          <option value="en" lang="en">
            {t('docImport.lang.en')}
          </option>
        </select>
      </label>
      {text('issued', false, 'date')}
      {text('effective', false, 'date')}
      {text('issuer')}
      {text('signer')}
    </fieldset>
  );
}
