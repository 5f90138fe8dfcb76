// Response shapes of IPC calls that are not plain domain models. Domain types (documents, nodes, annotations)
// come from electron/core/**/model.ts; these describe views the shell assembles or the services return.
import type { CorpusNode, DocumentMeta } from '../core/corpus/model';
import type { Annotation, AnnotationColor } from '../core/annotations/model';

/** One table-of-contents entry: a node without its body text (the reader loads text per node). */
export type TocEntry = Pick<
  CorpusNode,
  'docId' | 'eId' | 'parentEId' | 'kind' | 'num' | 'heading' | 'order' | 'depth'
>;

/** A provision with its direct children, as the reader shows it. */
export interface NodeView {
  node: CorpusNode;
  children: CorpusNode[];
}

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

/** Reader preferences kept in user.sqlite (the keys of SETTINGS_SCHEMA in core/userdb/settings.ts). */
export interface Settings {
  reviewerName: string;
  /** `system` follows the OS light/dark preference. */
  theme: 'system' | 'light' | 'dark' | 'sepia';
  /** Width of the reading column. */
  lineWidth: 'narrow' | 'medium' | 'wide';
  /** UI and citation language. */
  locale: 'en' | 'vi';
  /** Reading text size factor (1 = default). */
  fontScale: number;
  /** Protective marking printed on exports, e.g. "CONFIDENTIAL"; empty for none. */
  marking: string;
  /** Highlight colour preselected for new annotations. */
  defaultColor: AnnotationColor;
}

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
