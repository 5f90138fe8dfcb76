// The names the export handlers propose to the save dialog, over the real handler table: each different export
// (whole or annotated PDF, filters, report, bundle, CSV; one document or all) gets its own name with the date, in
// the interface language. The dialogs are cancelled, so nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/app/create-handlers';
import { call } from '../../electron/app/dispatch';
import type { Handlers } from '../../electron/app/dispatch';
import { openTestServices, scriptedPlatform } from '../support/services';

let env: ReturnType<typeof openTestServices>;
let handlers: Handlers;
let scripted: ReturnType<typeof scriptedPlatform>;

beforeAll(() => {
  env = openTestServices();
  scripted = scriptedPlatform();
  handlers = createHandlers(env.services, scripted.platform);
});
afterAll(() => {
  env.cleanup();
});

/** Today where the handlers run, as the names write it. */
function today(): string {
  const d = new Date();
  return `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The default names asked for by the calls `run` makes, each call cancelled at its dialog. */
async function namesAsked(run: () => Promise<unknown>[]): Promise<string[]> {
  scripted.asked.length = 0;
  const results = await Promise.all(run());
  for (const r of results) expect(r).toEqual({ ok: true, value: null });
  return scripted.asked.map((a) => a.replace(/^save:/, ''));
}

const DOC = 'decree-63-2020';

describe('proposed export file names', () => {
  it('differ by what is exported and carry the document and the date', async () => {
    const names = await namesAsked(() => [
      call(handlers, 'export:pdf', { jobId: 'n1', docId: DOC }),
      call(handlers, 'export:pdf', { jobId: 'n2', docId: DOC, scope: 'annotated' }),
      call(handlers, 'export:pdf', { jobId: 'n3', docId: DOC, scope: 'annotated', tags: ['privacy'] }),
      call(handlers, 'export:pdf', { jobId: 'n4', docId: DOC, colors: ['yellow'] }),
      call(handlers, 'export:notes', { jobId: 'n5', docId: DOC, format: 'pdf' }),
      call(handlers, 'export:notes', { jobId: 'n6', format: 'md' }),
      call(handlers, 'annotations:export', { format: 'json', docId: DOC }),
      call(handlers, 'annotations:export', { format: 'json' }),
      call(handlers, 'annotations:export', { format: 'csv', docId: DOC }),
    ]);
    const date = today();
    expect(names).toEqual([
      `Decree 63-2020-ND-CP – whole – ${date}.pdf`,
      `Decree 63-2020-ND-CP – annotated – ${date}.pdf`,
      `Decree 63-2020-ND-CP – annotated – tags privacy – ${date}.pdf`,
      `Decree 63-2020-ND-CP – whole – colours yellow – ${date}.pdf`,
      `Decree 63-2020-ND-CP – notes report – ${date}.pdf`,
      `All documents – notes report – ${date}.md`,
      `Decree 63-2020-ND-CP – notes – ${date}.lectern-notes.json`,
      `All documents – notes – ${date}.lectern-notes.json`,
      `Decree 63-2020-ND-CP – notes – ${date}.csv`,
    ]);
  });

  it('are worded in Vietnamese when the interface is', async () => {
    expect(await call(handlers, 'settings:update', { locale: 'vi' })).toMatchObject({ ok: true });
    try {
      const names = await namesAsked(() => [
        call(handlers, 'export:pdf', { jobId: 'v1', docId: DOC, scope: 'annotated', colors: ['green'] }),
        call(handlers, 'annotations:export', { format: 'csv' }),
      ]);
      expect(names).toEqual([
        `Decree 63-2020-ND-CP – có ghi chú – màu xanh lá – ${today()}.pdf`,
        `Tất cả văn bản – ghi chú – ${today()}.csv`,
      ]);
    } finally {
      await call(handlers, 'settings:update', { locale: 'en' });
    }
  });
});
