// Filtering and ordering of the notes panel, kept pure so it is tested directly.
import type { Annotation, AnnotationColor } from '../../../electron/shared/types';
import { passageQuote } from '../../../electron/shared/passage-text';

/** The panel's filter controls. */
export interface NotesFilter {
  docId: string | null;
  color: AnnotationColor | '';
  tag: string;
  text: string;
  sort: 'position' | 'date';
}

/** Applies the filter; `order` maps `${docId}/${eId}` to reading order for position sorting. */
export function filterNotes(
  all: readonly Annotation[],
  filter: NotesFilter,
  order: ReadonlyMap<string, number>,
): Annotation[] {
  const text = filter.text.trim().toLocaleLowerCase();
  const list = all.filter(
    (a) =>
      (filter.docId === null || a.target.docId === filter.docId) &&
      (filter.color === '' || a.color === filter.color) &&
      (filter.tag === '' || a.tags.includes(filter.tag)) &&
      (text === '' ||
        a.note.toLocaleLowerCase().includes(text) ||
        passageQuote(a).toLocaleLowerCase().includes(text) ||
        a.tags.some((t) => t.toLocaleLowerCase().includes(text))),
  );
  if (filter.sort === 'date') return list.sort((a, b) => b.updated.localeCompare(a.updated));
  const pos = (a: Annotation) => order.get(`${a.target.docId}/${a.target.eId}`) ?? Number.MAX_SAFE_INTEGER;
  return list.sort(
    (a, b) =>
      a.target.docId.localeCompare(b.target.docId) ||
      pos(a) - pos(b) ||
      (a.target.position?.start ?? -1) - (b.target.position?.start ?? -1),
  );
}

/** Every tag in use, sorted. */
export function allTags(all: readonly Annotation[]): string[] {
  return [...new Set(all.flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b));
}
