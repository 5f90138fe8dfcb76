// AnnotationService: the one API the IPC layer and the CLI call. Inputs are parsed with the exported zod schemas;
// every change runs in a transaction and is logged as an undoable action.
import type { CorpusNode, DocumentMeta } from '../corpus/model.js';
import { annotatableText } from '../corpus/annotatable-text.js';
import { LecternError } from '../errors.js';
import { runSliced, type SlicedPass } from './sliced-run.js';
import { resolveRange } from './anchor-text.js';
import { resolvePassage } from './passage.js';
import type { HistoryEntry } from './change-log.js';
import { historyOf, recentActions } from './change-log.js';
import type { AnnotationContext, AnnotationDeps } from './context.js';
import { edited, inAction, makeContext } from './context.js';
import { listConflicts, resolveConflict } from './conflicts.js';
import type {
  ActionInfo,
  ActionKind,
  AnchorReport,
  Annotation,
  ConflictChoice,
  ConflictInfo,
  UndoResult,
} from './model.js';
import type { ReanchorResult } from './reanchor.js';
import { confirmSuggestion, countOutcomes, reanchor, reanchorMatcher } from './reanchor.js';
import type { StoredAnnotation } from './repository.js';
import * as repo from './repository.js';
import { toPublic } from './repository.js';
import type {
  AttachAnnotationInput,
  CreateAnnotationInput,
  ListFilterInput,
  UpdateAnnotationInput,
} from './schemas.js';
import {
  annotationIdSchema,
  attachAnnotationSchema,
  createAnnotationSchema,
  listFilterSchema,
  parseInput,
  renameTagSchema,
  updateAnnotationSchema,
} from './schemas.js';
import { redoLast, undoLast } from './undo.js';
import { exportBundle, exportCsv } from './exchange/export.js';
import type { ImportOptions, ImportPass } from './exchange/import.js';
import { importBundle, importBundleGradually, previewBundle } from './exchange/import.js';
import type { ImportReport, NotesImportPreview } from './model.js';

/** Tags with case-insensitive duplicates removed, first spelling kept. */
function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((t) => !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
}

/** Eids of a provision and all its descendants (by parent links). */
function subtreeOf(nodes: readonly CorpusNode[], root: string): string[] {
  const children = new Map<string, string[]>();
  for (const n of nodes) {
    if (n.parentEId !== null) children.set(n.parentEId, [...(children.get(n.parentEId) ?? []), n.eId]);
  }
  const out: string[] = [];
  const stack = [root];
  for (let e = stack.pop(); e !== undefined; e = stack.pop()) {
    out.push(e);
    stack.push(...(children.get(e) ?? []));
  }
  return out;
}

/** How a gradual re-anchoring pass shares the core: notes matched between pauses, the pause, progress, cancel. */
type GradualPass = SlicedPass & { slice: number };

/** Create/update/delete/restore/get/list/tags/undo over user.sqlite, checked against the corpus. */
export class AnnotationService {
  readonly ctx: AnnotationContext;

  constructor(deps: AnnotationDeps) {
    this.ctx = makeContext(deps);
  }

  private document(docId: string): DocumentMeta {
    const doc = this.ctx.corpus.getDocument(docId);
    if (!doc) throw new LecternError('NOT_FOUND', `No document "${docId}".`);
    return doc;
  }

  private stored(id: string): StoredAnnotation {
    const a = repo.getAnnotation(this.ctx.db, parseInput(annotationIdSchema, id));
    if (!a) throw new LecternError('NOT_FOUND', `No annotation ${id}.`);
    return a;
  }

  /** Writes a new version of an existing annotation and logs it. */
  private change(
    kind: 'update' | 'delete' | 'restore',
    before: StoredAnnotation,
    next: StoredAnnotation,
  ): Annotation {
    const { value } = inAction(this.ctx, kind, `${kind} note on ${before.target.eId}`, (log) => {
      const after = repo.saveAnnotation(this.ctx.db, edited(this.ctx, before, next));
      log(before, after);
      return after;
    });
    return toPublic(value);
  }

  /** Creates an annotation; the range must lie inside the node and the quote must match the text there. */
  create(input: CreateAnnotationInput): Annotation {
    const i = parseInput(createAnnotationSchema, input);
    const doc = this.document(i.docId);
    const node = this.ctx.corpus.getNode(i.docId, i.eId);
    if (!node) throw new LecternError('NOT_FOUND', `No provision "${i.eId}" in ${i.docId}.`);
    const range = resolveRange(annotatableText(node), i.eId, i.position, i.quote);
    const continues = resolvePassage(
      i.continues.length > 0 ? this.ctx.corpus.getNodes(i.docId) : [],
      { eId: i.eId, position: range?.position ?? null },
      i.continues,
    );
    const now = this.ctx.now();
    const a: StoredAnnotation = {
      id: this.ctx.newId(),
      target: {
        docId: i.docId,
        docHash: doc.contentHash,
        eId: i.eId,
        position: range?.position ?? null,
        quote: range?.quote ?? null,
      },
      continues,
      note: i.note,
      color: i.color,
      tags: uniqueTags(i.tags),
      author: this.ctx.author(),
      created: now,
      updated: now,
      deleted: null,
      anchor: 'anchored',
      conflictOf: null,
      versions: { [this.ctx.replica()]: 1 },
      conflictLocal: false,
    };
    const { value } = inAction(this.ctx, 'create', `create note on ${i.eId}`, (log) => {
      const after = repo.saveAnnotation(this.ctx.db, a);
      log(null, after);
      return after;
    });
    return toPublic(value);
  }

  /** Changes note, colour or tags; unchanged input logs nothing. Deleted annotations must be restored first. */
  update(input: UpdateAnnotationInput): Annotation {
    const i = parseInput(updateAnnotationSchema, input);
    const before = this.stored(i.id);
    if (before.deleted !== null)
      throw new LecternError('CONFLICT', `Annotation ${i.id} is deleted; restore it first.`);
    const tags = i.tags ? uniqueTags(i.tags) : before.tags;
    const note = i.note ?? before.note;
    const color = i.color ?? before.color;
    const same = note === before.note && color === before.color && tags.join('\n') === before.tags.join('\n');
    if (same) return toPublic(before);
    return this.change('update', before, { ...before, note, color, tags, updated: this.ctx.now() });
  }

  /**
   * Re-attaches a note to text the reviewer chose in the current version of its document (an unanchored note
   * after a replacement, or one to correct by hand); one undoable 'attach' action.
   */
  attach(input: AttachAnnotationInput): Annotation {
    const i = parseInput(attachAnnotationSchema, input);
    const before = this.stored(i.id);
    if (before.deleted !== null)
      throw new LecternError('CONFLICT', `Annotation ${i.id} is deleted; restore it first.`);
    const doc = this.document(before.target.docId);
    const node = this.ctx.corpus.getNode(doc.docId, i.eId);
    if (!node) throw new LecternError('NOT_FOUND', `No provision "${i.eId}" in ${doc.docId}.`);
    const range = resolveRange(annotatableText(node), i.eId, i.position, i.quote);
    const target = {
      docId: doc.docId,
      docHash: doc.contentHash,
      eId: i.eId,
      position: range?.position ?? null,
      quote: range?.quote ?? null,
    };
    // The reviewer names one provision's text: a passage's later parts do not follow the note there.
    const next: StoredAnnotation = {
      ...before,
      target,
      continues: [],
      anchor: 'anchored',
      updated: this.ctx.now(),
    };
    const { value } = inAction(this.ctx, 'attach', `attach note to ${i.eId}`, (log) => {
      const after = repo.saveAnnotation(this.ctx.db, edited(this.ctx, before, next));
      log(before, after);
      return after;
    });
    return toPublic(value);
  }

  /** Soft-deletes (restorable); deleting a deleted annotation is a no-op. */
  delete(id: string): Annotation {
    const before = this.stored(id);
    if (before.deleted !== null) return toPublic(before);
    const now = this.ctx.now();
    return this.change('delete', before, { ...before, deleted: now, updated: now });
  }

  /** Brings back a soft-deleted annotation. */
  restore(id: string): Annotation {
    const before = this.stored(id);
    if (before.deleted === null) return toPublic(before);
    return this.change('restore', before, { ...before, deleted: null, updated: this.ctx.now() });
  }

  /** One annotation, deleted ones included; NOT_FOUND when unknown. */
  get(id: string): Annotation {
    return toPublic(this.stored(id));
  }

  /** Filtered list, most recently changed first. */
  list(filter: ListFilterInput = {}): Annotation[] {
    const f = parseInput(listFilterSchema, filter);
    const subtree =
      f.eId !== undefined && f.docId !== undefined
        ? subtreeOf(this.ctx.corpus.getNodes(f.docId), f.eId)
        : null;
    return repo.listAnnotations(this.ctx.db, f, subtree).map(toPublic);
  }

  /** Tags in use with their counts. */
  tags(): { name: string; count: number }[] {
    return repo.listTags(this.ctx.db);
  }

  /** Renames a tag on every annotation; renaming onto an existing tag merges the two. One undoable action. */
  renameTag(input: { from: string; to: string }): { affected: number; merged: boolean } {
    const { from, to } = parseInput(renameTagSchema, input);
    const ids = repo.idsWithTag(this.ctx.db, from);
    if (ids.length === 0) throw new LecternError('NOT_FOUND', `No annotation has the tag "${from}".`);
    const sameTag = from.toLowerCase() === to.toLowerCase();
    const merged = !sameTag && repo.idsWithTag(this.ctx.db, to).length > 0;
    inAction(this.ctx, 'tag-rename', `rename tag ${from} → ${to}`, (log) => {
      const now = this.ctx.now();
      const befores = ids.map((id) => this.stored(id));
      if (sameTag) repo.respellTag(this.ctx.db, from, to);
      for (const before of befores) {
        const tags = uniqueTags(before.tags.map((t) => (t.toLowerCase() === from.toLowerCase() ? to : t)));
        log(
          before,
          repo.saveAnnotation(this.ctx.db, edited(this.ctx, before, { ...before, tags, updated: now })),
        );
      }
      repo.pruneUnusedTags(this.ctx.db);
    });
    return { affected: ids.length, merged };
  }

  /** Open conflicts (a note and one conflict copy each), oldest note first. */
  conflicts(): ConflictInfo[] {
    return listConflicts(this.ctx);
  }

  /**
   * Resolves the conflict of `id` (the note or one of its conflict copies) in one undoable action: keep this
   * machine's version, the other one, or both as separate notes. The result travels to the other machines.
   */
  resolve(id: string, keep: ConflictChoice): Annotation {
    return resolveConflict(this.ctx, parseInput(annotationIdSchema, id), keep);
  }

  /** Reverts the last action (a whole import included); with `expect`, only when the last action is of that kind. */
  undo(expect?: ActionKind): UndoResult {
    return undoLast(this.ctx, expect);
  }

  /** Re-applies what the last undo reverted; a new action since then discards the redo, as in any editor. */
  redo(): UndoResult {
    return redoLast(this.ctx);
  }

  /** Every logged change of one annotation (the audit trail). */
  history(id: string): HistoryEntry[] {
    return historyOf(this.ctx.db, parseInput(annotationIdSchema, id));
  }

  /** Recent actions, newest first. */
  actions(limit = 50): ActionInfo[] {
    return recentActions(this.ctx.db, limit);
  }

  /**
   * Re-anchors the annotations of a document whose text changed (their docHash differs from the corpus).
   * Pass the old nodes when known, so "nearest the old place" is measured in the old text.
   */
  reanchorDocument(
    docId: string,
    oldNodes: readonly CorpusNode[] | null = null,
    confirmed: ReadonlySet<string> = new Set(),
  ): AnchorReport {
    const doc = this.document(docId);
    const stale = this.staleNotes(doc);
    const { results } = reanchor(oldNodes, this.ctx.corpus.getNodes(docId), stale, {
      newDocHash: doc.contentHash,
    });
    const applied = results.map((r) => confirmSuggestion(r, confirmed));
    return this.applyReanchoring(doc, stale, applied, false);
  }

  /**
   * Start-up pass: re-anchors every document whose text changed since its notes were made, and orphans (never
   * deletes) the notes of documents that are gone. Returns a report per document that needed work.
   */
  reanchorAll(): Record<string, AnchorReport> {
    const reports: Record<string, AnchorReport> = {};
    for (const { docId } of this.pendingReanchoring()) {
      reports[docId] = this.ctx.corpus.getDocument(docId)
        ? this.reanchorDocument(docId)
        : this.orphanDocument(docId);
    }
    return reports;
  }

  /**
   * The documents the start-up pass still has to visit (text changed since notes were made, or gone), each with
   * the number of its notes off the current text: work is left only for notes not yet re-anchored against it.
   */
  pendingReanchoring(): { docId: string; notes: number }[] {
    const states = repo.anchorStates(this.ctx.db);
    const pending: { docId: string; notes: number }[] = [];
    for (const docId of new Set(states.map((s) => s.docId))) {
      const text = this.ctx.corpus.getDocument(docId)?.contentHash ?? '';
      const mine = states.filter((s) => s.docId === docId && s.docHash !== text);
      if (mine.every((s) => s.checked === text)) continue;
      pending.push({ docId, notes: mine.length });
    }
    return pending;
  }

  /**
   * The start-up pass for one document without holding the core: notes are matched `pass.slice` at a time
   * with `pass.pause()` between slices (calls are answered meanwhile), then written in one undoable action that
   * skips any note changed in the meantime (the next start looks at it again). Cancelled, it writes nothing.
   */
  async reanchorGradually(docId: string, pass: GradualPass): Promise<AnchorReport> {
    const doc = this.ctx.corpus.getDocument(docId);
    if (!doc) return this.orphanDocument(docId);
    const stale = this.staleNotes(doc);
    const match = reanchorMatcher(null, this.ctx.corpus.getNodes(docId), { newDocHash: doc.contentHash });
    function* matchAll(): Generator<readonly [number, number], ReanchorResult[]> {
      const results: ReanchorResult[] = [];
      for (const a of stale) {
        results.push(match(a));
        yield [results.length, stale.length];
      }
      return results;
    }
    const results = await runSliced(
      matchAll(),
      pass,
      () => new LecternError('CANCELLED', 'Re-anchoring was stopped; it goes on at the next start.'),
    );
    return this.applyReanchoring(doc, stale, results, true);
  }

  /** The notes of `doc` made on another text than its current one. */
  private staleNotes(doc: DocumentMeta): StoredAnnotation[] {
    return repo
      .annotationsOfDocument(this.ctx.db, doc.docId)
      .filter((a) => a.target.docHash !== doc.contentHash);
  }

  /**
   * Writes re-anchoring outcomes as one undoable action and records them as done. With `onlyUnchanged`, a note
   * that changed (or went) since `stale` was read is left alone and not recorded, so it is looked at again.
   */
  private applyReanchoring(
    doc: DocumentMeta,
    stale: readonly StoredAnnotation[],
    results: readonly ReanchorResult[],
    onlyUnchanged: boolean,
  ): AnchorReport {
    const byId = new Map(stale.map((a) => [a.id, a]));
    const now = onlyUnchanged
      ? new Map(repo.annotationsOfDocument(this.ctx.db, doc.docId).map((a) => [a.id, JSON.stringify(a)]))
      : null;
    const kept = results.filter((r) => now === null || now.get(r.id) === JSON.stringify(byId.get(r.id)));
    inAction(this.ctx, 'reanchor', `re-anchor notes on ${doc.docId}`, (log) => {
      for (const r of kept) {
        const before = byId.get(r.id);
        if (!before) continue;
        const place = { target: r.target, continues: r.continues };
        const samePlace =
          JSON.stringify({ target: before.target, continues: before.continues }) === JSON.stringify(place);
        if (before.anchor === r.anchor && samePlace) continue;
        log(before, repo.saveAnnotation(this.ctx.db, { ...before, ...place, anchor: r.anchor }));
      }
      if (now === null) repo.recordAnchorChecks(this.ctx.db, doc.docId, doc.contentHash);
      else for (const r of kept) repo.recordAnchorCheck(this.ctx.db, r.id, doc.contentHash);
    });
    return countOutcomes(kept);
  }

  /** Marks the notes of a vanished document as orphans, keeping their targets. */
  private orphanDocument(docId: string): AnchorReport {
    const notes = repo.annotationsOfDocument(this.ctx.db, docId);
    inAction(this.ctx, 'reanchor', `orphan notes on removed ${docId}`, (log) => {
      for (const a of notes.filter((n) => n.anchor !== 'orphaned')) {
        log(a, repo.saveAnnotation(this.ctx.db, { ...a, anchor: 'orphaned' }));
      }
      repo.recordAnchorChecks(this.ctx.db, docId, '');
    });
    return { unchanged: 0, moved: 0, fuzzy: 0, review: 0, orphaned: notes.length };
  }

  /** The exchange file (`json`: W3C JSON-LD bundle with manifest; `csv`: for readers without Lectern). */
  exportNotes(options: { format: 'json' | 'csv'; docId?: string }): { text: string; count: number } {
    if (options.docId !== undefined) this.document(options.docId);
    return options.format === 'csv' ? exportCsv(this.ctx, options.docId) : exportBundle(this.ctx, options);
  }

  /** What an exchange file holds and who signed it, before anything is imported (refuses an altered file). */
  previewNotes(text: string): NotesImportPreview {
    return previewBundle(this.ctx, text);
  }

  /**
   * Verifies and merges an exchange file's text; one undoable action. Any error leaves the database unchanged;
   * an unsigned or untrusted file is refused (UNTRUSTED) unless `acceptUntrusted`.
   */
  importNotes(text: string, options: ImportOptions = {}): ImportReport {
    return importBundle(this.ctx, text, options);
  }

  /** `importNotes` placing notes a slice of time at a time with pauses (the app's import); stopped, writes nothing. */
  importNotesGradually(text: string, options: ImportOptions, pass: ImportPass): Promise<ImportReport> {
    return importBundleGradually(this.ctx, text, options, pass);
  }
}
