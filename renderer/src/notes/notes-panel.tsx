// The notes panel: annotations of this document or all, filtered by colour, tag and text, sorted by position
// or date; clicking one jumps to it. Exchange conflicts come first with both versions; orphaned annotations are
// listed apart (each with Re-attach…) so nothing is silently lost. Each note shows its logged history on request;
// deleted notes can be listed and restored, and tags renamed across every note.
import { useId, useMemo, useState } from 'react';
import { passageQuote } from '../../../electron/shared/passage-text';
import { useTranslation } from 'react-i18next';
import type { Annotation, ConflictChoice, ConflictInfo } from '../../../electron/shared/types';
import { formatDate } from '../i18n';
import { excerpt } from '../import/node-label';
import { ConflictList } from './conflict-list';
import { DeletedNotes } from './deleted-notes';
import { NoteHistory } from './note-history';
import { TagManager } from './tag-manager';
import { allTags, filterNotes } from './notes-filter';
import { NotesFilterBar, type NotesFilterFields, type NotesScope } from './notes-filter-bar';

interface Props {
  all: Annotation[];
  conflicts: ConflictInfo[];
  currentDocId: string | null;
  order: ReadonlyMap<string, number>;
  citationOf: (annotation: Annotation) => string;
  onOpen: (annotation: Annotation) => void;
  onResolve: (conflict: ConflictInfo, keep: ConflictChoice) => void;
  /** Starts re-attaching an unanchored note to text the reviewer selects. */
  onReattach: (annotation: Annotation) => void;
  /** Brings a deleted note back (one logged, undoable action). */
  onRestore: (annotation: Annotation) => Promise<void>;
  /** Renames a tag on every note; onto an existing tag it merges the two. */
  onRenameTag: (from: string, to: string) => Promise<void>;
}

interface ItemProps {
  a: Annotation;
  citation: string;
  conflicting: boolean;
  onOpen: () => void;
  onReattach?: () => void;
}

/** How much of a note the list shows before "Show the whole note". */
const NOTE_PREVIEW_CHARS = 600;

/** The start of a long note, cut at a space and keeping its line breaks. */
function noteStart(note: string): string {
  const cut = note.slice(0, NOTE_PREVIEW_CHARS);
  const space = cut.search(/\s\S*$/);
  return `${(space > NOTE_PREVIEW_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function NoteItem({ a, citation, conflicting, onOpen, onReattach }: ItemProps) {
  const { t, i18n } = useTranslation();
  const [history, setHistory] = useState(false);
  // A long note (up to 20,000 characters) shows its start; the rest on request, so the list stays a list.
  const [whole, setWhole] = useState(false);
  const long = a.note.length > NOTE_PREVIEW_CHARS;
  return (
    <li>
      <button type="button" className={`note-item note-${a.color}`} onClick={onOpen}>
        <span className="note-citation">
          {citation}
          {conflicting && <span className="badge badge-conflict">{t('conflicts.badge')}</span>}
        </span>
        <span className={`note-quote hl-${a.color}`}>
          {a.target.quote ? passageQuote(a) : t('notes.wholeProvision')}
        </span>
        {a.note && <span className="note-text">{long && !whole ? noteStart(a.note) : a.note}</span>}
        <span className="note-meta muted">
          {a.tags.map((tag) => (
            <span key={tag} className="tag">
              #{tag}
            </span>
          ))}
          <span>{t('notes.updated', { date: formatDate(a.updated, i18n.language) })}</span>
        </span>
      </button>
      {long && (
        <button
          type="button"
          className="link-button note-more"
          aria-expanded={whole}
          onClick={() => {
            setWhole((w) => !w);
          }}
        >
          {whole ? t('notes.showStart') : t('notes.showWhole', { count: a.note.length })}
        </button>
      )}
      {onReattach && (
        <button
          type="button"
          className="btn btn-small"
          aria-label={t('reattach.startFor', {
            note: excerpt(a.note || passageQuote(a) || citation, 60),
          })}
          onClick={onReattach}
        >
          {t('reattach.start')}
        </button>
      )}
      <button
        type="button"
        className="btn btn-small btn-link"
        aria-expanded={history}
        aria-label={t('history.showFor', { citation })}
        onClick={() => {
          setHistory((h) => !h);
        }}
      >
        {t('history.show')}
      </button>
      {history && <NoteHistory id={a.id} label={t('history.of', { citation })} />}
    </li>
  );
}

interface ListProps {
  notes: Annotation[];
  /** Ids of notes in an open conflict (the note and its copy), marked in the list. */
  conflicting: ReadonlySet<string>;
  onReattach?: (annotation: Annotation) => void;
  /** The list's accessible name, when it is not named by a heading around it. */
  label?: string;
  citationOf: (annotation: Annotation) => string;
  onOpen: (annotation: Annotation) => void;
}

/** A list of notes, each opening its annotation. */
function NoteList({ notes, conflicting, label, citationOf, onOpen, onReattach }: ListProps) {
  return (
    <ul className="notes-list" aria-label={label}>
      {notes.map((a) => (
        <NoteItem
          key={a.id}
          a={a}
          citation={citationOf(a)}
          conflicting={conflicting.has(a.id)}
          onOpen={() => {
            onOpen(a);
          }}
          {...(onReattach
            ? {
                onReattach: () => {
                  onReattach(a);
                },
              }
            : {})}
        />
      ))}
    </ul>
  );
}

/** Notes panel with its filters. */
export function NotesPanel(props: Props) {
  const {
    all,
    conflicts,
    currentDocId,
    order,
    citationOf,
    onOpen,
    onResolve,
    onReattach,
    onRestore,
    onRenameTag,
  } = props;
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
  const conflicting = useMemo(() => new Set(conflicts.flatMap((c) => [c.id, c.copyId])), [conflicts]);
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
      <ConflictList conflicts={conflicts} citationOf={citationOf} onResolve={onResolve} />
      {all.length === 0 ? (
        <p className="muted pad">{t('notes.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="muted pad">{t('notes.noMatch')}</p>
      ) : (
        <NoteList
          notes={anchored}
          conflicting={conflicting}
          label={t('notes.heading')}
          citationOf={citationOf}
          onOpen={onOpen}
        />
      )}
      {orphaned.length > 0 && (
        <section className="unanchored" aria-labelledby={`${ids}-u`}>
          <h3 id={`${ids}-u`}>{t('annotate.unanchored')}</h3>
          <p className="muted">{t('annotate.unanchoredHint')}</p>
          <NoteList
            notes={orphaned}
            conflicting={conflicting}
            citationOf={citationOf}
            onOpen={onOpen}
            onReattach={onReattach}
          />
        </section>
      )}
      <DeletedNotes docId={docId} citationOf={citationOf} onRestore={onRestore} />
      <TagManager onRename={onRenameTag} />
    </section>
  );
}
