// The IPC contract: every channel (`domain:verb`), its zod request schema, its response type and its size limit.
// Main, preload, the loopback test host and the renderer all derive from this one table. Annotation inputs are
// parsed with the annotation core's own schemas, so the boundary and the service can never disagree.
import { z } from 'zod';
import { ANNOTATION_COLORS } from '../core/annotations/model';
import {
  annotationIdSchema,
  attachAnnotationSchema,
  MAX_NOTE_LENGTH,
  MAX_PASSAGE_PARTS,
  createAnnotationSchema,
  listFilterSchema,
  renameTagSchema,
  resolveConflictSchema,
  tagNameSchema,
  updateAnnotationSchema,
} from '../core/annotations/schemas';
import type { ConflictInfo, ImportReport, NotesFilePreview } from '../core/annotations/model';
import type { KeyFilePreview, MyKey, TrustedKey } from '../core/annotations/signing/key-types';
import { BATCH_CHOICES } from '../core/import/batch-plan-model';
import {
  importCommitRequestSchema,
  metaEditsSchema,
  pairRequestSchema,
  removeRequestSchema,
  sideBySideRequestSchema,
} from '../core/import/schemas';
import type { SearchResult } from '../core/search/types';
import { SETTINGS_PATCH_SCHEMA, SETTINGS_SCHEMA } from '../core/userdb/model';
import type { ReadingPosition } from '../core/userdb/model';
import {
  MAX_BATCH_FILES,
  MAX_DROP_FILE_BYTES,
  MAX_DROP_TOTAL_BYTES,
  MAX_DROPPED_FILES,
  base64Length,
} from './batch-limits';
import { CHANNEL_NAMES } from './channels';
import { normalizeUserText } from './user-text';
import type { ChannelName } from './channels';
import type {
  Annotation,
  AppInfo,
  BatchPlan,
  BatchRunResult,
  CorpusNode,
  CrossRef,
  DefinedTerm,
  DocumentMeta,
  ExportResult,
  HistoryEntry,
  ImportCommitResult,
  ImportedDocument,
  ImportPreview,
  RemoveResult,
  SideBySide,
  LicenseEntry,
  Settings,
  TagCount,
  TagRenameResult,
  UndoResult,
} from './types';

/** Default ceiling on a request's serialised size; generous for ids and queries, tight enough to stop floods. */
export const DEFAULT_MAX_REQUEST_CHARS = 16 * 1024;

/** The longest note (core/annotations/schemas.ts), re-exported for the renderer; calls carrying one get more room. */
export const NOTE_MAX_CHARS = MAX_NOTE_LENGTH;

/** Longest query accepted at the boundary; search itself cuts long queries to a sane length and answers. */
const QUERY_MAX_CHARS = 10_000;

const docId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'a document id such as decree-63-2020');
const eId = z.string().regex(/^[a-z0-9][a-z0-9_]{0,159}$/, 'a provision id such as art_6__cl_1');
const jobId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'a job id');
const color = z.enum(ANNOTATION_COLORS);
/**
 * True once the user confirmed replacing the existing file at the chosen path (the renderer's dialog after an
 * EXISTS answer). A path from a save dialog that itself asks before replacing counts as confirmed anyway.
 */
const replace = z.boolean().optional();
const fingerprint = z.string().max(100);
const empty = z.strictObject({});
const byId = z.strictObject({ id: annotationIdSchema });
const batchId = z.uuid('a batch id');
/** A dropped file's name as the OS shows it: never a path (no separators), no control characters. */
const droppedName = z
  .string()
  .min(1)
  .max(255)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a display name may not carry
  .regex(/^[^/\\\u0000-\u001f]+$/u, 'a file name without folders');
/** One dropped file: its bytes as base64, or why the renderer could not send them (the core reports it). */
const droppedFile = z.union([
  z.strictObject({
    name: droppedName,
    data: z
      .string()
      .max(base64Length(MAX_DROP_FILE_BYTES))
      .regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'base64 bytes'),
  }),
  z.strictObject({
    name: droppedName,
    problem: z.enum(['too-large', 'over-total', 'unreadable', 'unsupported']),
  }),
]);

/** Marks the response type of a channel; zod validates requests only (responses come from trusted main code). */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- a phantom marker: the type argument is its whole purpose
function returns<T>(): T {
  return undefined as T;
}

/** Declares one channel; `maxChars` bounds `JSON.stringify(request).length`. */
function channel<S extends z.ZodType, R>(request: S, response: R, maxChars = DEFAULT_MAX_REQUEST_CHARS) {
  return { request, response, maxChars };
}

/** Every invokable channel. Paths never travel from the renderer: imports and exports use native dialogs. */
export const contract = {
  'app:info': channel(empty, returns<AppInfo>()),
  'app:licenses': channel(empty, returns<LicenseEntry[]>()),

  'documents:list': channel(empty, returns<DocumentMeta[]>()),
  'documents:get': channel(z.strictObject({ docId }), returns<DocumentMeta>()),
  'documents:nodes': channel(z.strictObject({ docId }), returns<CorpusNode[]>()),
  'documents:refs': channel(z.strictObject({ docId }), returns<CrossRef[]>()),
  'documents:terms': channel(z.strictObject({ docId }), returns<DefinedTerm[]>()),

  /** Opens a native open dialog and parses the chosen file; nothing is stored. Null when cancelled. */
  'documents:importPreview': channel(
    z.strictObject({ edits: metaEditsSchema.optional() }),
    returns<ImportPreview | null>(),
  ),
  /** Saves a preview with the reviewer's final metadata edits (a newer version re-anchors its notes). */
  'documents:importCommit': channel(importCommitRequestSchema, returns<ImportCommitResult>()),
  /**
   * Batch import, step 1 from a native dialog: several files (multi-select) or a folder (sub-folders included).
   * Every file is read and listed with its document, warnings and duplicates; nothing is stored. Null when
   * cancelled. Reading progress on `job:progress` when `jobId` is given; `export:cancel` with it stops the
   * reading between two files (null, nothing kept).
   */
  'documents:batchChoose': channel(
    z.strictObject({ source: z.enum(['files', 'folder']), jobId: jobId.optional() }),
    returns<BatchPlan | null>(),
  ),
  /**
   * Batch import, step 1 for files dropped onto the window: their names and bytes, never their paths. Null when
   * `export:cancel` stopped the reading (as for batchChoose).
   */
  'documents:batchDrop': channel(
    z.strictObject({ dropped: z.array(droppedFile).min(1).max(MAX_DROPPED_FILES), jobId: jobId.optional() }),
    returns<BatchPlan | null>(),
    base64Length(MAX_DROP_TOTAL_BYTES) + MAX_DROPPED_FILES * 400 + 256,
  ),
  /**
   * Batch import, step 2: imports the plan with a choice per file (a file without one: imported when new,
   * skipped when a duplicate). Progress per file on `job:progress`; `export:cancel` with the same jobId stops it
   * between two files (those imported stay imported). The result reports every file of the plan.
   */
  'documents:batchImport': channel(
    z.strictObject({
      batchId,
      jobId,
      choices: z
        .array(z.strictObject({ index: z.int().min(0).max(MAX_BATCH_FILES), choice: z.enum(BATCH_CHOICES) }))
        .max(MAX_BATCH_FILES),
    }),
    returns<BatchRunResult>(),
    MAX_BATCH_FILES * 48 + 256,
  ),
  /** Forgets a batch preview closed without importing; false when it had already expired. */
  'documents:batchDiscard': channel(z.strictObject({ batchId }), returns<boolean>()),
  'documents:imported': channel(empty, returns<ImportedDocument[]>()),
  /** Removes an imported document; its notes become orphans unless deletion is confirmed. */
  'documents:remove': channel(removeRequestSchema, returns<RemoveResult>()),
  'documents:pair': channel(pairRequestSchema, returns<ImportedDocument>()),
  'documents:sideBySide': channel(sideBySideRequestSchema, returns<SideBySide>()),

  'search:query': channel(
    z.strictObject({
      query: z.string().max(QUERY_MAX_CHARS),
      docId: docId.optional(),
      /** A chapter (`chp_2`) or a provision and its descendants (`art_6`). */
      scope: eId.optional(),
      limit: z.int().min(1).max(200).optional(),
      /** The interface language: hits in named blocks (preamble, footnote) are labelled in it; default English. */
      locale: SETTINGS_SCHEMA.locale.schema.optional(),
    }),
    returns<SearchResult>(),
  ),

  // JSON escaping can double a note's length (quotes, backslashes), and create carries a note and a quote.
  'annotations:create': channel(
    createAnnotationSchema,
    returns<Annotation>(),
    NOTE_MAX_CHARS * 4 + MAX_PASSAGE_PARTS * 512 + 4096,
  ),
  'annotations:update': channel(updateAnnotationSchema, returns<Annotation>(), NOTE_MAX_CHARS * 2 + 4096),
  'annotations:delete': channel(byId, returns<Annotation>()),
  'annotations:restore': channel(byId, returns<Annotation>()),
  'annotations:list': channel(listFilterSchema, returns<Annotation[]>()),
  'annotations:history': channel(byId, returns<HistoryEntry[]>()),
  /** Reverts the last action; `expect` refuses (nothing undone) unless the last action is of that kind. */
  'annotations:undo': channel(
    z.strictObject({ expect: z.enum(['resolve', 'attach']).optional() }),
    returns<UndoResult>(),
  ),
  /** Re-applies what the last undo reverted (from the change log, so it survives a restart). */
  'annotations:redo': channel(empty, returns<UndoResult>()),
  /** Open exchange conflicts: a note, one conflict copy, and which of the two is this machine's version. */
  'annotations:conflicts': channel(empty, returns<ConflictInfo[]>()),
  /** Keep mine / theirs / both, in one undoable action; returns the note as it is afterwards. */
  'annotations:resolve': channel(resolveConflictSchema, returns<Annotation>()),
  'annotations:attach': channel(attachAnnotationSchema, returns<Annotation>(), NOTE_MAX_CHARS + 4096),
  /** Opens a native save dialog; null when the user cancels it. */
  'annotations:export': channel(
    z.strictObject({ format: z.enum(['json', 'csv']), docId: docId.optional(), replace }),
    returns<{ outPath: string; count: number } | null>(),
  ),
  /**
   * Imports the bundle of `previewId` (from `annotations:importPreview`), or one chosen now in a native open
   * dialog (null when cancelled). Unsigned or untrusted bundles fail with UNTRUSTED unless `acceptUntrusted`.
   */
  'annotations:import': channel(
    z.strictObject({ jobId, previewId: z.uuid().optional(), acceptUntrusted: z.boolean().optional() }),
    returns<ImportReport | null>(),
  ),
  /** Native open dialog, then what the bundle holds and who signed it; nothing imported (null when cancelled). */
  'annotations:importPreview': channel(empty, returns<NotesFilePreview | null>()),
  /** My name and signing-key fingerprint (the key is made at first use). */
  'keys:mine': channel(empty, returns<MyKey>()),
  /** Writes my public key file through a native save dialog; null when cancelled. */
  'keys:export': channel(
    z.strictObject({ replace }),
    returns<{ outPath: string; fingerprint: string } | null>(),
  ),
  /** Reads a colleague's key file chosen in a native open dialog and shows its fingerprint; trusts nothing. */
  'keys:read': channel(empty, returns<KeyFilePreview | null>()),
  /** Trusts the key file last read, only when `fingerprint` is the one the reviewer confirmed with its holder. */
  'keys:trust': channel(z.strictObject({ fingerprint }), returns<TrustedKey>()),
  'keys:list': channel(empty, returns<TrustedKey[]>()),
  'keys:remove': channel(z.strictObject({ fingerprint }), returns<TrustedKey>()),

  'tags:list': channel(empty, returns<TagCount[]>()),
  /** Renaming onto an existing tag merges the two. */
  'tags:rename': channel(renameTagSchema, returns<TagRenameResult>()),

  /** Annotated PDF of one document; native save dialog; progress on `job:progress` with the same jobId. */
  'export:pdf': channel(
    z.strictObject({
      jobId,
      docId,
      scope: z.enum(['all', 'annotated']).optional(),
      marking: SETTINGS_SCHEMA.marking.schema.optional(),
      tags: z.array(tagNameSchema).max(50).optional(),
      colors: z.array(color).max(8).optional(),
      watermark: z.string().overwrite(normalizeUserText).max(120).optional(),
      replace,
    }),
    returns<ExportResult | null>(),
  ),
  /** Notes report (PDF or Markdown) for one document or all (`docId` omitted). */
  'export:notes': channel(
    z.strictObject({ jobId, docId: docId.optional(), format: z.enum(['pdf', 'md']), replace }),
    returns<ExportResult | null>(),
  ),
  /** Cancels a running export or import; true when a job with that id was running. */
  'export:cancel': channel(z.strictObject({ jobId }), returns<boolean>()),

  'settings:get': channel(empty, returns<Settings>()),
  /** Changes some settings; each value is checked by its setting's own schema (core/userdb/model.ts). */
  'settings:update': channel(SETTINGS_PATCH_SCHEMA, returns<Settings>()),

  /** Where the reviewer last was in a document; null when never opened or that provision no longer exists. */
  'reading:getPosition': channel(z.strictObject({ docId }), returns<ReadingPosition | null>()),
  /** Remembers the provision at the top of the reader for a document (one row per document). */
  'reading:setPosition': channel(z.strictObject({ docId, eId }), returns<ReadingPosition>()),
} as const;

/** The contract table's type. */
type Contract = typeof contract;
/** Every channel name, e.g. `annotations:create`. */
export type Channel = keyof Contract;
/** The validated request type of a channel. */
export type RequestOf<C extends Channel> = z.output<Contract[C]['request']>;
/** What the renderer may pass (before zod defaults/trim). */
export type RequestInputOf<C extends Channel> = z.input<Contract[C]['request']>;
/** The response value type of a channel. */
export type ResponseOf<C extends Channel> = Contract[C]['response'];

/** All channel names at run time (the preload and the host build their APIs from this list). */
export const CHANNELS: readonly Channel[] = CHANNEL_NAMES;

// Compile-time: channels.ts and the contract table list exactly the same names.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Always true; exported so the compile-time agreement check above is not dead code. */
export const CHANNEL_LISTS_AGREE: SameKeys<ChannelName, Channel> = true;

/** True when `name` is a contract channel; used on untrusted input (HTTP paths, IPC channel names). */
export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}
