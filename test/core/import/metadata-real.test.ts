// Metadata detected from the real files in ../shared/real-docs (header tables, signature cells, PDF text layers)
// against expected.json: type, number, issue date, issuer, signer and title of every file that states them; a
// conversion (`sameAs`) must give the same metadata as the file it was made from. Skips when the folder is absent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentKindLabel } from '../../../electron/core/corpus/document-kinds';
import { readExpected } from '../../../electron/core/import/conformance/expected';
import type { ExpectedDocument } from '../../../electron/core/import/conformance/expected';
import { parseImportFile } from '../../../electron/core/import/preview';
import { HAVE_REAL_DOCS, REAL_DOCS_DIR } from './real/real-docs';

const FIELDS = ['type', 'number', 'issued', 'issuer', 'signer', 'title'] as const;

/** Each imported file with the fields it must give (a conversion inherits its source's ground truth). */
function cases(): { file: string; want: Partial<Record<(typeof FIELDS)[number], string | null>> }[] {
  const docs = readExpected(REAL_DOCS_DIR);
  const byFile = new Map<string, ExpectedDocument>(docs.map((d) => [d.file, d]));
  return docs
    .filter((d) => d.outcome === 'import')
    .map((d) => {
      const truth = d.sameAs === undefined ? d : { ...byFile.get(d.sameAs), ...d };
      const want = Object.fromEntries(
        FIELDS.filter((f) => truth[f] !== undefined && truth[f] !== null).map((f) => [f, truth[f] ?? null]),
      );
      return { file: d.file, want };
    })
    .filter((c) => Object.keys(c.want).length > 0);
}

describe.skipIf(!HAVE_REAL_DOCS)('metadata of the real documents in ../shared/real-docs', () => {
  for (const { file, want } of HAVE_REAL_DOCS ? cases() : []) {
    it(`${file}: ${Object.keys(want).join(', ')}`, { timeout: 120_000 }, async () => {
      const parsed = await parseImportFile({
        fileName: file,
        bytes: new Uint8Array(readFileSync(join(REAL_DOCS_DIR, file))),
      });
      const meta = parsed.detected;
      const got = {
        type: documentKindLabel(meta.kind, 'vi'),
        number: meta.number,
        issued: meta.issued,
        issuer: meta.issuer,
        signer: meta.signer,
        title: meta.title,
      };
      const wanted = Object.keys(want) as (typeof FIELDS)[number][];
      expect(Object.fromEntries(wanted.map((f) => [f, got[f]]))).toEqual(want);
      for (const value of Object.values(got)) {
        if (value !== null) expect(value).toBe(value.normalize('NFC'));
      }
      expect(parsed.warnings.filter((w) => w.code.startsWith('metadata'))).toEqual([]);
    });
  }
});
