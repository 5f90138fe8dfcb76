// The reading pane: the document, its popovers (terms, external refs, selection toolbar, annotation editor),
// scrolling to and flashing targets, find in document, and reporting the reading position.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { annotatableText } from '../../../electron/shared/annotatable-text';
import { passageQuote } from '../../../electron/shared/passage-text';
import type { Annotation, CrossRef, DefinedTerm } from '../../../electron/shared/types';
import { errorText } from '../api/error-text';
import { AnnotationEditor, type EditorValue } from '../annotate/annotation-editor';
import { SelectionToolbar } from '../annotate/selection-toolbar';
import type { AnnotationsState } from '../state/use-annotations';
import type { LoadedDocument } from '../state/use-document';
import { Breadcrumbs } from './breadcrumbs';
import { citationOf, copyText, passageCitationOf, placeOf, textWithCitation } from './citation-text';
import { handleProvisionKey, PROVISION } from './provision-keys';
import { DocumentView } from './document-view';
import { ExternalRefCard } from './external-ref-card';
import { FindBar } from './find-bar';
import { rectOf, type AnchorRect } from './popover';
import { ReaderActionsContext, type ReaderActions } from './reader-context';
import { findAll, RangeCache, staticRanges, type HitMark } from './ranges';
import { extendSelectionByKey } from './keyboard-selection';
import { readPassage, readSelection, selectionQuote, type TextSelection } from './selection-offsets';
import { TermCard } from './term-card';

type Overlay =
  | { type: 'term'; term: DefinedTerm; anchor: AnchorRect }
  | { type: 'ref'; ref: CrossRef; anchor: AnchorRect }
  | { type: 'toolbar'; sel: TextSelection; anchor: AnchorRect }
  | { type: 'edit'; annotation: Annotation; anchor: AnchorRect }
  | { type: 'compose'; eId: string; sel: TextSelection | null; anchor: AnchorRect };

/** A scroll request: `seq` changes for every request so repeating the same target still scrolls. */
export interface ScrollTarget {
  eId: string | null;
  seq: number;
  /** Restoring a remembered position: scroll there without flashing, the reviewer did not ask to jump. */
  quiet?: boolean;
  /** Move keyboard focus to the provision too (opening a search hit), so reading goes on from there. */
  focus?: boolean;
}

interface Props {
  doc: LoadedDocument;
  annotations: Annotation[];
  store: AnnotationsState;
  target: ScrollTarget;
  hit: HitMark | null;
  findOpen: boolean;
  position: string | null;
  defaultColor: Annotation['color'];
  onFindClose: () => void;
  onNavigate: (docId: string, eId: string | null) => void;
  onPosition: (eId: string) => void;
  onStatus: (message: string) => void;
}

/** Scrolls a provision into view, (unless `quiet`) flashes it so the eye finds it, and with `focus` focuses it. */
function flashProvision(container: HTMLElement, eId: string, quiet = false, focus = false): void {
  const el = container.ownerDocument.getElementById(`p-${eId}`);
  if (!el || !container.contains(el)) return;
  el.scrollIntoView({ block: 'start' });
  if (focus) el.focus({ preventScroll: true });
  if (quiet) return;
  el.classList.remove('flash');
  el.getBoundingClientRect(); // force a style flush so the animation restarts
  el.classList.add('flash');
  window.setTimeout(() => {
    el.classList.remove('flash');
  }, 1600);
}

/** The reader pane. */
export function ReaderPane(props: Props) {
  const { doc, annotations, store, target, hit, findOpen, position, defaultColor } = props;
  const { onFindClose, onNavigate, onPosition, onStatus } = props;
  const { t, i18n } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [overlay, setOverlay] = useState<Overlay | null>(null);
  const [findQuery, setFindQuery] = useState('');
  const [findIndex, setFindIndex] = useState(0);
  const termHover = useRef(false);

  const base = useMemo(() => staticRanges(doc), [doc]);
  const matches = useMemo(
    () => (findOpen ? findAll(doc.nodes, findQuery) : []),
    [doc.nodes, findQuery, findOpen],
  );
  // One cache per document lets unchanged provisions keep their range arrays (and skip re-rendering).
  const cache = useMemo(() => new RangeCache(doc.meta.docId), [doc.meta.docId]);
  const ranges = useMemo(
    () => cache.merge(base, annotations, matches, findIndex, hit, doc.byEId),
    [cache, base, annotations, matches, findIndex, hit, doc.byEId],
  );
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const a of annotations) m.set(a.target.eId, (m.get(a.target.eId) ?? 0) + 1);
    return m;
  }, [annotations]);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (target.eId) flashProvision(el, target.eId, target.quiet, target.focus);
    else el.scrollTop = 0;
  }, [target]);

  useEffect(() => {
    const m = matches[findIndex];
    const el = scroller.current;
    if (!m || !el) return;
    el.querySelector(`[data-find-index="${findIndex}"]`)?.scrollIntoView({ block: 'center' });
  }, [matches, findIndex]);

  // Reading position: the provision at the top edge of the pane, sampled once scrolling settles. Hit-testing on
  // every frame forced a layout per frame and halved the frame rate on long documents (see bench:ui).
  useEffect(() => {
    const el = scroller.current;
    if (!el || typeof document.elementFromPoint !== 'function') return;
    let timer = 0;
    const sample = () => {
      const box = el.getBoundingClientRect();
      const hitEl = document.elementFromPoint(box.left + box.width / 2, box.top + 24);
      const eId = hitEl?.closest<HTMLElement>('[data-eid]')?.dataset.eid;
      if (eId) onPosition(eId);
    };
    const onScroll = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(sample, 120);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      el.removeEventListener('scroll', onScroll);
      window.clearTimeout(timer);
    };
  }, [onPosition]);

  const close = useCallback(() => {
    setOverlay(null);
  }, []);

  const actions = useMemo<ReaderActions>(
    () => ({
      followRef(ref, anchor) {
        if (ref.targetEId !== null) onNavigate(ref.targetDocId ?? ref.docId, ref.targetEId);
        else setOverlay({ type: 'ref', ref, anchor: rectOf(anchor) });
      },
      showTerm(term, anchor) {
        setOverlay((o) => (o && o.type !== 'term' ? o : { type: 'term', term, anchor: rectOf(anchor) }));
      },
      hideTerm() {
        window.setTimeout(() => {
          if (!termHover.current) setOverlay((o) => (o?.type === 'term' ? null : o));
        }, 150);
      },
      goToTerm(term) {
        setOverlay(null);
        onNavigate(term.docId, term.definingEId);
      },
      editAnnotation(annotation, anchor) {
        setOverlay({ type: 'edit', annotation, anchor: rectOf(anchor) });
      },
      copyWithCitation(eId) {
        copyText(textWithCitation(doc, eId)).then(
          () => {
            onStatus(`${t('reader.copied')}: ${citationOf(doc, eId)}`);
          },
          (e: unknown) => {
            onStatus(t('app.error', { message: errorText(e, i18n) }));
          },
        );
      },
      noteOnProvision(eId, anchor) {
        setOverlay({ type: 'compose', eId, sel: null, anchor: rectOf(anchor) });
      },
      placeOf(eId) {
        return placeOf(doc, eId);
      },
    }),
    [doc, onNavigate, onStatus, t, i18n],
  );

  // The text annotations anchor to, which selections are read in (an appendix row's cells, one per line).
  const textOf = (eId: string): string | undefined => {
    const node = doc.byEId.get(eId);
    return node === undefined ? undefined : annotatableText(node);
  };

  const onSelectionEnd = () => {
    const selection = window.getSelection();
    // Inside one provision, or a passage across provisions read as one part per provision.
    const sel = readSelection(selection, textOf) ?? readPassage(selection, textOf);
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    if (!sel) {
      setOverlay((o) => (o?.type === 'toolbar' ? null : o));
      return;
    }
    if (range) setOverlay({ type: 'toolbar', sel, anchor: rectOf(range) });
  };

  const createFrom = (eId: string, sel: TextSelection | null, value: Partial<EditorValue>) => {
    // The quote is the selected text as the core stores it; the core takes its context (prefix, suffix) itself.
    const quote = sel ? (textOf(eId) ?? '').slice(sel.start, sel.end) : null;
    void store
      .create({
        docId: doc.meta.docId,
        eId,
        position: sel ? { start: sel.start, end: sel.end } : null,
        quote: quote === null || quote === '' ? null : quote,
        continues: (sel?.continues ?? []).map((p) => ({
          eId: p.eId,
          position: { start: p.start, end: p.end },
          quote: p.exact,
        })),
        color: value.color ?? defaultColor,
        note: value.note ?? '',
        tags: value.tags ?? [],
      })
      .then(() => {
        window.getSelection()?.removeAllRanges();
      });
    setOverlay(null);
  };

  return (
    <ReaderActionsContext.Provider value={actions}>
      <div className="reader-header">
        <Breadcrumbs
          doc={doc}
          eId={position}
          onGo={(eId) => {
            onNavigate(doc.meta.docId, eId);
          }}
        />
      </div>
      {findOpen && (
        <FindBar
          query={findQuery}
          total={matches.length}
          current={Math.min(findIndex, Math.max(0, matches.length - 1))}
          onQuery={(q) => {
            setFindQuery(q);
            setFindIndex(0);
          }}
          onStep={(d) => {
            setFindIndex((i) => (matches.length === 0 ? 0 : (i + d + matches.length) % matches.length));
          }}
          onClose={onFindClose}
        />
      )}
      <div
        ref={scroller}
        id="reader-text"
        className="reader-scroll"
        tabIndex={-1}
        aria-label={t('reader.label')}
        role="region"
        onMouseUp={onSelectionEnd}
        onKeyUp={(e) => {
          if (e.shiftKey) onSelectionEnd();
        }}
        onKeyDown={(e) => {
          const el = scroller.current;
          if (!el) return;
          const target = e.target as HTMLElement;
          if (target.matches(PROVISION) && extendSelectionByKey(e.key, e, target)) {
            e.preventDefault();
            return;
          }
          // h and n act on a selection made inside the focused provision, else on the whole provision.
          const selected = (eId: string) =>
            overlay?.type === 'toolbar' && overlay.sel.eId === eId ? overlay : null;
          const handled = handleProvisionKey(e, el, {
            note: (eId, anchor) => {
              const part = selected(eId);
              if (part) setOverlay({ type: 'compose', eId, sel: part.sel, anchor: part.anchor });
              else actions.noteOnProvision(eId, anchor);
            },
            highlight: (eId) => {
              createFrom(eId, selected(eId)?.sel ?? null, { color: defaultColor });
            },
            copy: (eId) => {
              actions.copyWithCitation(eId);
            },
          });
          if (handled) e.preventDefault();
        }}
      >
        <DocumentView doc={doc} ranges={ranges} counts={counts} />
      </div>
      {overlay?.type === 'term' && (
        <TermCard
          term={overlay.term}
          anchor={overlay.anchor}
          citation={citationOf(doc, overlay.term.definingEId)}
          onGo={() => {
            actions.goToTerm(overlay.term);
          }}
          onClose={close}
          onHover={(inside) => {
            termHover.current = inside;
            if (!inside) actions.hideTerm();
          }}
        />
      )}
      {overlay?.type === 'ref' && (
        <ExternalRefCard refInfo={overlay.ref} anchor={overlay.anchor} onClose={close} />
      )}
      {overlay?.type === 'toolbar' && (
        <SelectionToolbar
          anchor={overlay.anchor}
          onHighlight={(color) => {
            createFrom(overlay.sel.eId, overlay.sel, { color });
          }}
          onNote={() => {
            setOverlay({ type: 'compose', eId: overlay.sel.eId, sel: overlay.sel, anchor: overlay.anchor });
          }}
          onClose={close}
        />
      )}
      {overlay?.type === 'compose' && (
        <AnnotationEditor
          anchor={overlay.anchor}
          title={t('annotate.newNote', {
            citation: overlay.sel?.continues
              ? passageCitationOf(doc, [overlay.eId, ...overlay.sel.continues.map((p) => p.eId)])
              : citationOf(doc, overlay.eId),
          })}
          quote={overlay.sel ? selectionQuote(overlay.sel) : null}
          initial={{ color: defaultColor, note: '', tags: [] }}
          onSave={(value) => {
            createFrom(overlay.eId, overlay.sel, value);
          }}
          onClose={close}
        />
      )}
      {overlay?.type === 'edit' && (
        <AnnotationEditor
          anchor={overlay.anchor}
          title={t('annotate.edit')}
          quote={overlay.annotation.target.quote ? passageQuote(overlay.annotation) : null}
          initial={overlay.annotation}
          onSave={(value) => {
            void store.update(overlay.annotation, value);
            setOverlay(null);
          }}
          onDelete={() => {
            void store.remove(overlay.annotation);
            setOverlay(null);
          }}
          onClose={close}
        />
      )}
    </ReaderActionsContext.Provider>
  );
}
