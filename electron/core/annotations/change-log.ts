// The append-only change log: one action (create, update, import, undo …) with a before/after snapshot per
// annotation it touched. Triggers in the schema refuse UPDATE and DELETE, so history cannot be rewritten.
import type Database from 'better-sqlite3';
import type { ActionInfo, ActionKind, AnnotationChange, HistoryEntry as LoggedChange } from './model.js';
import type { StoredAnnotation } from './repository.js';

/** One annotation's state before and after an action, as stored (with its merge bookkeeping). */
type ChangeEntry = AnnotationChange<StoredAnnotation>;

/** A stored change as listed in an annotation's history (audit view). */
export type HistoryEntry = LoggedChange<StoredAnnotation>;

/** A change about to be recorded. */
export type PendingChange = Omit<ChangeEntry, 'actionId'>;

/** Appends an action and its changes; call inside the transaction that made the changes. */
export function recordAction(
  db: Database.Database,
  action: Omit<ActionInfo, 'id'>,
  changes: readonly PendingChange[],
): number {
  const id = Number(
    db
      .prepare('INSERT INTO actions (kind, at, author, summary, undoes) VALUES (?, ?, ?, ?, ?)')
      .run(action.kind, action.at, action.author, action.summary, action.undoes).lastInsertRowid,
  );
  const insert = db.prepare(
    'INSERT INTO changes (action_id, annotation_id, before, after) VALUES (?, ?, ?, ?)',
  );
  for (const c of changes) {
    insert.run(
      id,
      c.annotationId,
      c.before ? JSON.stringify(c.before) : null,
      c.after ? JSON.stringify(c.after) : null,
    );
  }
  return id;
}

/**
 * The newest action that is not an undo and not yet reverted: what `undo` reverts next. A redo counts as an
 * action of its own, so undo after redo takes the redone change back again.
 */
export function lastUndoableAction(db: Database.Database): ActionInfo | null {
  const row = db
    .prepare(
      `SELECT id, kind, at, author, summary, undoes FROM actions a
       WHERE a.kind <> 'undo' AND NOT EXISTS (SELECT 1 FROM actions u WHERE u.undoes = a.id)
       ORDER BY a.id DESC LIMIT 1`,
    )
    .get() as ActionInfo | undefined;
  return row ?? null;
}

/**
 * The newest undo not yet redone, made since the last action of the reviewer's own (anything but an undo or a
 * redo): what `redo` reverts next. A new action discards the redo branch, as in any editor.
 */
export function lastRedoableAction(db: Database.Database): ActionInfo | null {
  const row = db
    .prepare(
      `SELECT id, kind, at, author, summary, undoes FROM actions a
       WHERE a.kind = 'undo' AND NOT EXISTS (SELECT 1 FROM actions r WHERE r.undoes = a.id)
         AND a.id > COALESCE((SELECT MAX(id) FROM actions WHERE kind NOT IN ('undo', 'redo')), 0)
       ORDER BY a.id DESC LIMIT 1`,
    )
    .get() as ActionInfo | undefined;
  return row ?? null;
}

/** One action by id, or null. */
function actionById(db: Database.Database, id: number): ActionInfo | null {
  const row = db.prepare('SELECT id, kind, at, author, summary, undoes FROM actions WHERE id = ?').get(id) as
    ActionInfo | undefined;
  return row ?? null;
}

/** The reviewer's own action behind an undo or redo (followed back through the chain); the action itself otherwise. */
export function originalAction(db: Database.Database, action: ActionInfo): ActionInfo {
  let current = action;
  while ((current.kind === 'undo' || current.kind === 'redo') && current.undoes !== null) {
    const reverted = actionById(db, current.undoes);
    if (!reverted) break;
    current = reverted;
  }
  return current;
}

interface ChangeRow {
  action_id: number;
  annotation_id: string;
  before: string | null;
  after: string | null;
}

/** A logged snapshot; those written before migration v10 have no `continues` (a note on one provision). */
function snapshot(json: string | null): StoredAnnotation | null {
  if (json === null || json === '') return null;
  const parsed = JSON.parse(json) as Omit<StoredAnnotation, 'continues'> &
    Partial<Pick<StoredAnnotation, 'continues'>>;
  return { ...parsed, continues: parsed.continues ?? [] };
}

function toEntry(r: ChangeRow): ChangeEntry {
  return {
    actionId: r.action_id,
    annotationId: r.annotation_id,
    before: snapshot(r.before),
    after: snapshot(r.after),
  };
}

/** The changes of one action, in the order they were made. */
export function changesOf(db: Database.Database, actionId: number): ChangeEntry[] {
  const rows = db
    .prepare('SELECT action_id, annotation_id, before, after FROM changes WHERE action_id = ? ORDER BY id')
    .all(actionId) as ChangeRow[];
  return rows.map(toEntry);
}

/** Every logged change of one annotation, oldest first. */
export function historyOf(db: Database.Database, annotationId: string): HistoryEntry[] {
  const rows = db
    .prepare(
      `SELECT c.action_id, c.annotation_id, c.before, c.after, a.kind, a.at, a.author, a.summary
       FROM changes c JOIN actions a ON a.id = c.action_id WHERE c.annotation_id = ? ORDER BY c.id`,
    )
    .all(annotationId) as (ChangeRow & { kind: ActionKind; at: string; author: string; summary: string })[];
  return rows.map((r) => ({ ...toEntry(r), kind: r.kind, at: r.at, author: r.author, summary: r.summary }));
}

/** Recent actions, newest first (the audit list). */
export function recentActions(db: Database.Database, limit = 50): ActionInfo[] {
  return db
    .prepare('SELECT id, kind, at, author, summary, undoes FROM actions ORDER BY id DESC LIMIT ?')
    .all(limit) as ActionInfo[];
}
