// Batch import through the channels over a real user.sqlite: files from a (scripted) multi-select or folder
// dialog, or dropped as bytes; one plan listing every file; choices per duplicate; progress per file; a bad file
// reported without stopping the rest; cancellation between files keeps what was imported.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/app/create-handlers';
import { call, dispatch } from '../../electron/app/dispatch';
import type { Handlers } from '../../electron/app/dispatch';
import { IMPORT_EXTENSIONS } from '../../electron/core/import/folder-files';
import {
  DROP_EXTENSIONS,
  MAX_DROP_FILE_BYTES,
  MAX_DROP_TOTAL_BYTES,
  base64Length,
} from '../../electron/shared/batch-limits';
import { contract } from '../../electron/shared/contract';
import type { JobProgress } from '../../electron/shared/events';
import { openTestServices, scriptedPlatform } from '../support/services';
import { smallDecree } from '../support/small-decree';
import { manyPagesPdf } from '../support/import/hostile-files';

const decree = smallDecree;

let env: ReturnType<typeof openTestServices>;
let dir: string;
beforeEach(() => {
  env = openTestServices();
  dir = join(env.dataDir, 'incoming');
  mkdirSync(join(dir, 'sub'), { recursive: true });
  writeFileSync(join(dir, 'a.txt'), decree(1, 'ngựa'));
  writeFileSync(join(dir, 'sub', 'b.txt'), decree(2, 'thuyền'));
  writeFileSync(join(dir, 'broken.pdf'), 'not a pdf at all');
  writeFileSync(join(dir, 'picture.gif'), 'GIF89a');
});
afterEach(() => {
  env.cleanup();
});

async function value<T>(pending: Promise<{ ok: boolean; value?: T; error?: unknown }>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

function rig(open: (string | string[] | null)[]): { handlers: Handlers; progress: JobProgress[] } {
  const scripted = scriptedPlatform({ open });
  return { handlers: createHandlers(env.services, scripted.platform), progress: scripted.progress };
}

/** A valid decree numbered `n`/2030 of `articles` articles, one page each, as a PDF: slow to parse, importable. */
function longDecreePdf(n: number, articles: number): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, compress: true });
  doc.font(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    }),
  );
  doc.addPage({ size: 'A4' });
  doc.text(decree(n, 'đầu').split('\n').slice(0, -2).join('\n'));
  for (let k = 1; k <= articles; k++) {
    doc.addPage({ size: 'A4' });
    doc.text(`Điều ${k}. Nội dung thứ ${k}\n${`Nghị định này quy định về việc thứ ${k}. `.repeat(4)}`);
  }
  doc.end();
  return done;
}

/** Handlers over a dialog picking `files` that cancel job `jobId` 200 ms after its second file reaches `status`. */
function cancellingRig(files: string[], jobId: string, status: 'reading' | 'importing'): Handlers {
  const scripted = scriptedPlatform({ open: [files] });
  const handlers: Handlers = createHandlers(env.services, {
    ...scripted.platform,
    progress: (p: JobProgress) => {
      if (p.jobId === jobId && p.step?.status === status && p.step.index === 1)
        setTimeout(() => void call(handlers, 'export:cancel', { jobId }), 200);
    },
  });
  return handlers;
}

const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

describe('batch import channels', () => {
  it('imports two files and reports a bad one, with progress per file and overall', async () => {
    const files = [join(dir, 'a.txt'), join(dir, 'broken.pdf'), join(dir, 'sub', 'b.txt')];
    const { handlers, progress } = rig([null, files]);
    expect(await value(call(handlers, 'documents:batchChoose', { source: 'files' }))).toBeNull();

    const plan = (await value(
      call(handlers, 'documents:batchChoose', { source: 'files', jobId: 'plan-1' }),
    ))!;
    expect(plan.items.map((i) => [i.file, i.status, i.document?.docId ?? null])).toEqual([
      ['a.txt', 'ready', 'decree-1-2030'],
      ['broken.pdf', 'failed', null],
      ['b.txt', 'ready', 'decree-2-2030'],
    ]);
    expect(plan.items[0]?.document).toMatchObject({ kind: 'decree', number: '1/2030/NĐ-CP', language: 'vi' });
    expect(plan.items[1]?.message).toMatch(/pdf/i);
    expect(progress.filter((p) => p.jobId === 'plan-1').map((p) => p.step?.status)).toContain('reading');
    // Nothing is stored by the plan.
    expect(await value(call(handlers, 'documents:imported', {}))).toEqual([]);

    const report = await value(
      call(handlers, 'documents:batchImport', { batchId: plan.batchId, jobId: 'run-1', choices: [] }),
    );
    expect(report.items.map((i) => [i.file, i.status])).toEqual([
      ['a.txt', 'imported'],
      ['broken.pdf', 'failed'],
      ['b.txt', 'imported'],
    ]);
    expect(report).toMatchObject({ imported: 2, failed: 1, skipped: 0, cancelled: false });
    const steps = progress.filter((p) => p.jobId === 'run-1');
    expect(steps.map((p) => `${p.done}/${p.total} ${p.step?.index ?? ''} ${p.step?.status ?? ''}`)).toEqual([
      '0/3 0 importing',
      '1/3 0 imported',
      '2/3 1 failed',
      '2/3 2 importing',
      '3/3 2 imported',
    ]);
    const listed = (await value(call(handlers, 'documents:list', {}))).map((d) => d.docId);
    expect(listed).toEqual(expect.arrayContaining(['decree-1-2030', 'decree-2-2030']));
    const hits = await value(call(handlers, 'search:query', { query: 'thuyen' }));
    expect(hits.groups.map((g) => g.docId)).toContain('decree-2-2030');
    // The plan was used up.
    const again = await dispatch(handlers, 'documents:batchImport', {
      batchId: plan.batchId,
      jobId: 'run-2',
      choices: [],
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('lists a folder with its sub-folders, reporting files in other formats', async () => {
    const { handlers } = rig([dir]);
    const plan = (await value(call(handlers, 'documents:batchChoose', { source: 'folder' })))!;
    expect(plan.items.map((i) => [i.file, i.status, i.problem])).toEqual([
      ['a.txt', 'ready', null],
      ['broken.pdf', 'failed', null],
      [join('sub', 'b.txt'), 'ready', null],
      ['picture.gif', 'failed', 'unsupported'],
    ]);
    const report = await value(
      call(handlers, 'documents:batchImport', { batchId: plan.batchId, jobId: 'j', choices: [] }),
    );
    expect(report.items.map((i) => [i.status, i.reason])).toEqual([
      ['imported', null],
      ['failed', null],
      ['imported', null],
      ['failed', 'unsupported'],
    ]);
  });

  it('finds duplicates (same file, same number, earlier in the batch) and follows the choice per file', async () => {
    const first = rig([[join(dir, 'a.txt')]]);
    const seed = (await value(call(first.handlers, 'documents:batchChoose', { source: 'files' })))!;
    await value(
      call(first.handlers, 'documents:batchImport', { batchId: seed.batchId, jobId: 's', choices: [] }),
    );

    writeFileSync(join(dir, 'a-revised.txt'), decree(1, 'ngựa vằn'));
    writeFileSync(join(dir, 'b-copy.txt'), decree(2, 'thuyền buồm'));
    const picked = ['a.txt', 'a-revised.txt', 'sub/b.txt', 'b-copy.txt', 'a.txt'].map((f) => join(dir, f));
    const { handlers } = rig([picked]);
    const plan = (await value(call(handlers, 'documents:batchChoose', { source: 'files' })))!;
    expect(
      plan.items.map((i) => [i.status, i.duplicate?.docId, i.duplicate?.reason, i.duplicate?.inBatch]),
    ).toEqual([
      ['duplicate', 'decree-1-2030', 'file', false],
      ['duplicate', 'decree-1-2030', 'number', false],
      ['ready', undefined, undefined, undefined],
      ['duplicate', 'decree-2-2030', 'number', true],
      ['duplicate', 'decree-1-2030', 'file', false],
    ]);
    const report = await value(
      call(handlers, 'documents:batchImport', {
        batchId: plan.batchId,
        jobId: 'd',
        choices: [
          { index: 1, choice: 'replace' },
          { index: 3, choice: 'keep-both' },
          { index: 4, choice: 'skip' },
        ],
      }),
    );
    expect(report.items.map((i) => [i.status, i.docId, i.reason])).toEqual([
      ['skipped', null, 'chosen'],
      ['replaced', 'decree-1-2030', null],
      ['imported', 'decree-2-2030', null],
      ['imported', 'decree-2-2030-2', null],
      ['skipped', null, 'chosen'],
    ]);
    const imported = (await value(call(handlers, 'documents:imported', {}))).map((d) => d.docId).sort();
    expect(imported).toEqual(['decree-1-2030', 'decree-2-2030', 'decree-2-2030-2']);
    const revised = await value(call(handlers, 'search:query', { query: 'ngua van' }));
    expect(revised.groups.map((g) => g.docId)).toContain('decree-1-2030');
  });

  it('plans dropped bytes, never paths, and reports files the window could not send', async () => {
    const { handlers } = rig([]);
    const plan = (await value(
      call(handlers, 'documents:batchDrop', {
        dropped: [
          { name: 'nd-1.txt', data: base64(decree(1, 'ngựa')) },
          { name: 'huge.pdf', problem: 'too-large' },
          { name: 'folder › picture.gif', problem: 'unsupported' },
          { name: 'junk.docx', data: base64('PK not really') },
        ],
      }),
    ))!;
    expect(plan.items.map((i) => [i.file, i.status, i.problem])).toEqual([
      ['nd-1.txt', 'ready', null],
      ['huge.pdf', 'failed', 'too-large'],
      ['folder › picture.gif', 'failed', 'unsupported'],
      ['junk.docx', 'failed', null],
    ]);
    const report = await value(
      call(handlers, 'documents:batchImport', { batchId: plan.batchId, jobId: 'drop', choices: [] }),
    );
    expect(report).toMatchObject({ imported: 1, failed: 3 });
    // A folder dropped onto the window keeps the same formats as Import folder….
    expect(DROP_EXTENSIONS).toEqual(IMPORT_EXTENSIONS);

    for (const bad of [
      { dropped: [{ name: '../etc/passwd', data: '' }] },
      { dropped: [{ name: 'C:\\x\\a.txt', data: '' }] },
      { dropped: [{ name: 'a.txt', data: 'not base64!' }] },
      { dropped: [{ name: 'a.txt', path: '/etc/passwd' }] },
      { dropped: [] },
      { dropped: Array.from({ length: 201 }, (_, i) => ({ name: `f${i}.txt`, data: '' })) },
    ]) {
      expect(await dispatch(handlers, 'documents:batchDrop', bad)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    // Each file within the per-file bound, together over the bound of one drop: the channel's size limit
    // (checked before parsing) admits one drop's total but not three files of the largest size.
    const limit = contract['documents:batchDrop'].maxChars;
    expect(limit).toBeGreaterThanOrEqual(base64Length(MAX_DROP_TOTAL_BYTES));
    expect(limit).toBeLessThan(3 * base64Length(MAX_DROP_FILE_BYTES));
    // (The gate refusing a request over its channel's limit is tested once for all channels in handlers.test.ts.)
    expect(await value(call(handlers, 'documents:imported', {}))).toHaveLength(1);
  });

  it('stops between files when cancelled: files imported stay imported and the rest are reported', async () => {
    const picked = [1, 2, 3, 4].map((n) => {
      const path = join(dir, `n${n}.txt`);
      writeFileSync(path, decree(10 + n, `từ ${n}`));
      return path;
    });
    const scripted = scriptedPlatform({ open: [picked] });
    let handlers: Handlers | null = null;
    const platform = {
      ...scripted.platform,
      progress: (p: JobProgress) => {
        scripted.platform.progress(p);
        if (p.jobId === 'cancel-me' && p.step?.status === 'imported' && p.step.index === 1)
          void call(handlers!, 'export:cancel', { jobId: 'cancel-me' });
      },
    };
    handlers = createHandlers(env.services, platform);
    const plan = (await value(call(handlers, 'documents:batchChoose', { source: 'files' })))!;
    const report = await value(
      call(handlers, 'documents:batchImport', { batchId: plan.batchId, jobId: 'cancel-me', choices: [] }),
    );
    expect(report.cancelled).toBe(true);
    expect(report.items.map((i) => [i.status, i.reason])).toEqual([
      ['imported', null],
      ['imported', null],
      ['skipped', 'cancelled'],
      ['skipped', 'cancelled'],
    ]);
    const imported = (await value(call(handlers, 'documents:imported', {}))).map((d) => d.docId).sort();
    expect(imported).toEqual(['decree-11-2030', 'decree-12-2030']);
    const hits = await value(call(handlers, 'search:query', { query: 'tu 2' }));
    expect(hits.groups.map((g) => g.docId)).toContain('decree-12-2030');
    expect(await value(call(handlers, 'export:cancel', { jobId: 'cancel-me' }))).toBe(false);
  });

  it('stops reading a batch when cancelled, keeping nothing', async () => {
    const picked = [1, 2, 3].map((n) => {
      const path = join(dir, `r${n}.txt`);
      writeFileSync(path, decree(20 + n, `chữ ${n}`));
      return path;
    });
    const scripted = scriptedPlatform({ open: [picked] });
    let handlers: Handlers | null = null;
    const platform = {
      ...scripted.platform,
      progress: (p: JobProgress) => {
        if (p.jobId === 'read' && p.step?.status === 'reading' && p.step.index === 1)
          void call(handlers!, 'export:cancel', { jobId: 'read' });
      },
    };
    handlers = createHandlers(env.services, platform);
    expect(
      await value(call(handlers, 'documents:batchChoose', { source: 'files', jobId: 'read' })),
    ).toBeNull();
    expect(await value(call(handlers, 'export:cancel', { jobId: 'read' }))).toBe(false);
    expect(await value(call(handlers, 'documents:imported', {}))).toEqual([]);
  });

  it('stops reading mid-file when cancelled during a long parse, keeping nothing', async () => {
    // The long PDF is the last file: only a cancel that reaches its parse can stop the plan now.
    const long = join(dir, 'long.pdf');
    writeFileSync(long, await manyPagesPdf(2_000));
    const handlers = cancellingRig([join(dir, 'a.txt'), long], 'read-long', 'reading');
    expect(
      await value(call(handlers, 'documents:batchChoose', { source: 'files', jobId: 'read-long' })),
    ).toBeNull();
    expect(await value(call(handlers, 'documents:imported', {}))).toEqual([]);
  });

  it('cancels the file being parsed: it is reported as cancelled and not stored', async () => {
    const long = join(dir, 'long.pdf');
    writeFileSync(long, await longDecreePdf(3, 1_500));
    const handlers = cancellingRig([join(dir, 'a.txt'), long], 'run-long', 'importing');
    const plan = (await value(call(handlers, 'documents:batchChoose', { source: 'files' })))!;
    expect(plan.items.map((i) => [i.status, i.message])).toEqual([
      ['ready', null],
      ['ready', null],
    ]);
    const report = await value(
      call(handlers, 'documents:batchImport', { batchId: plan.batchId, jobId: 'run-long', choices: [] }),
    );
    expect(report.cancelled).toBe(true);
    expect(report.items.map((i) => [i.file, i.status, i.reason])).toEqual([
      ['a.txt', 'imported', null],
      ['long.pdf', 'skipped', 'cancelled'],
    ]);
    expect((await value(call(handlers, 'documents:imported', {}))).map((d) => d.docId)).toEqual([
      'decree-1-2030',
    ]);
  });

  it('forgets a discarded plan', async () => {
    const { handlers } = rig([[join(dir, 'a.txt')]]);
    const plan = (await value(call(handlers, 'documents:batchChoose', { source: 'files' })))!;
    expect(await value(call(handlers, 'documents:batchDiscard', { batchId: plan.batchId }))).toBe(true);
    expect(await value(call(handlers, 'documents:batchDiscard', { batchId: plan.batchId }))).toBe(false);
    const run = await dispatch(handlers, 'documents:batchImport', {
      batchId: plan.batchId,
      jobId: 'x',
      choices: [],
    });
    expect(run).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await value(call(handlers, 'documents:imported', {}))).toEqual([]);
  });
});
