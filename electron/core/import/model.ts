// The import feature's data shapes, types only, so the IPC contract and the renderer share them with the core.
import type { AnchorReport } from '../annotations/model';
import type { CorpusNode, DocumentMeta } from '../corpus/model';

/** The formats the importer understands, named by their usual file extension. */
export type ImportFormat = 'txt' | 'docx' | 'pdf' | 'html';

/** Provenance and pairing kept with an imported document. */
export interface ImportedInfo {
  pairedWith: string | null;
  format: ImportFormat;
  fileSha256: string;
  importedAt: string;
}

/** An imported document's metadata plus its provenance and pairing. */
export type ImportedDocument = DocumentMeta & ImportedInfo;

/** Metadata as detected, before the user edits it; `docId` is chosen by the import service. */
export type DetectedMeta = Omit<DocumentMeta, 'contentHash' | 'docId'>;

/** One finding of the preview; `eId` points at the place in the detected tree when there is one. */
export interface ImportWarning {
  code:
    | 'numbering-gap'
    | 'duplicate'
    | 'unassigned-text'
    | 'no-structure'
    | 'metadata-missing'
    /** Detection had to choose (several numbers, a head word and a number naming different kinds): check it. */
    | 'metadata-uncertain'
    /** A line the structure rules could not place with confidence (named by its line in the source text). */
    | 'structure-uncertain';
  message: string;
  eId: string | null;
}

/** A preview of one import; commit it with `ImportService.commit(previewId, edits)`. */
export interface ImportPreview {
  previewId: string;
  fileName: string;
  format: ImportFormat;
  fileSha256: string;
  /** The metadata that would be saved (detected, then edited), with the content hash of the parsed text. */
  meta: DocumentMeta;
  /** What detection proposed before any edit. */
  detected: DetectedMeta & { docId: string };
  structure: 'legal' | 'prose';
  nodes: CorpusNode[];
  counts: Partial<Record<CorpusNode['kind'], number>>;
  warnings: ImportWarning[];
  /** Set when saving replaces an imported document with the same id (its notes will be re-anchored). */
  replaces: {
    docId: string;
    title: string;
    contentHash: string;
    annotations: number;
    /** Where each note would go, worked out before anything is written. */
    plan: ReanchorPlanItem[];
    report: AnchorReport;
  } | null;
}

/** One note's fate in a replacement, shown before the reviewer confirms the import. */
export interface ReanchorPlanItem {
  annotationId: string;
  outcome: 'unchanged' | 'moved' | 'fuzzy' | 'review' | 'orphaned';
  /** How sure the new place is, 0–1. */
  score: number;
  /** The provision the note is on now, and where it would be (null: it stays unanchored). */
  fromEId: string;
  toEId: string | null;
  /** For 'review': the suggested provision, applied only if the reviewer confirms this note's id at commit. */
  suggestedEId: string | null;
  /** The quoted words, or null for a note on a whole provision; and the start of the note, to recognise it. */
  quote: string | null;
  note: string;
}

/** The outcome of saving an import. */
export interface ImportCommitResult {
  document: ImportedDocument;
  /** True when an earlier version with the same id was replaced. */
  replaced: boolean;
  /** How the document's annotations fared; null when it had none. */
  reanchor: AnchorReport | null;
  warnings: ImportWarning[];
}

/** The outcome of removing an imported document. */
export interface RemoveResult {
  docId: string;
  annotationsOrphaned: number;
  annotationsDeleted: number;
}

/** One row of the side-by-side view: the provision on each side, or null where one side lacks it. */
export interface AlignedRow {
  eId: string;
  left: CorpusNode | null;
  right: CorpusNode | null;
  status: 'both' | 'left-only' | 'right-only';
}

/** Counts of an alignment, for the pairing summary ("84 of 86 provisions matched"). */
export interface AlignmentSummary {
  both: number;
  leftOnly: number;
  rightOnly: number;
}

/** Two documents read side by side, provisions paired by eId. */
export interface SideBySide {
  left: DocumentMeta;
  right: DocumentMeta;
  rows: AlignedRow[];
  summary: AlignmentSummary;
}
