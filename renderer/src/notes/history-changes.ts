// What one logged change did to a note, as the parts a reviewer cares about (created, deleted, restored, its text,
// colour, tags or place changed), so a note's history reads as a list of facts rather than raw before/after JSON.
import type { Annotation } from '../../../electron/shared/types';

/** One fact about a change; the UI words it (`history.<part>`). */
type ChangePart =
  'created' | 'deleted' | 'restored' | 'removed' | 'note' | 'color' | 'tags' | 'place' | 'anchor';

const sameTags = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((t, i) => t === b[i]);

/** Where a passage's following parts lie, for comparing two versions of a note. */
const partsOf = (a: Annotation): string =>
  a.continues.map((p) => `${p.eId}:${String(p.position.start)}-${String(p.position.end)}`).join(' ');

const samePlace = (a: Annotation, b: Annotation): boolean =>
  a.target.docId === b.target.docId &&
  a.target.eId === b.target.eId &&
  a.target.position?.start === b.target.position?.start &&
  a.target.position?.end === b.target.position?.end &&
  partsOf(a) === partsOf(b);

/** The facts of a change from `before` to `after` (null = the note did not exist). */
export function changeParts(before: Annotation | null, after: Annotation | null): ChangePart[] {
  if (before === null) return after === null ? [] : ['created'];
  if (after === null) return ['removed'];
  if (before.deleted === null && after.deleted !== null) return ['deleted'];
  const parts: ChangePart[] = before.deleted !== null && after.deleted === null ? ['restored'] : [];
  if (before.note !== after.note) parts.push('note');
  if (before.color !== after.color) parts.push('color');
  if (!sameTags(before.tags, after.tags)) parts.push('tags');
  if (!samePlace(before, after)) parts.push('place');
  else if (before.anchor !== after.anchor) parts.push('anchor');
  return parts;
}
