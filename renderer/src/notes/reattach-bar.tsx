// Re-attaching an unanchored note: a bar over the reader that follows the reviewer's text selection (or the
// provision last focused) and attaches the note there on confirmation. Keyboard: Tab to a provision's buttons
// focuses it, then "Attach to the whole provision"; Esc cancels.
import { useEffect, useState } from 'react';
import { passageQuote } from '../../../electron/shared/passage-text';
import { useTranslation } from 'react-i18next';
import { annotatableText } from '../../../electron/shared/annotatable-text';
import type { Annotation } from '../../../electron/shared/types';
import { citationOf } from '../reader/citation-text';
import { readSelection, type TextSelection } from '../reader/selection-offsets';
import type { LoadedDocument } from '../state/use-document';
import type { AttachTarget } from '../state/use-annotations';
import { excerpt } from '../import/node-label';

interface Props {
  note: Annotation;
  /** The open document; attaching needs the note's own document open. */
  doc: LoadedDocument | null;
  /** The provision the reader was at, used when nothing was selected or focused. */
  position: string | null;
  onAttach: (target: AttachTarget) => void;
  onCancel: () => void;
}

/** The eId of the provision holding an element (`#p-<eId>` blocks). */
function provisionOf(el: Element | null, doc: LoadedDocument): string | null {
  const block = el?.closest<HTMLElement>('[id^="p-"]');
  const eId = block?.id.slice(2) ?? null;
  return eId !== null && doc.byEId.has(eId) ? eId : null;
}

/** Keeps the latest selection and focused provision inside the reader. */
function useReaderPick(doc: LoadedDocument | null): {
  selection: TextSelection | null;
  focused: string | null;
} {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  useEffect(() => {
    if (!doc) return;
    const onSelect = () => {
      const read = readSelection(window.getSelection(), (eId) => {
        const node = doc.byEId.get(eId);
        return node === undefined ? undefined : annotatableText(node);
      });
      if (read && doc.byEId.has(read.eId)) {
        setSelection(read);
        setFocused(read.eId);
      }
    };
    const onFocus = (e: FocusEvent) => {
      const eId = e.target instanceof Element ? provisionOf(e.target, doc) : null;
      if (eId !== null) setFocused(eId);
    };
    document.addEventListener('selectionchange', onSelect);
    document.addEventListener('mouseup', onSelect);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('selectionchange', onSelect);
      document.removeEventListener('mouseup', onSelect);
      document.removeEventListener('focusin', onFocus);
    };
  }, [doc]);
  return { selection, focused };
}

/** The re-attach bar. */
export function ReattachBar({ note, doc, position, onAttach, onCancel }: Props) {
  const { t } = useTranslation();
  const ready = doc !== null && doc.meta.docId === note.target.docId ? doc : null;
  const { selection, focused } = useReaderPick(ready);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) onCancel();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [onCancel]);
  const what = excerpt(note.note || passageQuote(note) || t('notes.wholeProvision'), 60);
  const whole = focused ?? (position !== null && ready?.byEId.has(position) ? position : null);
  return (
    <section className="reattach-bar" aria-label={t('reattach.bar', { note: what })}>
      <p>{t('reattach.instructions', { note: what })}</p>
      <div className="row-end">
        <button
          type="button"
          className="btn btn-primary btn-small"
          disabled={!ready || selection === null}
          onClick={() => {
            if (selection)
              onAttach({
                eId: selection.eId,
                position: { start: selection.start, end: selection.end },
                quote: selection.exact,
              });
          }}
        >
          {ready && selection
            ? t('reattach.toSelection', {
                quote: excerpt(selection.exact, 40),
                citation: citationOf(ready, selection.eId),
              })
            : t('reattach.selectText')}
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={!ready || whole === null}
          onClick={() => {
            if (whole !== null) onAttach({ eId: whole, position: null, quote: null });
          }}
        >
          {ready && whole !== null
            ? t('reattach.toProvision', { citation: citationOf(ready, whole) })
            : t('reattach.chooseProvision')}
        </button>
        <button type="button" className="btn btn-small" onClick={onCancel}>
          {t('reattach.cancel')}
        </button>
      </div>
    </section>
  );
}
