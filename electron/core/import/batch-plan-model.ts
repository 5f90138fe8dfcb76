// What the app's batch import shows and returns (types, re-exported through electron/shared/types): the plan
// of a batch before anything is stored, the reviewer's choice per file, and the report at the end.
import type { AnchorReport } from '../annotations/model';
import type { DocumentKind } from '../corpus/document-kinds';

/** Every choice, for the contract's schema and the preview's menus. */
export const BATCH_CHOICES = ['import', 'skip', 'replace', 'keep-both'] as const;

/** What the reviewer chose for one file: import it, leave it out, or, for a duplicate, replace or keep both. */
export type BatchChoice = (typeof BATCH_CHOICES)[number];

/** Why a file could not even be read; the renderer words these in the reviewer's language. */
export type BatchProblem = 'too-large' | 'over-total' | 'unreadable' | 'unsupported';

/** The document detected in one file, as the preview lists it. */
export interface BatchDetected {
  docId: string;
  kind: DocumentKind;
  number: string | null;
  title: string;
  language: 'en' | 'vi';
}

/** A document already present (in the library or earlier in the same batch) that a file duplicates. */
export interface BatchDuplicate {
  docId: string;
  title: string;
  /** `file`: the very same bytes; `number`: the same act number in the same language. */
  reason: 'file' | 'number';
  /** True when the other one is an earlier file of this batch, not yet in the library. */
  inBatch: boolean;
}

/** One file of the preview: ready, a duplicate awaiting a choice, or one that will be reported as failed. */
export interface BatchPlanItem {
  index: number;
  /** The file's name (relative to the chosen folder for a folder). */
  file: string;
  status: 'ready' | 'duplicate' | 'failed';
  document: BatchDetected | null;
  warnings: string[];
  duplicate: BatchDuplicate | null;
  problem: BatchProblem | null;
  /** Why it failed, from the importer, when `problem` does not say it. */
  message: string | null;
}

/** The preview of a whole batch; keep `batchId` to import it. */
export interface BatchPlan {
  batchId: string;
  items: BatchPlanItem[];
}

/** Why a reported file was not imported, worded by the renderer; null when the message says it all. */
export type BatchSkipReason = 'chosen' | 'duplicate' | 'cancelled' | BatchProblem;

/** One file of the final report (the CLI's `BatchItem` of batch.ts, with its place in the plan and a reason). */
export interface BatchRunItem {
  index: number;
  file: string;
  status: 'imported' | 'replaced' | 'skipped' | 'failed';
  docId: string | null;
  title: string | null;
  /** The document already in the library that this file duplicates. */
  duplicateOf: string | null;
  /** Why it was skipped or failed, from the importer. */
  message: string | null;
  reason: BatchSkipReason | null;
  warnings: string[];
  /** How the notes of a replaced document were re-anchored. */
  reanchor: AnchorReport | null;
}

/** The final report: every file of the plan, in order, the counts, and whether the reviewer cancelled part-way. */
export interface BatchRunResult {
  items: BatchRunItem[];
  imported: number;
  replaced: number;
  skipped: number;
  failed: number;
  tookMs: number;
  cancelled: boolean;
}
