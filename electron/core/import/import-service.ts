// The import service the IPC layer and the CLI call: preview a file, commit it (a new document, or a newer
// version whose annotations are re-anchored), remove it (its notes orphaned or deleted), pair it with its
// translation, and read two paired documents side by side. Every change is one user.sqlite transaction.
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { inAction } from '../annotations/context';
import * as notesRepo from '../annotations/repository';
import { parseInput } from '../annotations/schemas';
import { AnnotationService } from '../annotations/service';
import type { ExclusionRules } from '../corpus/ingest/source-lines';
import type { CorpusReader } from '../corpus/model';
import { LecternError } from '../errors';
import { alignByEId, alignmentSummary } from './align';
import type { LibraryEntry } from './batch';
import { CombinedReader } from './combined-reader';
import * as repo from './imported-repository';
import type { MetaEdits, ParsedImport, PreviewInput, ReparseInput } from './preview';
import { reparseSourceOf } from './preview';
import { resolveDocId } from './resolve-id';
import { metaEditsSchema } from './schemas';
import type { ImportCommitResult, ImportedDocument, ImportPreview, RemoveResult, SideBySide } from './model';
import { planReanchoring } from './reanchor-plan';
import { toPreview } from './types';
import { parseInWorker, reparseInWorker } from './worker/parse-in-worker';

/** Turns a file into a parse: a worker thread by default (parseInWorker), or any function of the same shape. */
export type FileParser = (input: PreviewInput) => Promise<ParsedImport>;

/** Parses extracted text again with other metadata: the parse worker by default (reparseInWorker), like a file. */
export type TextParser = (input: ReparseInput) => Promise<ParsedImport>;

/** What the service needs; pass `annotations` when the app already has one over a CombinedReader on `db`. */
export interface ImportServiceDeps {
  /** The open user.sqlite. */
  db: Database.Database;
  /** The bundled corpus (read-only). */
  bundled: CorpusReader;
  annotations?: AnnotationService;
  clock?: () => Date;
  /**
   * How a file is parsed: by default in its own worker thread with a heap cap, a time budget and cancellation
   * (parseInWorker); `parseImportFile` parses on the calling thread (the worker itself, benchmarks' baseline).
   */
  parse?: FileParser;
  /** How a commit with edited metadata parses the text again; in the same kind of worker as `parse` by default. */
  reparse?: TextParser;
  /**
   * Called after a document was committed or removed (its id), or after a batch (null), so the host brings
   * search up to date with just those documents.
   */
  onChange?: (docId: string | null) => void;
}

const MAX_PENDING = 8;

/** Imports documents into user.sqlite and keeps search and annotations in step. */
export class ImportService {
  readonly reader: CombinedReader;
  readonly annotations: AnnotationService;
  private readonly db: Database.Database;
  private readonly now: () => string;
  private readonly onChange: (docId: string | null) => void;
  private readonly parse: FileParser;
  private readonly reparse: TextParser;
  private readonly pending = new Map<string, { parsed: ParsedImport; input: PreviewInput }>();

  constructor(deps: ImportServiceDeps) {
    this.db = deps.db;
    this.reader = new CombinedReader(deps.bundled, deps.db);
    this.annotations =
      deps.annotations ?? new AnnotationService({ db: deps.db, corpus: this.reader, clock: deps.clock });
    const clock = deps.clock ?? (() => new Date());
    this.now = () => clock().toISOString();
    this.onChange = deps.onChange ?? (() => undefined);
    this.parse = deps.parse ?? ((input) => parseInWorker(input));
    this.reparse = deps.reparse ?? ((input) => reparseInWorker(input));
  }

  /** Parses a file (in a worker by default) and settles its id; nothing is stored. */
  async parseFile(input: PreviewInput): Promise<ParsedImport> {
    return await this.settleId(await this.parse(input), input.edits);
  }

  /** Id, number, language, file hash and short title of every imported document (duplicate checks, per file). */
  libraryEntries(): LibraryEntry[] {
    return repo.listImportedKeys(this.db);
  }

  /** Imported documents with provenance and pairing, in import order. */
  list(): ImportedDocument[] {
    return repo.listImported(this.db);
  }

  /** Parses a file and returns what would be saved; nothing is stored. Keep `previewId` to commit it. */
  async preview(input: PreviewInput): Promise<ImportPreview> {
    const parsed = await this.parseFile(input);
    const previewId = randomUUID();
    this.pending.set(previewId, { parsed, input: { ...input, bytes: new Uint8Array(0) } });
    while (this.pending.size > MAX_PENDING) this.pending.delete(this.pending.keys().next().value ?? '');
    return toPreview(previewId, parsed, this.replaces(parsed));
  }

  /**
   * Saves a previewed import, with the user's metadata edits applied on top of the preview's. `confirm` lists
   * notes whose suggested new place (outcome 'review' in the preview's plan) the reviewer accepted; every other
   * uncertain note stays unanchored.
   */
  async commit(
    previewId: string,
    rawEdits: MetaEdits = {},
    confirm: readonly string[] = [],
  ): Promise<ImportCommitResult> {
    const edits = parseInput(metaEditsSchema, rawEdits);
    const entry = this.pending.get(previewId);
    if (entry === undefined) {
      throw new LecternError(
        'NOT_FOUND',
        'This import preview has expired; open the file again to import it.',
      );
    }
    const { parsed } = entry;
    const changed = Object.keys(edits).length > 0;
    const meta: MetaEdits = { ...parsed.document, ...edits };
    delete (meta as { contentHash?: string }).contentHash;
    // Edited metadata parses the text again, in the parse worker like the file itself (heap cap, time budget).
    const final = changed ? await this.reparseWith(parsed, meta, entry.input.exclude) : parsed;
    // A second commit of the same preview while this one was parsing: only one of them saves.
    if (!this.pending.delete(previewId)) {
      throw new LecternError(
        'NOT_FOUND',
        'This import preview has expired; open the file again to import it.',
      );
    }
    return this.save(final, new Set(confirm));
  }

  /** Preview and commit in one step (CLI, scripted imports); `confirm` as for `commit`. */
  async importFile(input: PreviewInput, confirm: readonly string[] = []): Promise<ImportCommitResult> {
    const parsed = await this.parseFile(input);
    return this.save(parsed, new Set(confirm));
  }

  /** Chooses the stored id: a proposed id steps aside for bundled documents and other-language imports. */
  async settleId(parsed: ParsedImport, edits: MetaEdits | undefined): Promise<ParsedImport> {
    const explicit = edits?.docId !== undefined;
    const docId = resolveDocId(parsed.document, explicit, this.reader);
    if (docId === parsed.document.docId) return parsed;
    return this.reparseWith(parsed, { ...edits, docId, language: parsed.document.language });
  }

  /**
   * Parses a parse's text again with other metadata, in the parse worker by default: a commit with edits, an id
   * stepping aside or a batch's duplicate kept beside runs under the same heap cap and time budget as the file.
   */
  reparseWith(parsed: ParsedImport, edits: MetaEdits, exclude?: ExclusionRules): Promise<ParsedImport> {
    return this.reparse({
      text: parsed.text,
      source: reparseSourceOf(parsed),
      edits,
      ...(exclude === undefined ? {} : { exclude }),
    });
  }

  /** What a commit would replace, with where each of its notes would go (computed, nothing written). */
  private replaces(parsed: ParsedImport): ImportPreview['replaces'] {
    const docId = parsed.document.docId;
    const existing = repo.getImported(this.db, docId);
    if (existing === null) return null;
    const notes = notesRepo.annotationsOfDocument(this.db, docId).filter((a) => a.deleted === null);
    const { plan, report } = planReanchoring(
      repo.importedNodes(this.db, docId),
      parsed.nodes,
      notes,
      parsed.document.contentHash,
    );
    return {
      docId,
      title: existing.title,
      contentHash: existing.contentHash,
      annotations: notes.length,
      plan,
      report,
    };
  }

  /**
   * Saves a parsed import in one transaction, re-anchoring the notes of a replaced version. `deferIndex` (batch
   * import) leaves telling the host to `storeIndex`, called once at the end of the batch.
   */
  save(
    p: ParsedImport,
    confirmed: ReadonlySet<string> = new Set(),
    options: { deferIndex?: boolean } = {},
  ): ImportCommitResult {
    const docId = p.document.docId;
    if (this.reader.isBundled(docId)) {
      throw new LecternError(
        'CONFLICT',
        `"${docId}" is a bundled document, which cannot be replaced; choose another id.`,
      );
    }
    const result = this.db.transaction((): ImportCommitResult => {
      const existing = repo.getImported(this.db, docId);
      const oldNodes = existing === null ? null : repo.importedNodes(this.db, docId);
      repo.saveImported(this.db, {
        document: p.document,
        info: {
          pairedWith: existing?.pairedWith ?? null,
          format: p.format,
          fileSha256: p.fileSha256,
          importedAt: this.now(),
        },
        nodes: p.nodes,
        refs: p.refs,
        terms: p.terms,
      });
      const notes = notesRepo.annotationsOfDocument(this.db, docId);
      // Live notes already made on this very text (the same text from another file) stay exactly where they are.
      const onSameText = notes.filter(
        (a) => a.deleted === null && a.anchor !== 'orphaned' && a.target.docHash === p.document.contentHash,
      ).length;
      const restored = this.restoreOrphans(docId, p.document.contentHash);
      const reanchor =
        notes.length > 0 ? this.annotations.reanchorDocument(docId, oldNodes, confirmed) : null;
      if (reanchor !== null) reanchor.unchanged += restored + onSameText;
      const document = repo.getImported(this.db, docId);
      if (document === null) throw new LecternError('INTERNAL', `The import of ${docId} was not saved.`);
      return { document, replaced: existing !== null, reanchor, warnings: p.warnings };
    })();
    if (options.deferIndex !== true) this.onChange(docId);
    return result;
  }

  /** Tells the host that a batch changed several documents, so search catches up with all of them. */
  storeIndex(): void {
    this.onChange(null);
  }

  /** Whether an imported document holds `docId`. */
  hasImported(docId: string): boolean {
    return repo.getImported(this.db, docId) !== null;
  }

  /**
   * Notes orphaned when this very text was removed (their docHash is the text's hash) point at valid places
   * again once it is back: they are re-attached as they were. Returns how many.
   */
  private restoreOrphans(docId: string, contentHash: string): number {
    const orphans = notesRepo
      .annotationsOfDocument(this.db, docId)
      .filter((a) => a.anchor === 'orphaned' && a.target.docHash === contentHash);
    inAction(this.annotations.ctx, 'reanchor', `re-attach notes of re-imported ${docId}`, (log) => {
      for (const a of orphans) {
        notesRepo.saveAnnotation(this.db, { ...a, anchor: 'anchored' });
        log(a, notesRepo.getAnnotation(this.db, a.id));
      }
    });
    return orphans.length;
  }

  /** Removes an imported document; its notes stay as orphans unless `deleteAnnotations` (soft delete, undoable). */
  remove(docId: string, options: { deleteAnnotations?: boolean } = {}): RemoveResult {
    if (this.reader.isBundled(docId)) {
      throw new LecternError('CONFLICT', `"${docId}" is a bundled document and cannot be removed.`);
    }
    if (repo.getImported(this.db, docId) === null) {
      throw new LecternError('NOT_FOUND', `No imported document "${docId}".`);
    }
    const result = this.db.transaction((): RemoveResult => {
      const live = notesRepo.annotationsOfDocument(this.db, docId).filter((a) => a.deleted === null);
      let orphaned = 0;
      if (options.deleteAnnotations === true) for (const a of live) this.annotations.delete(a.id);
      else {
        inAction(this.annotations.ctx, 'reanchor', `orphan notes of removed ${docId}`, (log) => {
          for (const a of live.filter((x) => x.anchor !== 'orphaned')) {
            notesRepo.saveAnnotation(this.db, { ...a, anchor: 'orphaned' });
            log(a, notesRepo.getAnnotation(this.db, a.id));
            orphaned++;
          }
        });
      }
      for (const d of repo.listImported(this.db))
        if (d.pairedWith === docId) repo.setPairedWith(this.db, d.docId, null);
      repo.deleteImported(this.db, docId);
      return {
        docId,
        annotationsOrphaned: orphaned,
        annotationsDeleted: options.deleteAnnotations === true ? live.length : 0,
      };
    })();
    this.onChange(docId);
    return result;
  }

  /** Pairs an imported document with its original or translation (bundled or imported); null unpairs. */
  pair(docId: string, otherDocId: string | null): ImportedDocument {
    const doc = repo.getImported(this.db, docId);
    if (doc === null) throw new LecternError('NOT_FOUND', `No imported document "${docId}".`);
    if (otherDocId !== null) {
      const other = this.reader.getDocument(otherDocId);
      if (other === null) throw new LecternError('NOT_FOUND', `No document "${otherDocId}".`);
      if (otherDocId === docId)
        throw new LecternError('INVALID_INPUT', 'A document cannot be paired with itself.');
      if (other.language === doc.language) {
        throw new LecternError(
          'INVALID_INPUT',
          `${docId} and ${otherDocId} are both in the same language; pair an original with its translation.`,
        );
      }
    }
    this.db.transaction(() => {
      if (doc.pairedWith !== null && repo.getImported(this.db, doc.pairedWith)?.pairedWith === docId) {
        repo.setPairedWith(this.db, doc.pairedWith, null);
      }
      repo.setPairedWith(this.db, docId, otherDocId);
      if (otherDocId !== null && repo.getImported(this.db, otherDocId) !== null)
        repo.setPairedWith(this.db, otherDocId, docId);
    })();
    this.onChange(docId);
    const saved = repo.getImported(this.db, docId);
    if (saved === null) throw new LecternError('INTERNAL', `Lost ${docId} while pairing.`);
    return saved;
  }

  /** A document and its pair (or `otherDocId`) aligned by eId for side-by-side reading. */
  sideBySide(docId: string, otherDocId?: string): SideBySide {
    const left = this.reader.getDocument(docId);
    if (left === null) throw new LecternError('NOT_FOUND', `No document "${docId}".`);
    const otherId =
      otherDocId ??
      repo.getImported(this.db, docId)?.pairedWith ??
      repo.listImported(this.db).find((d) => d.pairedWith === docId)?.docId;
    if (otherId === undefined) {
      throw new LecternError('NOT_FOUND', `${docId} is not paired with another document; pair it first.`);
    }
    const right = this.reader.getDocument(otherId);
    if (right === null) throw new LecternError('NOT_FOUND', `No document "${otherId}".`);
    const rows = alignByEId(this.reader.getNodes(docId), this.reader.getNodes(otherId));
    return { left, right, rows, summary: alignmentSummary(rows) };
  }
}
