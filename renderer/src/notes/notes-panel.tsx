// The notes panel: annotations of this document or all, filtered by colour, tag and text, sorted by position
// or date; clicking one jumps to it. Orphaned annotations are listed apart so nothing is silently lost.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ANNOTATION_COLORS, type Annotation } from '../../../electron/core/annotations/model';
import { formatDate } from '../i18n';
import { allTags, filterNotes, type NotesFilter } from './notes-filter';

interface Props {
  all: Annotation[];
  currentDocId: string | null;
  order: ReadonlyMap<string, number>;
  citationOf: (annotation: Annotation) => string;
  onOpen: (annotation: Annotation) => void;
}

function NoteItem({ a, citation, onOpen }: { a: Annotation; citation: string; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <li>
      <button type="button" className={`note-item note-${a.color}`} onClick={onOpen}>
        <span className="note-citation">{citation}</span>
        <span className={`note-quote hl-${a.color}`}>
          {a.target.quote?.exact ?? t('notes.wholeProvision')}
        </span>
        {a.note && <span className="note-text">{a.note}</span>}
        <span className="note-meta muted">
          {a.tags.map((tag) => (
            <span key={tag} className="tag">
              #{tag}
            </span>
          ))}
          <span>{t('notes.updated', { date: formatDate(a.updated, i18n.language) })}</span>
        </span>
      </button>
    </li>
  );
}

/** Notes panel with its filters. */
export function NotesPanel({ all, currentDocId, order, citationOf, onOpen }: Props) {
  const { t } = useTranslation();
  const ids = useId();
  const [scope, setScope] = useState<'doc' | 'all'>('doc');
  const [filter, setFilter] = useState<Omit<NotesFilter, 'docId'>>({
    color: '',
    tag: '',
    text: '',
    sort: 'position',
  });
  const docId = scope === 'doc' ? currentDocId : null;
  const tags = useMemo(() => allTags(all), [all]);
  const shown = useMemo(() => filterNotes(all, { ...filter, docId }, order), [all, filter, docId, order]);
  const anchored = shown.filter((a) => a.anchor !== 'orphaned');
  const orphaned = shown.filter((a) => a.anchor === 'orphaned');
  const set = (patch: Partial<typeof filter>) => {
    setFilter((f) => ({ ...f, ...patch }));
  };
  return (
    <section className="notes-panel" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`} className="pane-title">
        {t('notes.heading')}
      </h2>
      <div className="notes-filters">
        <label className="field">
          <span>{t('notes.scope')}</span>
          <select
            className="input"
            value={scope}
            onChange={(e) => {
              setScope(e.target.value === 'all' ? 'all' : 'doc');
            }}
          >
            <option value="doc">{t('notes.thisDocument')}</option>
            <option value="all">{t('notes.allDocuments')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('notes.color')}</span>
          <select
            className="input"
            value={filter.color}
            onChange={(e) => {
              const c = ANNOTATION_COLORS.find((x) => x === e.target.value);
              set({ color: c ?? '' });
            }}
          >
            <option value="">{t('notes.anyColor')}</option>
            {ANNOTATION_COLORS.map((c) => (
              <option key={c} value={c}>
                {t(`colors.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('notes.tag')}</span>
          <select
            className="input"
            value={filter.tag}
            onChange={(e) => {
              set({ tag: e.target.value });
            }}
          >
            <option value="">{t('notes.anyTag')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('notes.sort')}</span>
          <select
            className="input"
            value={filter.sort}
            onChange={(e) => {
              set({ sort: e.target.value === 'date' ? 'date' : 'position' });
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
              set({ text: e.target.value });
            }}
          />
        </label>
      </div>
      {all.length === 0 ? (
        <p className="muted pad">{t('notes.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="muted pad">{t('notes.noMatch')}</p>
      ) : (
        <ul className="notes-list" aria-label={t('notes.heading')}>
          {anchored.map((a) => (
            <NoteItem
              key={a.id}
              a={a}
              citation={citationOf(a)}
              onOpen={() => {
                onOpen(a);
              }}
            />
          ))}
        </ul>
      )}
      {orphaned.length > 0 && (
        <section className="unanchored" aria-labelledby={`${ids}-u`}>
          <h3 id={`${ids}-u`}>{t('annotate.unanchored')}</h3>
          <p className="muted">{t('annotate.unanchoredHint')}</p>
          <ul className="notes-list">
            {orphaned.map((a) => (
              <NoteItem
                key={a.id}
                a={a}
                citation={citationOf(a)}
                onOpen={() => {
                  onOpen(a);
                }}
              />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
