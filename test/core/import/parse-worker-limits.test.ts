// Issue 17: the parse of one file runs in its own worker thread with a heap cap, a time budget and cancellation.
// Real hostile files go through the real ImportService and a real worker (no mock): a file the budgets stop is
// refused naming its budget, a file that exhausts the worker's heap is refused naming the cap
// (ERR_WORKER_OUT_OF_MEMORY), one that outlasts the time budget naming the budget, a cancelled one as cancelled —
// and each time nothing is stored and the same service imports the next normal file. Caps below the app's are
// passed only where reaching the app's own would take longer than a unit test should.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LecternError } from '../../../electron/core/errors';
import { ImportService } from '../../../electron/core/import/import-service';
import {
  MAX_DOCX_INFLATED_BYTES,
  MAX_PDF_PAGES,
  PARSE_TIME_BUDGET_MS,
  PARSE_WORKER_HEAP_MB,
} from '../../../electron/core/import/limits';
import type { PreviewInput } from '../../../electron/core/import/preview';
import type { ParseWorkerLimits } from '../../../electron/core/import/worker/parse-in-worker';
import {
  PARSE_WORKER_LIMITS,
  parseInWorker,
  reparseInWorker,
} from '../../../electron/core/import/worker/parse-in-worker';
import { parseStopTexts } from '../../../electron/core/import/worker/parse-refusals';
import { formatLimit } from '../../../electron/core/limit-error';
import { steppingClock } from '../../support/annotations/temp-db';
import type { ImportRig } from './helpers';
import { importTableCounts, openRig } from './helpers';
import {
  docxBomb,
  docxWithBody,
  handWrittenPdf,
  manyPagesPdf,
  paragraph,
} from '../../support/import/hostile-files';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const HEAD = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>`;
const TAIL = '</w:body></w:document>';

let rig: ImportRig;
beforeEach(() => {
  rig = openRig();
});
afterEach(() => {
  rig.cleanup();
});

/** A service over the rig's user.sqlite whose parse worker runs within `limits`. */
const serviceWith = (limits: ParseWorkerLimits): ImportService =>
  new ImportService({
    db: rig.user.db,
    bundled: rig.corpus,
    clock: steppingClock(),
    parse: (input: PreviewInput) => parseInWorker(input, limits),
  });

/** Imports through `service`, expects a LecternError with `code`, checks nothing was stored; returns it. */
async function refused(service: ImportService, input: PreviewInput, code: string): Promise<LecternError> {
  const before = importTableCounts(rig);
  const error: unknown = await service.importFile(input).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LecternError);
  expect((error as LecternError).code).toBe(code);
  expect(importTableCounts(rig)).toEqual(before);
  return error as LecternError;
}

/** A normal act: the same service still imports it after a refusal. */
async function importsNormally(service: ImportService, docId: string): Promise<void> {
  const bytes = await docxWithBody(
    [`DECREE ${docId}`, 'Article 1. Scope', 'This Decree applies to everyone.'].map(paragraph).join(''),
  );
  const result = await service.importFile({ fileName: `${docId}.docx`, bytes, edits: { docId } });
  expect(result.document.docId).toBe(docId);
  expect(rig.service.hasImported(docId)).toBe(true);
}

/** The peak resident memory of this test process so far, in MB (Linux: VmHWM). */
const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

describe('the parse worker', () => {
  it('runs with the caps of limits.ts by default', () => {
    expect(PARSE_WORKER_LIMITS).toEqual({
      heapMb: PARSE_WORKER_HEAP_MB,
      youngHeapMb: expect.any(Number) as number,
      timeBudgetMs: PARSE_TIME_BUDGET_MS,
    });
    expect(PARSE_WORKER_HEAP_MB).toBe(512);
  });

  it('refuses the DOCX of 400 MB of paragraphs and the PDF of 100,000 pages by their budgets, memory bounded', async () => {
    const service = rig.service;
    // 1.4 MB on disk, 400 MB of WordprocessingML once inflated, built without inflating it here.
    const filler = Buffer.from(paragraph('Article text of the decree.').repeat(1024));
    const docx = await docxBomb(HEAD, filler, 7_000, TAIL);
    const bytesLimit = formatLimit(MAX_DOCX_INFLATED_BYTES, 'bytes');
    const a = await refused(service, { fileName: 'paragraphs.docx', bytes: docx }, 'TOO_LARGE');
    expect(a.message).toBe(
      `paragraphs.docx: this DOCX expands to more than ${bytesLimit}; Lectern stops at ${bytesLimit}.`,
    );
    const pdf = await handWrittenPdf(100_000, 64);
    const b = await refused(service, { fileName: 'pages.pdf', bytes: pdf }, 'TOO_LARGE');
    expect(b.message).toContain(`this PDF has more than ${formatLimit(MAX_PDF_PAGES, 'count')} pages`);
    // Before issue 17 the DOCX alone peaked at 4.7 GB and killed the process.
    expect(peakRssMb()).toBeLessThan(1024);
    await importsNormally(service, 'decree-1-2031');
  });

  it('refuses a file that exhausts its heap, naming the cap, and the same service imports the next file', async () => {
    const limits = { ...PARSE_WORKER_LIMITS, heapMb: 96 };
    const service = serviceWith(limits);
    // 110 KB on disk, within every DOCX budget, but its DOM and tree need more than 96 MB of heap.
    const heavy = await docxWithBody(
      Array.from({ length: 40_000 }, (_, i) => paragraph(`Article ${i}. The text of a provision.`)).join(''),
    );
    const error = await refused(service, { fileName: 'heavy.docx', bytes: heavy }, 'TOO_LARGE');
    const { en, vi } = parseStopTexts('memory', 'heavy.docx', limits);
    expect(error.message).toBe(en);
    expect(error.messageIn('vi')).toBe(vi);
    expect(en).toContain('more than 96 MB of memory; Lectern stops at 96 MB');
    expect(vi).toContain('cần hơn 96 MB bộ nhớ');
    await importsNormally(service, 'decree-2-2031');
  });

  it('parses the text again for a commit with edited metadata in a capped worker too, and stores nothing when it stops', async () => {
    const limits = { ...PARSE_WORKER_LIMITS, heapMb: 24 };
    // The file's own parse runs with the app's caps; the commit's second parse (the title edited) with 24 MB.
    const service = new ImportService({
      db: rig.user.db,
      bundled: rig.corpus,
      clock: steppingClock(),
      reparse: (input) => reparseInWorker(input, limits),
    });
    const lines = Array.from(
      { length: 40_000 },
      (_, i) => `Article ${String(i + 1)}. The text of a provision.`,
    );
    const bytes = new TextEncoder().encode(['DECREE No. 9/2031/ND-CP', ...lines].join('\n'));
    const preview = await service.preview({ fileName: 'long.txt', bytes });
    const before = importTableCounts(rig);
    const error: unknown = await service.commit(preview.previewId, { title: 'A long decree' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as LecternError).code).toBe('TOO_LARGE');
    expect((error as LecternError).message).toBe(parseStopTexts('memory', 'long.txt', limits).en);
    expect(importTableCounts(rig)).toEqual(before);
    // With the app's caps, a commit with edits goes through the same kind of worker and stores the edited title.
    const small = await rig.service.preview({
      fileName: 'small.txt',
      bytes: new TextEncoder().encode(
        'DECREE No. 8/2031/ND-CP\nArticle 1. Scope\nThis Decree applies to everyone.',
      ),
    });
    const { document } = await rig.service.commit(small.previewId, { title: 'A short decree' });
    expect(document.title).toBe('A short decree');
    expect(rig.service.hasImported(document.docId)).toBe(true);
  });

  it('refuses a parse that outlasts its time budget, naming the budget', async () => {
    const limits = { ...PARSE_WORKER_LIMITS, timeBudgetMs: 400 };
    const service = serviceWith(limits);
    const pdf = await manyPagesPdf(3_000);
    const error = await refused(service, { fileName: 'slow.pdf', bytes: pdf }, 'TOO_LARGE');
    expect(error.message).toContain(
      'slow.pdf: reading this file takes longer than 0.4 s; Lectern stops at 0.4 s.',
    );
    expect(error.vi).toContain('Lectern dừng ở 0.4 s');
    await importsNormally(serviceWith(PARSE_WORKER_LIMITS), 'decree-3-2031');
  });

  it('is terminated by the AbortSignal: refused as cancelled, nothing stored, the service goes on', async () => {
    const pdf = await manyPagesPdf(3_000);
    const controller = new AbortController();
    const pending = refused(
      rig.service,
      { fileName: 'long.pdf', bytes: pdf, signal: controller.signal },
      'CANCELLED',
    );
    setTimeout(() => {
      controller.abort();
    }, 300);
    const error = await pending;
    expect(error.message).toBe('long.pdf: the import was cancelled; nothing was stored.');
    expect(error.vi).toBe('long.pdf: việc nhập đã bị hủy; không có gì được lưu.');
    await importsNormally(rig.service, 'decree-4-2031');
  });

  it('starts no worker for a signal aborted before the call', async () => {
    const error = await refused(
      rig.service,
      { fileName: 'a.txt', bytes: Buffer.from('Article 1. Scope'), signal: AbortSignal.abort() },
      'CANCELLED',
    );
    expect(error.message).toContain('a.txt: the import was cancelled');
  });
});
