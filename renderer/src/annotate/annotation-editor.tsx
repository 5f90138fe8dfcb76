// Edits one annotation (colour, note, tags) or composes a new one; Delete removes it (undoable with Ctrl+Z).
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationColor } from '../../../electron/shared/types';
import { NOTE_MAX_CHARS } from '../../../electron/shared/contract';
import { Popover, type AnchorRect } from '../reader/popover';
import { ColorSwatches } from './color-swatches';

/** The editable fields. */
export interface EditorValue {
  color: AnnotationColor;
  note: string;
  tags: string[];
}

interface Props {
  anchor: AnchorRect;
  title: string;
  quote: string | null;
  initial: EditorValue;
  onSave: (value: EditorValue) => void;
  onDelete?: () => void;
  onClose: () => void;
}

/** Splits a comma-separated tag field into trimmed, unique, non-empty tags. */
function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t.length > 0),
    ),
  ];
}

/** The editor dialog. */
export function AnnotationEditor({ anchor, title, quote, initial, onSave, onDelete, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [color, setColor] = useState(initial.color);
  const [note, setNote] = useState(initial.note);
  const [tags, setTags] = useState(initial.tags.join(', '));
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const ids = useId();
  useEffect(() => {
    noteRef.current?.focus();
  }, []);
  return (
    <Popover anchor={anchor} label={title} className="annotation-editor" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSave({ color, note, tags: parseTags(tags) });
        }}
      >
        <p className="card-kicker">{title}</p>
        {quote && (
          // A long quote (a passage over several provisions) scrolls: focusable, so the keyboard can scroll it.
          <blockquote className={`editor-quote hl-${color}`} tabIndex={0} aria-label={t('annotate.quote')}>
            {quote}
          </blockquote>
        )}
        <ColorSwatches selected={color} onPick={setColor} />
        <label className="field" htmlFor={`${ids}-note`}>
          <span>{t('annotate.note')}</span>
          <textarea
            id={`${ids}-note`}
            ref={noteRef}
            className="input"
            rows={4}
            value={note}
            maxLength={NOTE_MAX_CHARS}
            aria-describedby={`${ids}-count`}
            placeholder={t('annotate.notePlaceholder')}
            onChange={(e) => {
              setNote(e.target.value);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                onSave({ color, note, tags: parseTags(tags) });
              }
            }}
          />
        </label>
        <span id={`${ids}-count`} className="muted note-count">
          {t('annotate.noteCount', {
            count: note.length.toLocaleString(i18n.language),
            max: NOTE_MAX_CHARS.toLocaleString(i18n.language),
          })}
        </span>
        <label className="field" htmlFor={`${ids}-tags`}>
          <span>{t('annotate.tags')}</span>
          <input
            id={`${ids}-tags`}
            className="input"
            value={tags}
            placeholder={t('annotate.tagsPlaceholder')}
            onChange={(e) => {
              setTags(e.target.value);
            }}
          />
        </label>
        <div className="row-end">
          {onDelete && (
            <button type="button" className="btn btn-danger" onClick={onDelete}>
              {t('annotate.delete')}
            </button>
          )}
          <span className="spacer" />
          <button type="button" className="btn" onClick={onClose}>
            {t('annotate.cancel')}
          </button>
          <button type="submit" className="btn btn-primary">
            {t('annotate.save')}
          </button>
        </div>
      </form>
    </Popover>
  );
}
