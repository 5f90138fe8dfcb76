// A file parsed in its worker thread gives exactly what the in-process parse gives (the document tree, metadata,
// references, terms, text and warnings, compared whole after the structured clone), for every format built here
// and for real files of ../shared/real-docs when present (skipped with a note otherwise). Refusals match too, in
// both languages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedImport, PreviewInput } from '../../../electron/core/import/preview';
import { parseImportFile } from '../../../electron/core/import/preview';
import { parseInWorker } from '../../../electron/core/import/worker/parse-in-worker';
import { EN_DECREE, VI_DECREE, linesBeforeTable, tableRows } from './fixtures/legal-texts';
import { makeDocx } from './fixtures/make-docx';
import { makeHtml } from './fixtures/make-html';
import { makeTextPdf } from './fixtures/make-pdf';
import { HAVE_REAL_DOCS, REAL_DOCS_DIR } from './real/real-docs';

/** The parse, or the refusal's code and message. */
const outcome = (p: Promise<ParsedImport>): Promise<unknown> =>
  p.then(
    (parsed) => parsed,
    (e: unknown) => {
      const { code, message, vi } = e as { code?: unknown; message?: unknown; vi?: unknown };
      return { code, message, vi };
    },
  );

/** Both parses of one input (the worker's on its own thread meanwhile), for a whole-value comparison. */
async function both(input: PreviewInput): Promise<{ worker: unknown; here: unknown }> {
  const [worker, here] = await Promise.all([outcome(parseInWorker(input)), outcome(parseImportFile(input))]);
  return { worker, here };
}

describe('the parse worker gives the in-process parse', () => {
  it.each([
    ['vi', VI_DECREE],
    ['en', EN_DECREE],
  ] as const)('for the %s decree as TXT, DOCX, HTML and PDF', async (_lang, text) => {
    const lines = linesBeforeTable(text);
    const rows = tableRows(text);
    const files: [string, Uint8Array][] = [
      ['decree.txt', Buffer.from(text, 'utf8')],
      ['decree.docx', makeDocx(lines, rows)],
      ['decree.html', Buffer.from(makeHtml(lines, rows))],
      ['decree.pdf', await makeTextPdf(text.split('\n'))],
    ];
    for (const [fileName, bytes] of files) {
      const { worker, here } = await both({ fileName, bytes, edits: { title: 'Edited title' } });
      expect(worker, fileName).toStrictEqual(here);
      expect((worker as ParsedImport).nodes.length, fileName).toBeGreaterThan(5);
    }
  });

  it('refuses what the in-process parse refuses, with the same code and message', async () => {
    for (const [fileName, bytes] of [
      ['empty.txt', new Uint8Array(0)],
      ['old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])],
      ['fake.pdf', Buffer.from('not a pdf')],
    ] as const) {
      const { worker, here } = await both({ fileName, bytes });
      expect(worker, fileName).toStrictEqual(here);
      expect((worker as { code: string }).code, fileName).toMatch(/^[A-Z_]+$/u);
    }
  });

  it.skipIf(!HAVE_REAL_DOCS)(
    'for the smallest real act of each format in ../shared/real-docs, and its scan',
    async () => {
      // conformance.test.ts imports every real file through the worker; here each format is compared whole.
      const all = readdirSync(REAL_DOCS_DIR).filter((f) => /\.(docx|pdf|html?)$/u.test(f));
      const size = (f: string): number => readFileSync(join(REAL_DOCS_DIR, f)).length;
      const smallest = (ext: RegExp): string[] =>
        all
          .filter((f) => ext.test(f) && !f.startsWith('scan'))
          .sort((a, b) => size(a) - size(b))
          .slice(0, 1);
      const files = [
        ...smallest(/\.docx$/u),
        ...smallest(/\.pdf$/u),
        ...smallest(/\.html?$/u),
        ...all.filter((f) => f.startsWith('scan')),
      ];
      expect(files.length).toBeGreaterThanOrEqual(3);
      for (const fileName of files) {
        const bytes = readFileSync(join(REAL_DOCS_DIR, fileName));
        const { worker, here } = await both({ fileName, bytes });
        expect(worker, fileName).toStrictEqual(here);
      }
    },
    180_000,
  );
});
