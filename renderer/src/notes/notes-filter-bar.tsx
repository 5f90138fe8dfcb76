// The notes panel's filters: which documents, colour, tag, sort order and a text filter.
import { useTranslation } from 'react-i18next';
import { ColorSelect, TagSelect } from './filter-selects';
import type { NotesFilter } from './notes-filter';

/** Whether the panel lists this document's notes or every document's. */
export type NotesScope = 'doc' | 'all';

/** The filter fields the bar edits (the document comes from the scope). */
export type NotesFilterFields = Omit<NotesFilter, 'docId'>;

interface Props {
  scope: NotesScope;
  onScope: (scope: NotesScope) => void;
  filter: NotesFilterFields;
  tags: readonly string[];
  onChange: (patch: Partial<NotesFilterFields>) => void;
}

/** The row of filter fields above the notes list. */
export function NotesFilterBar({ scope, onScope, filter, tags, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="notes-filters">
      <label className="field">
        <span>{t('notes.scope')}</span>
        <select
          className="input"
          value={scope}
          onChange={(e) => {
            onScope(e.target.value === 'all' ? 'all' : 'doc');
          }}
        >
          <option value="doc">{t('notes.thisDocument')}</option>
          <option value="all">{t('notes.allDocuments')}</option>
        </select>
      </label>
      <ColorSelect
        label={t('notes.color')}
        value={filter.color}
        onChange={(color) => {
          onChange({ color });
        }}
      />
      <TagSelect
        label={t('notes.tag')}
        value={filter.tag}
        tags={tags}
        onChange={(tag) => {
          onChange({ tag });
        }}
      />
      <label className="field">
        <span>{t('notes.sort')}</span>
        <select
          className="input"
          value={filter.sort}
          onChange={(e) => {
            onChange({ sort: e.target.value === 'date' ? 'date' : 'position' });
          }}
        >
          <option value="position">{t('notes.byPosition')}</option>
          <option value="date">{t('notes.byDate')}</option>
        </select>
      </label>
      <label className="field notes-text">
        <span>{t('notes.text')}</span>
        <input
          type="search"
          className="input"
          value={filter.text}
          onChange={(e) => {
            onChange({ text: e.target.value });
          }}
        />
      </label>
    </div>
  );
}
