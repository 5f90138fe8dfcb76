// Issue 17, resource exhaustion through DOCX: zip bombs (honest and lying about their sizes), a bomb of
// paragraphs and of XML elements, and a zip of too many parts are refused with the limit they hit, and nothing is
// stored. No timing assertions: the default test timeout is the bound, and test/bench/hostile.ts measures.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LecternError } from '../../../electron/core/errors';
import { extractText } from '../../../electron/core/import/extract';
import {
  MAX_DOCX_ENTRIES,
  MAX_DOCX_INFLATED_BYTES,
  MAX_DOCX_PARAGRAPHS,
  MAX_DOCX_XML_ELEMENTS,
} from '../../../electron/core/import/limits';
import { formatLimit } from '../../../electron/core/limit-error';
import type { ImportRig } from './helpers';
import { importTableCounts, openRig } from './helpers';
import {
  docxWithBody,
  manyPartsDocx,
  paragraph,
  paragraphBomb,
  withDeclaredSizes,
} from '../../support/import/hostile-files';

let rig: ImportRig;
beforeEach(() => {
  rig = openRig();
});
afterEach(() => {
  rig.cleanup();
});

/** Previews `bytes` through the service, expects a TOO_LARGE refusal, and checks nothing was stored. */
async function refused(bytes: Buffer, name: string): Promise<string> {
  const before = importTableCounts(rig);
  const error: unknown = await rig.service.preview({ fileName: name, bytes }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LecternError);
  expect((error as LecternError).code).toBe('TOO_LARGE');
  expect(importTableCounts(rig)).toEqual(before);
  return (error as LecternError).message;
}

const bytesLimit = formatLimit(MAX_DOCX_INFLATED_BYTES, 'bytes');

describe('hostile DOCX', () => {
  it('refuses a bomb whose inflated XML passes the byte budget, honest or lying about its size', async () => {
    // ~300 KB on disk, ~70 MB inflated.
    const bomb = await paragraphBomb(Math.ceil((MAX_DOCX_INFLATED_BYTES * 1.05) / 60));
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const honest = await refused(bomb, 'bomb.docx');
    expect(honest).toBe(
      `bomb.docx: this DOCX expands to more than ${bytesLimit}; Lectern stops at ${bytesLimit}.`,
    );
    // Declared sizes of 1 KB pass the directory check; inflation itself stops at the budget.
    expect(await refused(withDeclaredSizes(bomb, 1024), 'liar.docx')).toContain(`more than ${bytesLimit}`);
  });

  it('refuses a zip that declares 2 GB before inflating anything', async () => {
    const small = await docxWithBody(paragraph('Article 1. Scope'));
    expect(await refused(withDeclaredSizes(small, 0x7fffffff), 'declared.docx')).toContain(
      `this DOCX expands to more than ${bytesLimit}`,
    );
  });

  it('refuses more paragraphs, or more XML elements, than the budgets allow', async () => {
    const paragraphs = await docxWithBody('<w:p/>'.repeat(MAX_DOCX_PARAGRAPHS + 1));
    expect(await refused(paragraphs, 'paras.docx')).toContain(
      `this DOCX has more than ${formatLimit(MAX_DOCX_PARAGRAPHS, 'count')} paragraphs`,
    );
    const elements = await docxWithBody(`<w:p>${'<w:r/>'.repeat(MAX_DOCX_XML_ELEMENTS)}</w:p>`);
    expect(await refused(elements, 'elements.docx')).toContain(
      `more than ${formatLimit(MAX_DOCX_XML_ELEMENTS, 'count')} XML elements`,
    );
  });

  it('refuses a zip of more parts than a document has, from its directory', async () => {
    expect(await refused(await manyPartsDocx(MAX_DOCX_ENTRIES + 1), 'parts.docx')).toContain(
      `this DOCX holds more than ${formatLimit(MAX_DOCX_ENTRIES, 'count')} parts`,
    );
  });

  it('still reads a DOCX written by JSZip, deflated, just under the budgets', async () => {
    const ok = await docxWithBody(
      ['Article 1. Scope', 'This Decree applies.', 'Article 2. Effect', 'It takes effect today.']
        .map(paragraph)
        .join(''),
    );
    const { text } = await extractText(ok, 'ok.docx');
    expect(text).toContain('Article 2. Effect');
  });
});
