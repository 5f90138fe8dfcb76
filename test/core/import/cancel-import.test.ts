// An AbortSignal passed with the preview input stops a long extraction at its next check with CANCELLED, and
// nothing is stored; a signal aborted before the call stops it before any work.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LecternError } from '../../../electron/core/errors';
import { extractText } from '../../../electron/core/import/extract';
import type { ImportRig } from './helpers';
import { importTableCounts, openRig } from './helpers';
import { manyPagesPdf, paragraph, paragraphBomb } from '../../support/import/hostile-files';

let rig: ImportRig;
beforeEach(() => {
  rig = openRig();
});
afterEach(() => {
  rig.cleanup();
});

const reason = (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

describe('cancelling an import', () => {
  it('stops a PDF part-way through its pages and stores nothing', async () => {
    const pdf = await manyPagesPdf(1_500);
    const before = importTableCounts(rig);
    const controller = new AbortController();
    const pending = reason(
      rig.service.preview({ fileName: 'long.pdf', bytes: pdf, signal: controller.signal }),
    );
    setTimeout(() => {
      controller.abort();
    }, 20);
    const error = await pending;
    expect(error).toBeInstanceOf(LecternError);
    expect((error as LecternError).code).toBe('CANCELLED');
    expect((error as LecternError).message).toBe('long.pdf: the import was cancelled; nothing was stored.');
    expect((error as LecternError).vi).toBe('long.pdf: việc nhập đã bị hủy; không có gì được lưu.');
    expect(importTableCounts(rig)).toEqual(before);
  });

  it('does no work for a signal aborted before the call, whatever the format', async () => {
    const signal = AbortSignal.abort();
    const docx = await paragraphBomb(10);
    for (const [name, bytes] of [
      ['a.docx', docx],
      ['a.html', Buffer.from(`<p>${paragraph('x')}</p>`)],
      ['a.txt', Buffer.from('Article 1. Scope')],
    ] as const) {
      const error = await reason(extractText(bytes, name, { signal }));
      expect((error as LecternError).code).toBe('CANCELLED');
    }
  });
});
