// Undo and redo: undo reverts the newest action not yet undone (an import counts as one action), redo reverts
// the newest undo; both are logged as actions of their own, so the change log stays append-only, every state can
// still be audited, and the history survives a restart.
import { LecternError } from '../errors.js';
import { changesOf, lastRedoableAction, lastUndoableAction, originalAction } from './change-log.js';
import type { AnnotationContext } from './context.js';
import { inAction } from './context.js';
import type { VersionVector } from './versions.js';
import { bump } from './versions.js';
import type { ActionInfo, ActionKind, UndoResult } from './model.js';
import type { StoredAnnotation } from './repository.js';
import { getAnnotation, removeAnnotation, respellTag, saveAnnotation } from './repository.js';

/**
 * Stable JSON (sorted keys) of the parts undo compares. The merge bookkeeping (version vector, conflict side) is
 * updated by imports without a log entry, and `updated` is restamped by every undo, so none of them says whether
 * someone changed the annotation outside the log.
 */
function fingerprint(a: StoredAnnotation | null): string {
  if (!a) return 'null';
  const rest: Partial<StoredAnnotation> & { syncHash?: unknown } = { ...a };
  delete rest.syncHash; // snapshots written before migration v7
  delete rest.versions;
  delete rest.conflictLocal;
  delete rest.updated;
  return JSON.stringify(rest, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1)))
      : v,
  );
}

/** A change-log snapshot; those written before migration v7 have no version vector. */
type Snapshot = Omit<StoredAnnotation, 'versions'> & { versions?: StoredAnnotation['versions'] };

/**
 * The version vector of a reverted state: the earlier vector with this replica's count above any it used, so the
 * revert travels as a new local edit. Foreign edits the reverted action took in (an import) are not included, so
 * a machine that still has them sees a conflict (both kept) rather than losing them to the undo.
 */
function undoneVersions(before: Snapshot, current: StoredAnnotation | null, replica: string): VersionVector {
  const prior = before.versions ?? {};
  const count = Math.max(prior[replica] ?? 0, current?.versions[replica] ?? 0);
  return bump({ ...prior, [replica]: count }, replica);
}

/**
 * Reverts the last action; throws NOT_FOUND when there is nothing to undo, and CONFLICT (nothing undone) when
 * `expect` names a kind the last action is not — the app's undo of a resolve or attach says which it means.
 */
export function undoLast(ctx: AnnotationContext, expect?: ActionKind): UndoResult {
  const action = lastUndoableAction(ctx.db);
  if (!action) throw new LecternError('NOT_FOUND', 'There is nothing to undo.', 'Không có gì để hoàn tác.');
  const original = originalAction(ctx.db, action);
  if (expect !== undefined && original.kind !== expect)
    throw new LecternError(
      'CONFLICT',
      `Cannot undo that ${expect}: a later change ("${original.summary}") came after it. Nothing was undone.`,
      `Không thể hoàn tác thao tác đó: đã có một thay đổi sau nó ("${original.summary}"). Chưa có gì được hoàn tác.`,
    );
  return revert(ctx, action, original, 'undo');
}

/** Re-applies what the last undo reverted (itself a logged action); NOT_FOUND when there is nothing to redo. */
export function redoLast(ctx: AnnotationContext): UndoResult {
  const action = lastRedoableAction(ctx.db);
  if (!action) throw new LecternError('NOT_FOUND', 'There is nothing to redo.', 'Không có gì để làm lại.');
  return revert(ctx, action, originalAction(ctx.db, action), 'redo');
}

/** Puts every annotation `action` touched back to its state before it, as one logged `kind` action. */
function revert(
  ctx: AnnotationContext,
  action: ActionInfo,
  original: ActionInfo,
  kind: 'undo' | 'redo',
): UndoResult {
  const changes = changesOf(ctx.db, action.id).reverse();
  const verb = kind === 'undo' ? 'Undo' : 'Redo';
  const { value, actionId } = inAction(
    ctx,
    kind,
    `${verb}: ${original.summary}`,
    (log) => {
      const now = ctx.now();
      // Check everything first: a tag re-spelling below touches other annotations of the same action.
      const currents = changes.map((change) => {
        const current = getAnnotation(ctx.db, change.annotationId);
        if (fingerprint(current) !== fingerprint(change.after)) {
          throw new LecternError(
            'CONFLICT',
            `Cannot ${kind} "${original.summary}": annotation ${change.annotationId} changed since, outside the log. Nothing was changed.`,
            `Không thể ${kind === 'undo' ? 'hoàn tác' : 'làm lại'} "${original.summary}": ghi chú ${change.annotationId} đã bị thay đổi ngoài nhật ký. Chưa có gì thay đổi.`,
          );
        }
        return current;
      });
      changes.forEach((change, i) => {
        if (change.before === null) {
          removeAnnotation(ctx.db, change.annotationId);
          return;
        }
        const current = currents[i] ?? null;
        const restored: StoredAnnotation = {
          ...change.before,
          versions: undoneVersions(change.before, current, ctx.replica()),
          conflictLocal: current?.conflictLocal ?? false,
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
  return { undone: action, original, reverted: value, actionId };
}
