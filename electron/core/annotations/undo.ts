// Undo: reverts the newest action not yet undone (an import counts as one action) and logs the undo itself,
// so the change log stays append-only and every state can still be audited.
import { LecternError } from '../errors.js';
import { changesOf, lastUndoableAction } from './change-log.js';
import type { AnnotationContext } from './context.js';
import { inAction } from './context.js';
import type { UndoResult } from './model.js';
import type { StoredAnnotation } from './repository.js';
import { getAnnotation, removeAnnotation, respellTag, saveAnnotation } from './repository.js';

/**
 * Stable JSON (sorted keys) of the parts undo compares. The merge base is bookkeeping, and `updated` is restamped
 * by every undo, so neither says whether someone changed the annotation outside the log.
 */
function fingerprint(a: StoredAnnotation | null): string {
  if (!a) return 'null';
  const rest: Partial<StoredAnnotation> = { ...a };
  delete rest.syncHash;
  delete rest.updated;
  return JSON.stringify(rest, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1)))
      : v,
  );
}

/** Reverts the last action; throws NOT_FOUND when there is nothing to undo. */
export function undoLast(ctx: AnnotationContext): UndoResult {
  const action = lastUndoableAction(ctx.db);
  if (!action) throw new LecternError('NOT_FOUND', 'There is nothing to undo.');
  const changes = changesOf(ctx.db, action.id).reverse();
  const { value, actionId } = inAction(
    ctx,
    'undo',
    `Undo: ${action.summary}`,
    (log) => {
      const now = ctx.now();
      // Check everything first: a tag re-spelling below touches other annotations of the same action.
      const currents = changes.map((change) => {
        const current = getAnnotation(ctx.db, change.annotationId);
        if (fingerprint(current) !== fingerprint(change.after)) {
          throw new LecternError(
            'CONFLICT',
            `Cannot undo "${action.summary}": annotation ${change.annotationId} changed since, outside the log.`,
          );
        }
        return current;
      });
      changes.forEach((change, i) => {
        if (change.before === null) {
          removeAnnotation(ctx.db, change.annotationId);
          return;
        }
        // Keep the current merge base and stamp the time, so the reverted state travels to other machines.
        const restored: StoredAnnotation = {
          ...change.before,
          syncHash: currents[i]?.syncHash ?? change.before.syncHash,
          updated: now,
        };
        // Tag spelling is shared by all annotations; put back the spelling the snapshot had (undoes a re-case).
        for (const tag of restored.tags) respellTag(ctx.db, tag, tag);
        saveAnnotation(ctx.db, restored);
      });
      changes.forEach((change, i) => {
        log(currents[i] ?? null, getAnnotation(ctx.db, change.annotationId));
      });
      return changes.length;
    },
    action.id,
  );
  return { undone: action, reverted: value, actionId };
}
