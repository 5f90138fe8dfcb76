// The colour and tag filters, shared by the notes panel and the export dialog so both offer the same choices
// with the same "any" option and the same translated colour names.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ANNOTATION_COLORS } from '../../../electron/shared/palette';
import type { AnnotationColor } from '../../../electron/shared/types';

/** The labelled select both filters are drawn in. */
function SelectField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <select
        className="input"
        value={props.value}
        onChange={(e) => {
          props.onChange(e.target.value);
        }}
      >
        {props.children}
      </select>
    </label>
  );
}

interface ColorProps {
  label: string;
  /** The chosen colour, or '' for any colour. */
  value: AnnotationColor | '';
  onChange: (color: AnnotationColor | '') => void;
}

/** A labelled select of annotation colours; anything not a known colour reads as "any". */
export function ColorSelect({ label, value, onChange }: ColorProps) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={label}
      value={value}
      onChange={(v) => {
        onChange(ANNOTATION_COLORS.find((c) => c === v) ?? '');
      }}
    >
      <option value="">{t('notes.anyColor')}</option>
      {ANNOTATION_COLORS.map((c) => (
        <option key={c} value={c}>
          {t(`colors.${c}`)}
        </option>
      ))}
    </SelectField>
  );
}

interface TagProps {
  label: string;
  /** The chosen tag, or '' for any tag. */
  value: string;
  tags: readonly string[];
  onChange: (tag: string) => void;
}

/** A labelled select of the tags in use. */
export function TagSelect({ label, value, tags, onChange }: TagProps) {
  const { t } = useTranslation();
  return (
    <SelectField label={label} value={value} onChange={onChange}>
      <option value="">{t('notes.anyTag')}</option>
      {tags.map((tag) => (
        <option key={tag} value={tag}>
          {tag}
        </option>
      ))}
    </SelectField>
  );
}
