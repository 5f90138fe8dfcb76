// SQL for annotations and their tags in user.sqlite: prepared statements only, the database handle first.
import type Database from 'better-sqlite3';
import type { AnchorStatus, Annotation, AnnotationColor, AnnotationPart } from './model.js';
import type { ListFilter } from './schemas.js';
import { passageQuote } from './passage-text.js';
import { noteSearchText, TAGS_JSON_SQL } from './search-text.js';
import type { VersionVector } from './versions.js';
import { parseVersions } from './versions.js';

/** An annotation as stored, with the exchange metadata the public model does not show. */
export interface StoredAnnotation extends Annotation {
  conflictOf: string | null;
  /** Edits of each replica this version includes: the merge base (docs/architecture.md, three-way merge). */
  versions: VersionVector;
  /** On a conflict copy: it holds this machine's own version (the one "keep mine" keeps). Never exported. */
  conflictLocal: boolean;
}

/** The public shape: the store's merge bookkeeping stays inside. */
export function toPublic(a: StoredAnnotation): Annotation {
  const rest: Partial<StoredAnnotation> & { syncHash?: unknown } = { ...a };
  delete rest.versions;
  delete rest.conflictLocal;
  delete rest.syncHash; // in change-log snapshots written before migration v7
  return rest as Annotation;
}

interface Row {
  id: string;
  doc_id: string;
  doc_hash: string;
  e_id: string;
  pos_start: number | null;
  pos_end: number | null;
  quote_exact: string | null;
  quote_prefix: string | null;
  quote_suffix: string | null;
  note: string;
  color: string;
  author: string;
  created: string;
  updated: string;
  deleted: string | null;
  anchor: string;
  versions: string;
  conflict_local: number;
  conflict_of: string | null;
  /** Absent only in a database read before migration v10 (the upgrade tests read older schemas). */
  continues_json?: string;
  tags: string;
}

const SELECT_SQL = 'SELECT a.*, a.tags_json AS tags FROM annotations a';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();
/** A prepared statement cached per connection (list builds its SQL from a fixed set of fragments). */
function stmt(db: Database.Database, sql: string): Database.Statement {
  let byDb = cache.get(db);
  if (!byDb) {
    byDb = new Map<string, Database.Statement>();
    cache.set(db, byDb);
  }
  let s = byDb.get(sql);
  if (!s) {
    s = db.prepare(sql);
    byDb.set(sql, s);
  }
  return s;
}

function fromRow(r: Row): StoredAnnotation {
  const hasRange = r.pos_start !== null && r.pos_end !== null && r.quote_exact !== null;
  return {
    id: r.id,
    target: {
      docId: r.doc_id,
      docHash: r.doc_hash,
      eId: r.e_id,
      position: hasRange ? { start: r.pos_start ?? 0, end: r.pos_end ?? 0 } : null,
      quote: hasRange
        ? { exact: r.quote_exact ?? '', prefix: r.quote_prefix ?? '', suffix: r.quote_suffix ?? '' }
        : null,
    },
    continues: JSON.parse(r.continues_json ?? '[]') as AnnotationPart[],
    note: r.note,
    color: r.color as AnnotationColor,
    tags: JSON.parse(r.tags) as string[],
    author: r.author,
    created: r.created,
    updated: r.updated,
    deleted: r.deleted,
    anchor: r.anchor as AnchorStatus,
    conflictOf: r.conflict_of,
    versions: parseVersions(r.versions),
    conflictLocal: r.conflict_local === 1,
  };
}

/** One annotation by id (deleted ones included), or null. */
export function getAnnotation(db: Database.Database, id: string): StoredAnnotation | null {
  const row = stmt(db, `${SELECT_SQL} WHERE a.id = ?`).get(id) as Row | undefined;
  return row ? fromRow(row) : null;
}

/**
 * Inserts or replaces the whole annotation, tags included (create, update, undo and import all write this way).
 * Returns it as stored: tags in their shared spelling, sorted.
 */
export function saveAnnotation(db: Database.Database, a: StoredAnnotation): StoredAnnotation {
  const t = a.target;
  // A note saved anew may point elsewhere: what an earlier re-anchoring decided about it no longer holds.
  stmt(db, 'DELETE FROM anchor_checks WHERE annotation_id = ?').run(a.id);
  stmt(
    db,
    `INSERT INTO annotations (id, doc_id, doc_hash, e_id, pos_start, pos_end, quote_exact, quote_prefix, quote_suffix,
       note, color, author, created, updated, deleted, anchor, versions, conflict_local, conflict_of, search_text,
       continues_json)
     VALUES (@id, @docId, @docHash, @eId, @start, @end, @exact, @prefix, @suffix,
       @note, @color, @author, @created, @updated, @deleted, @anchor, @versions, @conflictLocal, @conflictOf, @searchText,
       @continues)
     ON CONFLICT(id) DO UPDATE SET doc_id = excluded.doc_id, doc_hash = excluded.doc_hash, e_id = excluded.e_id,
       pos_start = excluded.pos_start, pos_end = excluded.pos_end, quote_exact = excluded.quote_exact,
       quote_prefix = excluded.quote_prefix, quote_suffix = excluded.quote_suffix, note = excluded.note,
       color = excluded.color, author = excluded.author, created = excluded.created, updated = excluded.updated,
       deleted = excluded.deleted, anchor = excluded.anchor, versions = excluded.versions,
       conflict_local = excluded.conflict_local,
       conflict_of = excluded.conflict_of, search_text = excluded.search_text,
       continues_json = excluded.continues_json`,
  ).run({
    id: a.id,
    docId: t.docId,
    docHash: t.docHash,
    eId: t.eId,
    start: t.position?.start ?? null,
    end: t.position?.end ?? null,
    exact: t.quote?.exact ?? null,
    prefix: t.quote?.prefix ?? null,
    suffix: t.quote?.suffix ?? null,
    note: a.note,
    color: a.color,
    author: a.author,
    created: a.created,
    updated: a.updated,
    deleted: a.deleted,
    anchor: a.anchor,
    versions: JSON.stringify(a.versions),
    conflictLocal: a.conflictLocal ? 1 : 0,
    conflictOf: a.conflictOf,
    searchText: noteSearchText(a.note, t.quote ? passageQuote(a) : null, a.tags).folded,
    continues: JSON.stringify(a.continues),
  });
  setTags(db, a.id, a.tags);
  const { tags } = stmt(
    db,
    `UPDATE annotations SET tags_json = ${TAGS_JSON_SQL} WHERE id = ? RETURNING tags_json AS tags`,
  ).get(a.id) as { tags: string };
  return { ...a, tags: JSON.parse(tags) as string[] };
}

/** Removes an annotation row (only undo of a create does this; the change log keeps its content). */
export function removeAnnotation(db: Database.Database, id: string): void {
  stmt(db, 'DELETE FROM annotations WHERE id = ?').run(id);
}

/**
 * Records a merged version vector when an import found the same content under another vector (bookkeeping only:
 * the content is unchanged, so nothing is logged).
 */
export function setVersions(db: Database.Database, id: string, versions: VersionVector): void {
  stmt(db, 'UPDATE annotations SET versions = ? WHERE id = ?').run(JSON.stringify(versions), id);
}

function tagId(db: Database.Database, name: string): number {
  const found = stmt(db, 'SELECT id FROM tags WHERE name = ?').get(name) as { id: number } | undefined;
  if (found) return found.id;
  return Number(stmt(db, 'INSERT INTO tags (name) VALUES (?)').run(name).lastInsertRowid);
}

function setTags(db: Database.Database, id: string, tags: readonly string[]): void {
  stmt(db, 'DELETE FROM annotation_tags WHERE annotation_id = ?').run(id);
  const link = stmt(db, 'INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)');
  for (const name of tags) link.run(id, tagId(db, name));
}

/** Tag names in use by live annotations, with counts, alphabetical. */
export function listTags(db: Database.Database): { name: string; count: number }[] {
  return stmt(
    db,
    `SELECT t.name AS name, count(a.id) AS count FROM tags t
     JOIN annotation_tags x ON x.tag_id = t.id JOIN annotations a ON a.id = x.annotation_id AND a.deleted IS NULL
     GROUP BY t.id ORDER BY t.name COLLATE NOCASE`,
  ).all() as { name: string; count: number }[];
}

/** Ids of annotations (deleted included) carrying a tag. */
export function idsWithTag(db: Database.Database, tag: string): string[] {
  const rows = stmt(
    db,
    'SELECT x.annotation_id AS id FROM annotation_tags x JOIN tags t ON t.id = x.tag_id WHERE t.name = ?',
  ).all(tag) as { id: string }[];
  return rows.map((r) => r.id);
}

/** Annotations of one document (deleted included), for re-anchoring. */
export function annotationsOfDocument(db: Database.Database, docId: string): StoredAnnotation[] {
  return (stmt(db, `${SELECT_SQL} WHERE a.doc_id = ?`).all(docId) as Row[]).map(fromRow);
}

/** Every annotation (deleted included), for export. */
export function allAnnotations(db: Database.Database): StoredAnnotation[] {
  return (stmt(db, `${SELECT_SQL} ORDER BY a.created, a.id`).all() as Row[]).map(fromRow);
}

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Filtered list, newest change first; `subtree` is the eId set of the filter's provision and its descendants. */
export function listAnnotations(
  db: Database.Database,
  filter: ListFilter,
  subtree: readonly string[] | null,
): StoredAnnotation[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const add = (clause: string, ...values: (string | number)[]): void => {
    where.push(clause);
    params.push(...values);
  };
  if (filter.docId !== undefined) add('a.doc_id = ?', filter.docId);
  if (subtree) add('a.e_id IN (SELECT value FROM json_each(?))', JSON.stringify(subtree));
  if (filter.color) add('a.color = ?', filter.color);
  if (filter.tag !== undefined) {
    add(
      'a.id IN (SELECT x.annotation_id FROM annotation_tags x JOIN tags t ON t.id = x.tag_id WHERE t.name = ?)',
      filter.tag,
    );
  }
  if (filter.text !== undefined) {
    const pattern = `%${escapeLike(filter.text)}%`;
    // A passage's later parts are quoted text too (continues_json, one quote per part).
    add(
      `(a.note LIKE ? ESCAPE '\\' OR a.quote_exact LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM json_each(a.continues_json) p
        WHERE json_extract(p.value, '$.quote.exact') LIKE ? ESCAPE '\\'))`,
      pattern,
      pattern,
      pattern,
    );
  }
  if (filter.orphaned !== undefined)
    where.push(filter.orphaned ? "a.anchor = 'orphaned'" : "a.anchor <> 'orphaned'");
  if (filter.conflicts !== undefined)
    where.push(filter.conflicts ? 'a.conflict_of IS NOT NULL' : 'a.conflict_of IS NULL');
  if (filter.deleted === 'exclude') where.push('a.deleted IS NULL');
  if (filter.deleted === 'only') where.push('a.deleted IS NOT NULL');
  const sql = `${SELECT_SQL}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}
    ORDER BY a.updated DESC, a.id LIMIT ? OFFSET ?`;
  params.push(filter.limit ?? -1, filter.offset);
  return (stmt(db, sql).all(...params) as Row[]).map(fromRow);
}

/** Respells a tag in place (used when a rename only changes letter case). */
export function respellTag(db: Database.Database, from: string, to: string): void {
  stmt(db, 'UPDATE tags SET name = ? WHERE name = ?').run(to, from);
  stmt(
    db,
    `UPDATE annotations SET tags_json = ${TAGS_JSON_SQL} WHERE id IN
       (SELECT x.annotation_id FROM annotation_tags x JOIN tags t ON t.id = x.tag_id WHERE t.name = ?)`,
  ).run(to);
}

/** Drops tags no annotation uses any more (after a rename or merge). */
export function pruneUnusedTags(db: Database.Database): void {
  stmt(db, 'DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM annotation_tags)').run();
}

/** Conflict copies kept for one annotation by earlier imports. */
export function conflictCopiesOf(db: Database.Database, id: string): StoredAnnotation[] {
  return (stmt(db, `${SELECT_SQL} WHERE a.conflict_of = ?`).all(id) as Row[]).map(fromRow);
}

/** Document ids that annotations point at, with the doc hashes they were made on. */
/** Every note's document, the text it is pinned to, and the text it was last re-anchored against (or null). */
export function anchorStates(
  db: Database.Database,
): { id: string; docId: string; docHash: string; checked: string | null }[] {
  return stmt(
    db,
    `SELECT a.id, a.doc_id AS docId, a.doc_hash AS docHash, c.doc_hash AS checked
     FROM annotations a LEFT JOIN anchor_checks c ON c.annotation_id = a.id ORDER BY a.doc_id`,
  ).all() as { id: string; docId: string; docHash: string; checked: string | null }[];
}

/** The same for one note (an incoming one placed by a notes import). */
export function recordAnchorCheck(db: Database.Database, id: string, docHash: string): void {
  stmt(
    db,
    `INSERT OR REPLACE INTO anchor_checks (annotation_id, doc_hash)
     SELECT id, ? FROM annotations WHERE id = ? AND doc_hash != ?`,
  ).run(docHash, id, docHash);
}

/**
 * Records that the notes of `docId` still off its text `docHash` (to review, or orphaned; '' for a document that
 * is gone) were re-anchored against it: nothing left to redo until that text changes or the note does.
 */
export function recordAnchorChecks(db: Database.Database, docId: string, docHash: string): void {
  stmt(
    db,
    `INSERT OR REPLACE INTO anchor_checks (annotation_id, doc_hash)
     SELECT id, ? FROM annotations WHERE doc_id = ? AND doc_hash != ?`,
  ).run(docHash, docId, docHash);
}
