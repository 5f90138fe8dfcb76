// Options and inputs of the exporters; a function over data, so the app, the CLI and tests call it the same way.
import type { Annotation, AnnotationColor } from '../annotations/model';
import type { CorpusNode, DocumentMeta } from '../corpus/model';

/** Which provisions the annotated PDF contains. */
export type ExportScope = 'all' | 'annotated';

/** Which annotations take part in an export; empty lists mean "no filter". */
export interface NoteFilter {
  tags?: string[];
  colors?: AnnotationColor[];
}

/** Progress callback: `done` of `total` steps (provisions laid out, drawn, notes listed). */
export type ProgressFn = (done: number, total: number) => void;

/** User-facing choices for an annotated PDF. */
export interface PdfExportOptions extends NoteFilter {
  scope?: ExportScope;
  /** Reviewer name from settings; shown on the cover, in the footer and as the PDF Author. */
  reviewer?: string;
  /** Protective marking printed in every header and footer, e.g. "CONFIDENTIAL"; empty for none. */
  marking?: string;
  /** Diagonal watermark text on every page; null or empty for none. */
  watermark?: string | null;
  /** Fixed creation date for reproducible output (tests); defaults to now. */
  createdAt?: Date;
  /** IANA time zone for the printed export time; defaults to the machine's zone. */
  timeZone?: string;
  /** Folder holding the DejaVu TTFs (the packaged app passes its resources folder). */
  fontsDir?: string;
}

/** Everything `exportAnnotatedPdf` needs; it reads no store itself. */
export interface AnnotatedPdfRequest {
  doc: DocumentMeta;
  nodes: CorpusNode[];
  annotations: Annotation[];
  options?: PdfExportOptions;
  outPath: string;
  /** Replace an existing regular file at `outPath` (the user confirmed); without it an existing file is EXISTS. */
  replace?: boolean;
  onProgress?: ProgressFn;
  signal?: AbortSignal;
}

/** What a finished export reports back (CLI `--json`, the app's toast). */
export interface ExportResult {
  outPath: string;
  pages: number;
  notes: number;
  unanchored: number;
  bytes: number;
}
