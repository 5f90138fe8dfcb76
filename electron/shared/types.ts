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

/** One ranked search hit; `source` tells a provision hit from a hit in the reviewer's own notes. */
export interface SearchHit {
  docId: string;
  eId: string;
  citation: string;
  breadcrumb: string[];
  /** HTML-escaped text with matched words wrapped in <mark>; safe to insert as HTML. */
  snippet: string;
  score: number;
  source: 'text' | 'note';
  annotationId?: string;
}

/** Hits grouped by document, in rank order, plus how long the query took. */
export interface SearchResponse {
  groups: { doc: Pick<DocumentMeta, 'docId' | 'shortTitle'>; hits: SearchHit[] }[];
  total: number;
  tookMs: number;
}

/** A tag with how many live annotations carry it. */
export interface TagCount {
  name: string;
  count: number;
}

/** What `annotations:undo` reverted, or null when there was nothing to undo. */
export interface UndoResult {
  undone: string | null;
}

/** Outcome of importing an exchange file. */
export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  rejected: { id: string | null; reason: string }[];
}

/** Where an export was written (chosen by the user in a native dialog). */
export interface ExportResult {
  path: string;
  count: number;
}

/** Reader preferences kept in user.sqlite. */
export interface Settings {
  reviewerName: string;
  theme: 'system' | 'light' | 'dark';
  language: 'en' | 'vi';
  zoom: number;
  marking: string;
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
export type { CrossRef, DefinedTerm } from '../core/corpus/model';
