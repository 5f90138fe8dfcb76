// The app's batch import in two steps: `plan` reads every file (chosen in a dialog, or dropped onto the window as
// bytes) and lists what each holds and what it duplicates, storing nothing; `run` imports the plan with the
// reviewer's choice per file, each file in its own transaction, checking for cancellation between files, and
// reports every file. A plan keeps its sources, not the parsed documents, so a folder of hundreds costs no memory
// between the two steps: each file is parsed again when imported (and its duplicate checked again then).
import { randomUUID } from 'node:crypto';
import { LecternError } from '../errors';
import type { BatchItem, DuplicatePolicy, LibraryEntry } from './batch';
import { batchReport, failed, findDuplicate } from './batch';
import { importBatchFile } from './batch-import-one';
import type {
  BatchChoice,
  BatchPlan,
  BatchPlanItem,
  BatchProblem,
  BatchRunItem,
  BatchRunResult,
  BatchSkipReason,
} from './batch-plan-model';
import type { ImportService } from './import-service';
import { MAX_IMPORT_BYTES } from './limits';
import type { ParsedImport } from './preview';

/** One file of a batch: something to read, or a problem the host already found (too large, unreadable…). */
export type BatchSource =
  | { file: string; read: () => { fileName: string; bytes: Uint8Array } }
  | { file: string; problem: BatchProblem };

/** Where a batch is: reading for the plan, or importing; `done` of `total` files are finished. */
export interface BatchStep {
  index: number;
  file: string;
  status: 'reading' | 'importing' | BatchItem['status'];
  done: number;
  total: number;
}

/** Plans kept at once; an older one is dropped (its import then says the preview expired). */
const MAX_PLANS = 2;

/** Lets queued messages (a Cancel click, other windows' calls) in between two files. */
const yieldTurn = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });

const PROBLEM_MESSAGES: Record<BatchProblem, string> = {
  'too-large': `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, the most Lectern imports.`,
  'over-total': 'Not read: the files dropped at once are too large together; drop fewer at a time.',
  unreadable: 'The file could not be read (a folder? use Import folder… instead).',
  unsupported: 'Not a format Lectern imports (TXT, DOCX, PDF, HTML).',
};

/** Batches planned but not yet imported, by id. */
/** Whether `signal` has fired (read afresh: it can fire while a file is parsed). */
const aborted = (signal: AbortSignal | undefined): boolean => signal?.aborted === true;

export class BatchSessions {
  private readonly plans = new Map<string, { sources: BatchSource[]; plan: BatchPlan }>();

  constructor(private readonly service: ImportService) {}

  /** Reads every source and says what it holds; nothing is stored. Null when `signal` aborts (between files). */
  async plan(
    sources: readonly BatchSource[],
    onStep?: (step: BatchStep) => void,
    signal?: AbortSignal,
  ): Promise<BatchPlan | null> {
    const library: LibraryEntry[] = this.service.libraryEntries();
    const inLibrary = library.length;
    const items: BatchPlanItem[] = [];
    for (const [index, source] of sources.entries()) {
      onStep?.({ index, file: source.file, status: 'reading', done: index, total: sources.length });
      await yieldTurn();
      if (signal?.aborted === true) return null;
      items.push(await this.planOne(index, source, library, inLibrary, signal));
      // A Cancel during this file's parse terminated its worker: the plan is abandoned, nothing was stored.
      if (aborted(signal)) return null;
    }
    onStep?.({
      index: sources.length,
      file: '',
      status: 'reading',
      done: sources.length,
      total: sources.length,
    });
    const plan: BatchPlan = { batchId: randomUUID(), items };
    this.plans.set(plan.batchId, { sources: [...sources], plan });
    while (this.plans.size > MAX_PLANS) this.plans.delete(this.plans.keys().next().value ?? '');
    return plan;
  }

  private async planOne(
    index: number,
    source: BatchSource,
    library: LibraryEntry[],
    inLibrary: number,
    signal?: AbortSignal,
  ): Promise<BatchPlanItem> {
    const base = { index, file: source.file, warnings: [], duplicate: null };
    if ('problem' in source) {
      const message = PROBLEM_MESSAGES[source.problem];
      return { ...base, status: 'failed', document: null, problem: source.problem, message };
    }
    try {
      const parsed = await this.parse(source, signal);
      const { docId, kind, number, title, language, shortTitle } = parsed.document;
      const other = findDuplicate(library, parsed);
      library.push({ docId, number, language, fileSha256: parsed.fileSha256, shortTitle });
      return {
        ...base,
        status: other === null ? 'ready' : 'duplicate',
        document: { docId, kind, number, title, language },
        warnings: parsed.warnings.map((w) => w.message),
        duplicate:
          other === null
            ? null
            : {
                docId: other.docId,
                title: other.shortTitle,
                reason: other.fileSha256 === parsed.fileSha256 ? 'file' : 'number',
                inBatch: library.indexOf(other) >= inLibrary,
              },
        problem: null,
        message: null,
      };
    } catch (error) {
      return {
        ...base,
        status: 'failed',
        document: null,
        problem: null,
        message: failed(source.file, error).message,
      };
    }
  }

  /** Parses one file in its worker; `signal` aborting terminates the worker (CANCELLED) mid-file. */
  private async parse(
    source: Extract<BatchSource, { read: unknown }>,
    signal?: AbortSignal,
  ): Promise<ParsedImport> {
    // Messages name the file as the preview lists it, never by the full path the dialog returned.
    const input = { ...source.read(), fileName: source.file, ...(signal === undefined ? {} : { signal }) };
    return this.service.parseFile(input);
  }

  /** Forgets a plan the reviewer closed without importing; false when there was none. */
  discard(batchId: string): boolean {
    return this.plans.delete(batchId);
  }

  /**
   * Imports a plan with the reviewer's choices (a file without one: imported when new, skipped when a duplicate).
   * After `signal` aborts, the files not yet started are reported as cancelled; those imported stay imported.
   */
  async run(
    batchId: string,
    choices: ReadonlyMap<number, BatchChoice>,
    options: { signal?: AbortSignal; onStep?: (step: BatchStep) => void } = {},
  ): Promise<BatchRunResult> {
    const entry = this.plans.get(batchId);
    if (entry === undefined) {
      throw new LecternError(
        'NOT_FOUND',
        'This batch preview has expired; choose the files again to import them.',
      );
    }
    this.plans.delete(batchId);
    const started = performance.now();
    const { sources, plan } = entry;
    const total = plan.items.length;
    const items: BatchRunItem[] = [];
    let cancelled = false;
    for (const planned of plan.items) {
      const source = sources[planned.index];
      if (source === undefined) continue;
      if (!cancelled) await yieldTurn();
      cancelled ||= options.signal?.aborted === true;
      const step = (status: BatchStep['status']) => {
        options.onStep?.({ index: planned.index, file: planned.file, status, done: items.length, total });
      };
      if (!cancelled && planned.status !== 'failed') step('importing');
      let item = cancelled
        ? notImported(planned, 'cancelled')
        : await this.runOne(planned, source, choices, options.signal);
      // Cancel during this file's parse stopped its worker before anything was saved: it was not imported.
      if (!cancelled && item.status === 'failed' && aborted(options.signal)) {
        cancelled = true;
        item = notImported(planned, 'cancelled');
      }
      items.push(item);
      step(item.status);
    }
    // The search index learns the batch's documents once, after a cancel too.
    if (items.some((i) => i.status === 'imported' || i.status === 'replaced')) this.service.storeIndex();
    return { ...batchReport(items, performance.now() - started), items, cancelled };
  }

  private async runOne(
    planned: BatchPlanItem,
    source: BatchSource,
    choices: ReadonlyMap<number, BatchChoice>,
    signal?: AbortSignal,
  ): Promise<BatchRunItem> {
    if (planned.status === 'failed' || 'problem' in source) {
      return {
        ...failed(planned.file, new LecternError('INVALID_INPUT', planned.message ?? '')),
        index: planned.index,
        reason: planned.problem,
      };
    }
    const choice = choices.get(planned.index) ?? (planned.status === 'duplicate' ? 'skip' : 'import');
    if (choice === 'skip') return notImported(planned, 'chosen');
    // A file planned as new that meets a duplicate now (the library changed meanwhile) is skipped, not merged.
    const policy: DuplicatePolicy = choice === 'import' ? 'skip' : choice;
    const item = await importBatchFile(this.service, planned.file, () => this.parse(source, signal), policy);
    return { ...item, index: planned.index, reason: item.status === 'skipped' ? 'duplicate' : null };
  }
}

/** The report line of a file left out (by choice, or because the batch was cancelled before it). */
function notImported(planned: BatchPlanItem, reason: BatchSkipReason): BatchRunItem {
  const message =
    reason === 'cancelled'
      ? 'Not imported: the batch was cancelled before this file.'
      : 'Left out, as chosen.';
  return {
    file: planned.file,
    status: 'skipped',
    docId: null,
    title: planned.document?.title ?? null,
    duplicateOf: planned.duplicate?.docId ?? null,
    message,
    warnings: [],
    reanchor: null,
    index: planned.index,
    reason,
  };
}
