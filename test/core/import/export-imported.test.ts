// Imported documents are exportable like bundled ones: an annotated PDF of an imported Vietnamese decree holds
// its text and the reviewer's note, read back with pdf.js through the importer's own PDF reader.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportAnnotatedPdf } from '../../../electron/core/export/annotated-pdf';
import { extractPdf } from '../../../electron/core/import/extract-pdf';
import { VI_DECREE } from './fixtures/legal-texts';
import type { ImportRig } from './helpers';
import { openRig } from './helpers';

let rig: ImportRig;
beforeEach(() => {
  rig = openRig();
});
afterEach(() => {
  rig.cleanup();
});

describe('exporting an imported document', () => {
  it('writes an annotated PDF with the imported text and the note on it', async () => {
    const { document } = await rig.service.importFile({ fileName: 'vi.txt', bytes: Buffer.from(VI_DECREE) });
    rig.service.annotations.create({
      docId: document.docId,
      eId: 'art_3__cl_2__pt_dd',
      quote: 'bí mật nhà nước',
      note: 'Kiểm tra Điều 6 Nghị định 63',
    });
    const reader = rig.service.reader;
    const outPath = join(rig.dir, 'decree-17.pdf');
    const result = await exportAnnotatedPdf({
      doc: reader.getDocument(document.docId)!,
      nodes: reader.getNodes(document.docId),
      annotations: rig.service.annotations.list({ docId: document.docId }),
      options: { reviewer: 'Test', createdAt: new Date(Date.UTC(2031, 4, 1)), timeZone: 'UTC' },
      outPath,
    });
    expect(result.notes).toBe(1);
    const text = await extractPdf(readFileSync(outPath), 'decree-17.pdf');
    expect(text).toContain('Biện pháp bảo đảm bí mật nhà nước');
    expect(text).toContain('Kiểm tra Điều 6 Nghị định 63');
  });
});
