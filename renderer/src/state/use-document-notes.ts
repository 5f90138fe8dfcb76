// What the panes derive from the open document and the annotations: this document's annotations, their counts
// per provision, reading order for sorting notes, the chapter list for the top bar and a citation per note.
import { useCallback, useMemo } from 'react';
import type { Annotation, CorpusNode } from '../../../electron/shared/types';
import { passageEIds } from '../../../electron/shared/passage-text';
import { citationOf, passageCitationOf } from '../reader/citation-text';
import type { LoadedDocument } from './use-document';

/** Views of the annotations and the document, recomputed only when their inputs change. */
interface DocumentNotes {
  docAnnotations: Annotation[];
  counts: ReadonlyMap<string, number>;
  order: ReadonlyMap<string, number>;
  chapters: CorpusNode[];
  citeAnnotation: (annotation: Annotation) => string;
}

/** Derives the per-document views the library, reader and notes panes show. */
export function useDocumentNotes(
  all: Annotation[],
  docId: string | null,
  doc: LoadedDocument | null,
): DocumentNotes {
  const docAnnotations = useMemo(() => all.filter((a) => a.target.docId === docId), [all, docId]);
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const a of docAnnotations) m.set(a.target.eId, (m.get(a.target.eId) ?? 0) + 1);
    return m;
  }, [docAnnotations]);
  const order = useMemo(
    () => new Map((doc?.nodes ?? []).map((n) => [`${n.docId}/${n.eId}`, n.order])),
    [doc],
  );
  // Parts and chapters, in reading order: the divisions search can be limited to.
  const chapters = useMemo(
    () => (doc?.nodes ?? []).filter((n) => n.kind === 'chapter' || n.kind === 'part'),
    [doc],
  );
  // Notes are cited in their document's language, a passage across provisions by all of them; notes of another
  // document are cited by id, as only the open document's text is loaded.
  const citeAnnotation = useCallback(
    (a: Annotation) =>
      doc && a.target.docId === doc.meta.docId
        ? a.continues.length > 0
          ? passageCitationOf(doc, passageEIds(a))
          : citationOf(doc, a.target.eId)
        : `${a.target.docId} · ${passageEIds(a).join(' … ')}`,
    [doc],
  );
  return { docAnnotations, counts, order, chapters, citeAnnotation };
}
