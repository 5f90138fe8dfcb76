// Batch import's vocabulary and bookkeeping: what happened to each file, how duplicates are recognised (the same
// file, or the same act number in the same language as a document already in the library), and the final report.
import type { AnchorReport } from '../annotations/model';
import { explainFailure } from '../failure-messages';
import type { ImportedDocument } from './model';
import { numberKey } from './number-key';
import type { ParsedImport } from './preview';

/** What to do with a file whose document is already in the library. */
export type DuplicatePolicy = 'skip' | 'replace' | 'keep-both';

/** Every policy, for the CLI's flag and the contract's schema. */
export const DUPLICATE_POLICIES: readonly DuplicatePolicy[] = ['skip', 'replace', 'keep-both'];

/** The outcome for one file of a batch: every file is imported, replaced, skipped or failed — never ignored. */
export interface BatchItem {
  file: string;
  status: 'imported' | 'replaced' | 'skipped' | 'failed';
  docId: string | null;
  title: string | null;
  /** The document already in the library that this file duplicates. */
  duplicateOf: string | null;
  /** Why it was skipped or failed, in words for the reviewer. */
  message: string | null;
  warnings: string[];
  reanchor: AnchorReport | null;
}

/** The whole batch: one item per file, in the order given, and the counts. */
export interface BatchReport {
  items: BatchItem[];
  imported: number;
  replaced: number;
  skipped: number;
  failed: number;
  tookMs: number;
}

/** What duplicate detection knows of a document in the library (or earlier in the same batch). */
export type LibraryEntry = Pick<
  ImportedDocument,
  'docId' | 'number' | 'language' | 'fileSha256' | 'shortTitle'
>;

/** The document already present that `parsed` duplicates: the same file bytes, or the same number and language. */
export function findDuplicate(existing: readonly LibraryEntry[], parsed: ParsedImport): LibraryEntry | null {
  const { number, language } = parsed.document;
  return (
    existing.find((d) => d.fileSha256 === parsed.fileSha256) ??
    existing.find(
      (d) =>
        number !== null &&
        d.number !== null &&
        d.language === language &&
        numberKey(d.number) === numberKey(number),
    ) ??
    null
  );
}

/** The item for a duplicate left out. */
export function skipped(file: string, docId: string, duplicate: LibraryEntry): BatchItem {
  const same = `"${duplicate.shortTitle}" (${duplicate.docId})`;
  return {
    file,
    status: 'skipped',
    docId: null,
    title: null,
    duplicateOf: duplicate.docId,
    message: `${docId} duplicates ${same}, already in the library; skipped (choose replace or keep both to import it).`,
    warnings: [],
    reanchor: null,
  };
}

/** The item for a file that could not be imported, with the reason the reviewer can act on. */
export function failed(file: string, error: unknown): BatchItem {
  const explained = explainFailure(error, file);
  const message =
    explained?.message ??
    `Lectern could not import ${file} because of an internal error (${error instanceof Error ? error.message : String(error)}).`;
  return {
    file,
    status: 'failed',
    docId: null,
    title: null,
    duplicateOf: null,
    message,
    warnings: [],
    reanchor: null,
  };
}

/** Counts the items into the batch report. */
export function batchReport(items: BatchItem[], tookMs: number): BatchReport {
  const count = (s: BatchItem['status']): number => items.filter((i) => i.status === s).length;
  return {
    items,
    imported: count('imported'),
    replaced: count('replaced'),
    skipped: count('skipped'),
    failed: count('failed'),
    tookMs: Math.round(tookMs),
  };
}
