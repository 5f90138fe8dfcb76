// What every annotation operation needs: the database, the corpus, a clock, the author, an id source,
// and one helper that runs a change in a transaction and logs it as a single undoable action.
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { CorpusReader } from '../corpus/model.js';
import { getReviewerName } from '../userdb/settings.js';
import type { PendingChange } from './change-log.js';
import { recordAction } from './change-log.js';
import type { ActionKind } from './model.js';
import { replicaId } from './replica.js';
import type { StoredAnnotation } from './repository.js';
import { bump } from './versions.js';

/** Dependencies of the AnnotationService; clock, author and id source are injectable for tests. */
export interface AnnotationDeps {
  db: Database.Database;
  corpus: CorpusReader;
  clock?: () => Date;
  /** The reviewer name; defaults to the `reviewerName` setting ("" when unset). */
  author?: () => string;
  newId?: () => string;
  /** Written into export manifests. */
  appVersion?: string;
}

/** Resolved dependencies shared by the service and the exchange code. */
export interface AnnotationContext {
  db: Database.Database;
  corpus: CorpusReader;
  now(): string;
  author(): string;
  newId(): string;
  /** This user.sqlite's replica id (the key of its edits in version vectors). */
  replica(): string;
  appVersion: string;
}

/** Fills in defaults. */
export function makeContext(deps: AnnotationDeps): AnnotationContext {
  const clock = deps.clock ?? (() => new Date());
  return {
    db: deps.db,
    corpus: deps.corpus,
    now: () => clock().toISOString(),
    author: deps.author ?? (() => getReviewerName(deps.db)),
    newId: deps.newId ?? randomUUID,
    replica: () => replicaId(deps.db),
    appVersion: deps.appVersion ?? 'unknown',
  };
}

/** `next` as a new local version of `before`: its version vector counts one more edit of this replica. */
export function edited(
  ctx: AnnotationContext,
  before: StoredAnnotation,
  next: StoredAnnotation,
): StoredAnnotation {
  return { ...next, versions: bump(before.versions, ctx.replica()) };
}

/** Collects before/after snapshots while an action runs. */
export type ChangeSink = (before: StoredAnnotation | null, after: StoredAnnotation | null) => void;

/**
 * Runs `work` in one transaction and logs what it changed as one action (nothing is logged when nothing changed).
 * Any throw rolls back both the data and the log entry.
 */
export function inAction<T>(
  ctx: AnnotationContext,
  kind: ActionKind,
  summary: string,
  work: (log: ChangeSink) => T,
  undoes: number | null = null,
): { value: T; actionId: number | null } {
  return ctx.db.transaction(() => {
    const changes: PendingChange[] = [];
    const value = work((before, after) => {
      const id = after?.id ?? before?.id;
      if (id !== undefined) changes.push({ annotationId: id, before, after });
    });
    const actionId =
      changes.length > 0
        ? recordAction(ctx.db, { kind, at: ctx.now(), author: ctx.author(), summary, undoes }, changes)
        : null;
    return { value, actionId };
  })();
}
