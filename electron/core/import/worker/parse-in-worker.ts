// Parses one import file in its own short-lived worker thread, so a file that still exhausts memory or time past
// the extractors' budgets kills that thread, never the core serving the UI. The worker's old and young heaps are
// capped (resourceLimits), it is terminated after the time budget or when the caller's AbortSignal fires, and the
// parse comes back by structured clone; nothing is written here (SQLite stays with the caller).
import type { Worker } from 'node:worker_threads';
import { LecternError } from '../../errors';
import { startWorker } from '../../threads/start-worker';
import { PARSE_TIME_BUDGET_MS, PARSE_WORKER_HEAP_MB, PARSE_WORKER_YOUNG_HEAP_MB } from '../limits';
import type { ParsedImport, PreviewInput, ReparseInput } from '../preview';
import { parseWorkerEntry } from './parse-entry';
import type { ParseReply, ParseRequest } from './parse-protocol';
import type { ParseStop } from './parse-refusals';
import { parseStopError } from './parse-refusals';

/** The caps of one parse worker; every field defaults to its constant in limits.ts. */
export interface ParseWorkerLimits {
  heapMb: number;
  youngHeapMb: number;
  timeBudgetMs: number;
}

/** The limits the app, the CLI and the tests run with. */
export const PARSE_WORKER_LIMITS: ParseWorkerLimits = {
  heapMb: PARSE_WORKER_HEAP_MB,
  youngHeapMb: PARSE_WORKER_YOUNG_HEAP_MB,
  timeBudgetMs: PARSE_TIME_BUDGET_MS,
};

/** How a worker that ended without answering ended: its heap cap, or (absent that) whatever stopped it. */
function isOutOfMemory(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/**
 * `parseImportFile(input)` in a worker thread within `limits`: resolves with the same ParsedImport, or rejects
 * with the worker's own LecternError, or with TOO_LARGE (heap cap, time budget) or CANCELLED naming what stopped it.
 * `entry` is the worker script (the bundle's or the source, parse-entry.ts); a benchmark may name the bundle.
 */
export function parseInWorker(
  input: PreviewInput,
  limits: ParseWorkerLimits = PARSE_WORKER_LIMITS,
  entry: string = parseWorkerEntry(),
): Promise<ParsedImport> {
  const { signal, ...request } = input;
  return runParseWorker({ kind: 'file', ...request }, input.fileName, signal, limits, entry);
}

/**
 * `parseImportText` of text already extracted (a commit with edited metadata) in a worker thread, within the same
 * limits as the file's own parse: the same refusals, the same cancellation.
 */
export function reparseInWorker(
  input: ReparseInput,
  limits: ParseWorkerLimits = PARSE_WORKER_LIMITS,
  entry: string = parseWorkerEntry(),
): Promise<ParsedImport> {
  const { signal, ...request } = input;
  return runParseWorker({ kind: 'text', ...request }, input.source.fileName, signal, limits, entry);
}

/** Starts one parse worker for `request` and settles with its answer or with what stopped it. */
function runParseWorker(
  request: ParseRequest,
  fileName: string,
  signal: AbortSignal | undefined,
  limits: ParseWorkerLimits,
  entry: string,
): Promise<ParsedImport> {
  const file = fileName.replace(/^.*[\\/]/u, '');
  if (signal?.aborted === true) return Promise.reject(parseStopError('cancelled', file, limits));
  return new Promise<ParsedImport>((resolve, reject) => {
    const worker: Worker = startWorker(entry, {
      workerData: request,
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: limits.youngHeapMb },
    });
    let stop: ParseStop | null = null;
    let settled = false;
    const halt = (why: ParseStop): void => {
      stop ??= why;
      void worker.terminate();
    };
    const onAbort = (): void => {
      halt('cancelled');
    };
    const timer = setTimeout(() => {
      halt('time');
    }, limits.timeBudgetMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    const settle = (done: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      done();
    };
    worker.once('message', (reply: ParseReply) => {
      settle(() => {
        if (reply.ok) resolve(reply.parsed);
        else reject(new LecternError(reply.code, reply.message, reply.vi));
      });
      // One file per worker: its heap goes with it.
      void worker.terminate();
    });
    worker.on('error', (error) => {
      if (isOutOfMemory(error)) stop ??= 'memory';
    });
    worker.once('exit', () => {
      settle(() => {
        reject(parseStopError(stop ?? 'crashed', file, limits));
      });
    });
  });
}
