// Renders one provision's own text with its decorations nested inside plain spans, so the DOM text equals
// CorpusNode.text character for character (selection offsets and copy stay exact).
import { memo, type KeyboardEvent, type ReactNode } from 'react';
import { isFootnoteRef } from './footnote-markers';
import { segmentText, type DecoratedRange, type Segment } from './segments';
import { useReaderActions, type ReaderActions } from './reader-context';

interface Props {
  eId: string;
  text: string;
  ranges: readonly DecoratedRange[];
  className?: string;
  /** Where `text` starts in the provision's annotatable text (an appendix row's cell); 0 for a whole text. */
  start?: number;
}

function onActivate(handler: (el: HTMLElement) => void) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      handler(e.currentTarget);
    }
  };
}

function wrap(segment: Segment, actions: ReaderActions): ReactNode {
  let node: ReactNode = segment.text;
  // Innermost first: find marks, then terms, then cross-refs, then highlights on the outside.
  const order = ['hit', 'find', 'term', 'ref', 'highlight'] as const;
  for (const type of order) {
    for (const deco of segment.decos) {
      if (deco.type !== type) continue;
      if (deco.type === 'hit') {
        node = <mark className="hit-mark">{node}</mark>;
      } else if (deco.type === 'find') {
        node = (
          <mark className={deco.current ? 'find find-current' : 'find'} data-find-index={deco.index}>
            {node}
          </mark>
        );
      } else if (deco.type === 'term') {
        const term = deco.term;
        node = (
          <span
            className="term"
            tabIndex={0}
            data-term={term.term}
            onMouseEnter={(e) => {
              actions.showTerm(term, e.currentTarget);
            }}
            onMouseLeave={() => {
              actions.hideTerm();
            }}
            onFocus={(e) => {
              actions.showTerm(term, e.currentTarget);
            }}
            onBlur={() => {
              actions.hideTerm();
            }}
            onKeyDown={onActivate(() => {
              actions.goToTerm(term);
            })}
          >
            {node}
          </span>
        );
      } else if (deco.type === 'ref') {
        const ref = deco.ref;
        // A link opens its target: in this document, or another act of the library the core resolved it to.
        const linked = ref.targetEId !== null;
        node = (
          <a
            className={isFootnoteRef(ref) ? 'xref fn-ref' : linked ? 'xref' : 'xref xref-external'}
            href={linked ? `lectern://${ref.targetDocId ?? ref.docId}/${ref.targetEId ?? ''}` : '#'}
            role={linked ? undefined : 'button'}
            title={linked && ref.kind === 'external' ? (ref.citedAct ?? undefined) : undefined}
            data-target={ref.targetEId ?? undefined}
            onClick={(e) => {
              e.preventDefault();
              e.stopPropagation();
              actions.followRef(ref, e.currentTarget);
            }}
          >
            {node}
          </a>
        );
      } else {
        const annotation = deco.annotation;
        node = (
          <mark
            className={`hl hl-${annotation.color}${annotation.note ? ' hl-has-note' : ''}`}
            data-annotation-id={annotation.id}
            tabIndex={0}
            title={annotation.note || undefined}
            onClick={(e) => {
              // Clicking inside a highlight while extending a selection must not steal it.
              if (!window.getSelection()?.isCollapsed) return;
              actions.editAnnotation(annotation, e.currentTarget);
            }}
            onKeyDown={onActivate((el) => {
              actions.editAnnotation(annotation, el);
            })}
          >
            {node}
          </mark>
        );
      }
    }
  }
  return <span key={segment.start}>{node}</span>;
}

/** The decorated text of one provision, marked with `data-text-eid` for selection mapping. */
export const NodeText = memo(function NodeText({ eId, text, ranges, className, start }: Props) {
  const actions = useReaderActions();
  if (text.length === 0) return null;
  const segments = ranges.length === 0 ? null : segmentText(text, ranges);
  return (
    <span
      className={className ?? 'node-text'}
      data-text-eid={eId}
      data-text-start={start === undefined || start === 0 ? undefined : start}
    >
      {segments ? segments.map((s) => wrap(s, actions)) : text}
    </span>
  );
});
