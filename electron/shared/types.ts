// Response shapes of IPC calls that are not plain domain models. Domain types (documents, nodes, annotations)
// come from electron/core/**/model.ts; these describe views the shell assembles or the services return.
import type { CorpusNode, DocumentMeta } from '../core/corpus/model';
import type { Annotation, AnnotationColor } from '../core/annotations/model';

/** A tag with how many live annotations carry it. */
export interface TagCount {
  name: string;
  count: number;
}

/** Outcome of renaming a tag (renaming onto an existing tag merges them). */
export interface TagRenameResult {
  affected: number;
  merged: boolean;
}

/** Reader preferences kept in user.sqlite, derived from the one definition of every setting (core/userdb/model.ts). */
export type { Settings } from '../core/userdb/model';
/** Each setting's default, and the longest reviewer name or marking, from the same definition. */
export { SETTINGS_DEFAULTS, SETTING_TEXT_MAX } from '../core/userdb/model';

/** Version and environment facts for the About box. */
export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  portable: boolean;
  dataDir: string;
  /** Runtime versions (electron, chrome, node) when known. */
  versions: Record<string, string>;
  /** Which transport serves this window: the packaged app or the loopback test host. */
  shell: 'electron' | 'test-host';
}

/** One third-party component shipped in the app and its licence. */
export interface LicenseEntry {
  name: string;
  version: string;
  license: string;
}

/** Re-exported so the renderer imports every IPC-visible type from one place. */
export type { Annotation, AnnotationColor, CorpusNode, DocumentMeta };
export type {
  ActionInfo,
  ActionKind,
  AnchorReport,
  ConflictChoice,
  ConflictInfo,
  HistoryEntry,
  ImportReport,
  NotesFilePreview,
  NotesImportPreview,
  NotesSigner,
  UndoResult,
} from '../core/annotations/model';
export type { ExportResult } from '../core/export/types';
export type {
  ImportCommitResult,
  ImportedDocument,
  ImportFormat,
  ImportPreview,
  ImportWarning,
  RemoveResult,
  SideBySide,
} from '../core/import/model';
export type { CrossRef, DefinedTerm, TableCell } from '../core/corpus/model';
export type { CitationLang } from '../core/corpus/citation';
export type { KeyFilePreview, MyKey, TrustedKey } from '../core/annotations/signing/key-types';
export type {
  BatchChoice,
  BatchDetected,
  BatchDuplicate,
  BatchPlan,
  BatchPlanItem,
  BatchProblem,
  BatchRunItem,
  BatchRunResult,
  BatchSkipReason,
} from '../core/import/batch-plan-model';
export type { SearchGroup, SearchHit, SearchResult } from '../core/search/types';
