// Fuzzing the importers (issue 17) with fast-check: valid TXT, HTML, DOCX and PDF files built here are damaged
// (byte flips, truncation, inserted junk; tokens of the format spliced into the DOCX XML, the PDF objects, the
// HTML and the text) and imported. Invariants: the parse either succeeds or is refused with a LecternError (a
// typed, user-facing error with a code, no stack in its message) — never another exception — and, through the
// ImportService and its parse worker, never runs past the time budget, and a refusal changes nothing in
// user.sqlite. A bounded number of cases with a fixed seed (LECTERN_FUZZ_SEED overrides it) keeps CI well under a
// minute and a failure reproducible.
import JSZip from 'jszip';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IPC_ERROR_CODES } from '../../../electron/shared/envelope';
import { LecternError } from '../../../electron/core/errors';
import { PARSE_TIME_BUDGET_MS } from '../../../electron/core/import/limits';
import { parseImportFile } from '../../../electron/core/import/preview';
import { EN_DECREE, VI_DECREE, linesBeforeTable, tableRows } from './fixtures/legal-texts';
import { makeDocx } from './fixtures/make-docx';
import { makeHtml } from './fixtures/make-html';
import { makeTextPdf } from './fixtures/make-pdf';
import type { ImportRig } from './helpers';
import { openRig } from './helpers';
import { dbFingerprint } from '../../support/annotations/db-fingerprint';
import {
  DOCX_XML_TOKENS,
  HTML_TOKENS,
  PDF_TOKENS,
  TEXT_TOKENS,
  mutatedBytes,
  mutatedText,
} from '../../support/import/mutations';

const SEED = Number(process.env.LECTERN_FUZZ_SEED ?? 20_171);

interface Seeds {
  txt: string;
  html: string;
  docx: Buffer;
  docXml: string;
  pdf: Buffer;
}

let seeds: Seeds;
beforeAll(async () => {
  const lines = linesBeforeTable(VI_DECREE);
  const rows = tableRows(VI_DECREE);
  const docx = makeDocx(lines, rows);
  const docXml = (await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')) ?? '';
  seeds = {
    txt: EN_DECREE,
    html: makeHtml(lines, rows),
    docx,
    docXml,
    pdf: await makeTextPdf(VI_DECREE.split('\n')),
  };
});

/** The DOCX with its document.xml replaced by `xml` (deflated, as Word writes it). */
async function docxWithXml(xml: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(seeds.docx);
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** One damaged file of each kind; `build` turns the drawn value into the file's bytes. */
type Case = { fileName: string; bytes: () => Promise<Uint8Array> | Uint8Array };

const cases = (): Record<string, fc.Arbitrary<Case>> => ({
  'text, tokens spliced in': mutatedText(seeds.txt, TEXT_TOKENS).map((t) => ({
    fileName: 'decree.txt',
    bytes: () => Buffer.from(t, 'utf8'),
  })),
  'text, bytes damaged': mutatedBytes(Buffer.from(seeds.txt, 'utf8')).map((b) => ({
    fileName: 'decree.txt',
    bytes: () => b,
  })),
  'HTML, tags spliced in': mutatedText(seeds.html, HTML_TOKENS).map((t) => ({
    fileName: 'decree.html',
    bytes: () => Buffer.from(t, 'utf8'),
  })),
  'HTML, bytes damaged': mutatedBytes(Buffer.from(seeds.html, 'utf8')).map((b) => ({
    fileName: 'decree.html',
    bytes: () => b,
  })),
  'DOCX, junk in document.xml': mutatedText(seeds.docXml, DOCX_XML_TOKENS).map((x) => ({
    fileName: 'decree.docx',
    bytes: () => docxWithXml(x),
  })),
  'DOCX, zip bytes damaged': mutatedBytes(seeds.docx).map((b) => ({
    fileName: 'decree.docx',
    bytes: () => b,
  })),
  'PDF, objects damaged': mutatedText(seeds.pdf.toString('latin1'), PDF_TOKENS).map((t) => ({
    fileName: 'decree.pdf',
    bytes: () => Buffer.from(t, 'latin1'),
  })),
  'PDF, bytes damaged': mutatedBytes(seeds.pdf).map((b) => ({ fileName: 'decree.pdf', bytes: () => b })),
});

/** The invariant on a refusal: a LecternError with a known code and a message without a stack. */
function expectTypedRefusal(error: unknown, fileName: string): void {
  if (!(error instanceof LecternError)) {
    throw new Error(
      `${fileName}: not a LecternError: ${error instanceof Error ? (error.stack ?? '') : String(error)}`,
    );
  }
  expect(IPC_ERROR_CODES).toContain(error.code);
  expect(error.message).not.toMatch(/\n\s+at /u);
  expect(error.message.length).toBeGreaterThan(0);
}

describe('fuzzing the importers', () => {
  it.each([
    'text, tokens spliced in',
    'text, bytes damaged',
    'HTML, tags spliced in',
    'HTML, bytes damaged',
    'DOCX, junk in document.xml',
    'DOCX, zip bytes damaged',
    'PDF, objects damaged',
    'PDF, bytes damaged',
  ])(
    'parses or refuses with a LecternError: %s',
    async (name) => {
      const arbitrary = cases()[name];
      if (arbitrary === undefined) throw new Error(name);
      await fc.assert(
        fc.asyncProperty(arbitrary, async (c) => {
          const bytes = await c.bytes();
          try {
            const parsed = await parseImportFile({ fileName: c.fileName, bytes });
            expect(parsed.document.docId.length).toBeGreaterThan(0);
          } catch (error) {
            expectTypedRefusal(error, c.fileName);
          }
        }),
        { numRuns: 60, seed: SEED, timeout: 20_000 },
      );
    },
    60_000,
  );

  describe('through the import service and its parse worker', () => {
    let rig: ImportRig;
    beforeAll(() => {
      rig = openRig();
    });
    afterAll(() => {
      rig.cleanup();
    });

    it('imports or refuses within the time budget, and a refusal changes nothing in user.sqlite', async () => {
      const all = Object.values(cases());
      let refusals = 0;
      await fc.assert(
        fc.asyncProperty(fc.oneof(...all), async (c) => {
          const bytes = await c.bytes();
          const before = dbFingerprint(rig.user.db);
          const started = performance.now();
          try {
            await rig.service.importFile({ fileName: c.fileName, bytes });
          } catch (error) {
            refusals++;
            expectTypedRefusal(error, c.fileName);
            expect(dbFingerprint(rig.user.db)).toBe(before);
          }
          // The worker is terminated at the budget; far above a typical case (well under a second).
          expect(performance.now() - started).toBeLessThan(PARSE_TIME_BUDGET_MS + 10_000);
        }),
        { numRuns: 24, seed: SEED },
      );
      expect(refusals).toBeGreaterThan(0);
    }, 120_000);
  });
});
