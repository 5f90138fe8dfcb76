// Open conflicts and their resolution. An import that found both sides changed a note keeps both: the note and a
// conflict copy (`conflictOf` = the note's id). Resolving keeps one version on the note and retires the copy, or
// keeps both as separate notes, in one undoable action whose result travels to the other machines.
import { LecternError } from '../errors.js';
import { contentHash } from './content-hash.js';
import type { AnnotationContext } from './context.js';
import { edited, inAction } from './context.js';
import type { Annotation, ConflictChoice, ConflictInfo } from './model.js';
import type { StoredAnnotation } from './repository.js';
import { conflictCopiesOf, getAnnotation, listAnnotations, saveAnnotation, toPublic } from './repository.js';
import { listFilterSchema } from './schemas.js';

/** Every open conflict: a conflict copy (live or a kept deletion) with the note it belongs to. */
export function listConflicts(ctx: AnnotationContext): ConflictInfo[] {
  const filter = listFilterSchema.parse({ conflicts: true, deleted: 'include' });
  const out: ConflictInfo[] = [];
  for (const copy of listAnnotations(ctx.db, filter, null)) {
    const main = copy.conflictOf === null ? null : getAnnotation(ctx.db, copy.conflictOf);
    if (!main) continue;
    out.push({
      id: main.id,
      copyId: copy.id,
      main: toPublic(main),
      copy: toPublic(copy),
      mine: copy.conflictLocal ? 'copy' : 'main',
    });
  }
  return out.sort((x, y) => (x.main.created < y.main.created ? -1 : x.main.created > y.main.created ? 1 : 0));
}

/** The note and the one conflict copy `id` designates (the copy itself, or the note when it has exactly one). */
function pairOf(ctx: AnnotationContext, id: string): { main: StoredAnnotation; copy: StoredAnnotation } {
  const a = getAnnotation(ctx.db, id);
  if (!a) throw new LecternError('NOT_FOUND', `No annotation ${id}.`);
  if (a.conflictOf !== null) {
    const main = getAnnotation(ctx.db, a.conflictOf);
    if (!main)
      throw new LecternError('NOT_FOUND', `The note ${a.conflictOf} of conflict copy ${id} is missing.`);
    return { main, copy: a };
  }
  const copies = conflictCopiesOf(ctx.db, id);
  const [copy] = copies;
  if (!copy) throw new LecternError('NOT_FOUND', `Annotation ${id} has no open conflict.`);
  if (copies.length > 1) {
    throw new LecternError(
      'CONFLICT',
      `Annotation ${id} has ${copies.length} conflict copies; resolve one at a time by its id: ${copies.map((c) => c.id).join(', ')}.`,
    );
  }
  return { main: a, copy };
}

/** `main` showing the content of `version` (a deletion keeps main's own text, for undo). */
function showing(main: StoredAnnotation, version: StoredAnnotation, now: string): StoredAnnotation {
  if (version.deleted !== null) return { ...main, deleted: main.deleted ?? now, updated: now };
  const { note, color, tags } = version;
  return { ...main, note, color, tags, deleted: null, updated: now };
}

/** Resolves one conflict; returns the note as it is afterwards. */
export function resolveConflict(ctx: AnnotationContext, id: string, keep: ConflictChoice): Annotation {
  const { main, copy } = pairOf(ctx, id);
  const mine = copy.conflictLocal ? copy : main;
  const theirs = mine === copy ? main : copy;
  const { value } = inAction(
    ctx,
    'resolve',
    `resolve conflict on ${main.target.eId}: keep ${keep}`,
    (log) => {
      const now = ctx.now();
      const write = (before: StoredAnnotation, next: StoredAnnotation): StoredAnnotation => {
        const after = saveAnnotation(ctx.db, edited(ctx, before, next));
        log(before, after);
        return after;
      };
      if (keep === 'both') {
        write(copy, { ...copy, conflictOf: null, conflictLocal: false, updated: now });
        return main;
      }
      const chosen = keep === 'mine' ? mine : theirs;
      const next = showing(main, chosen, now);
      const kept = contentHash(next) === contentHash(main) ? main : write(main, next);
      write(copy, {
        ...copy,
        conflictOf: null,
        conflictLocal: false,
        deleted: copy.deleted ?? now,
        updated: now,
      });
      return kept;
    },
  );
  return toPublic(value);
}
