// The notes panel: annotations of this document or all, filtered by colour, tag and text, sorted by position
// or date; clicking one jumps to it. Orphaned annotations are listed apart so nothing is silently lost.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../electron/core/annotations/model';
import { formatDate } from '../i18n';
import { allTags, filterNotes } from './notes-filter';
import { NotesFilterBar, type NotesFilterFields, type NotesScope } from './notes-filter-bar';

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

interface ListProps {
  notes: Annotation[];
  /** The list's accessible name, when it is not named by a heading around it. */
  label?: string;
  citationOf: (annotation: Annotation) => string;
  onOpen: (annotation: Annotation) => void;
}

/** A list of notes, each opening its annotation. */
function NoteList({ notes, label, citationOf, onOpen }: ListProps) {
  return (
    <ul className="notes-list" aria-label={label}>
      {notes.map((a) => (
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
  );
}

/** Notes panel with its filters. */
export function NotesPanel({ all, currentDocId, order, citationOf, onOpen }: Props) {
  const { t } = useTranslation();
  const ids = useId();
  const [scope, setScope] = useState<NotesScope>('doc');
  const [filter, setFilter] = useState<NotesFilterFields>({
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
  return (
    <section className="notes-panel" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`} className="pane-title">
        {t('notes.heading')}
      </h2>
      <NotesFilterBar
        scope={scope}
        onScope={setScope}
        filter={filter}
        tags={tags}
        onChange={(patch) => {
          setFilter((f) => ({ ...f, ...patch }));
        }}
      />
      {all.length === 0 ? (
        <p className="muted pad">{t('notes.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="muted pad">{t('notes.noMatch')}</p>
      ) : (
        <NoteList notes={anchored} label={t('notes.heading')} citationOf={citationOf} onOpen={onOpen} />
      )}
      {orphaned.length > 0 && (
        <section className="unanchored" aria-labelledby={`${ids}-u`}>
          <h3 id={`${ids}-u`}>{t('annotate.unanchored')}</h3>
          <p className="muted">{t('annotate.unanchoredHint')}</p>
          <NoteList notes={orphaned} citationOf={citationOf} onOpen={onOpen} />
        </section>
      )}
    </section>
  );
}
