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

/** Kinds of logged annotation action (mirrors core/annotations/change-log.ts; checked in test/shared). */
export type ActionKind =
  'create' | 'update' | 'delete' | 'restore' | 'tag-rename' | 'import' | 'reanchor' | 'undo';

/** One logged action in the append-only change log. */
export interface ActionInfo {
  id: number;
  kind: ActionKind;
  at: string;
  author: string;
  summary: string;
  undoes: number | null;
}

/** One change of an annotation as listed in its audit history. */
export interface HistoryEntry {
  actionId: number;
  annotationId: string;
  before: Annotation | null;
  after: Annotation | null;
  kind: ActionKind;
  at: string;
  author: string;
  summary: string;
}

/** What `annotations:undo` reverted. */
export interface UndoResult {
  undone: ActionInfo;
  reverted: number;
  actionId: number | null;
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

/** A finished export (mirrors core/export/types.ts ExportResult); the path was chosen in a native dialog. */
export interface ExportResult {
  outPath: string;
  pages: number;
  notes: number;
  unanchored: number;
  bytes: number;
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

/** File formats the importer reads (mirrors core/import/limits.ts). */
export type ImportFormat = 'txt' | 'docx' | 'pdf' | 'html';

/** An imported document's metadata plus provenance and pairing (mirrors core/import/imported-repository.ts). */
export type ImportedDocument = DocumentMeta & {
  pairedWith: string | null;
  format: ImportFormat;
  fileSha256: string;
  importedAt: string;
};

/** A problem the importer noticed in a file's structure or metadata. */
export interface ImportWarning {
  code: 'numbering-gap' | 'duplicate' | 'unassigned-text' | 'no-structure' | 'metadata-missing';
  message: string;
  eId: string | null;
}

/** What an import would save, shown before committing (mirrors core/import/types.ts). */
export interface ImportPreview {
  previewId: string;
  fileName: string;
  format: ImportFormat;
  fileSha256: string;
  meta: DocumentMeta;
  detected: Omit<DocumentMeta, 'contentHash' | 'docId'> & { docId: string };
  structure: 'legal' | 'prose';
  nodes: CorpusNode[];
  counts: Partial<Record<CorpusNode['kind'], number>>;
  warnings: ImportWarning[];
  replaces: { docId: string; title: string; contentHash: string; annotations: number } | null;
}

/** How re-anchoring went for a document's annotations. */
export interface AnchorReport {
  unchanged: number;
  moved: number;
  fuzzy: number;
  orphaned: number;
}

/** The outcome of saving an import. */
export interface ImportCommitResult {
  document: ImportedDocument;
  replaced: boolean;
  reanchor: AnchorReport | null;
  warnings: ImportWarning[];
}

/** The outcome of removing an imported document. */
export interface RemoveResult {
  docId: string;
  annotationsOrphaned: number;
  annotationsDeleted: number;
}

/** Two documents side by side, provisions paired by eId. */
export interface SideBySide {
  left: DocumentMeta;
  right: DocumentMeta;
  rows: {
    eId: string;
    left: CorpusNode | null;
    right: CorpusNode | null;
    status: 'both' | 'left-only' | 'right-only';
  }[];
  summary: { both: number; leftOnly: number; rightOnly: number };
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
export type { ImportReport } from '../core/annotations/model';
export type { CrossRef, DefinedTerm } from '../core/corpus/model';
export type { SearchGroup, SearchHit, SearchResult } from '../core/search/types';
