// The export dialog's notes exports cover this document or all documents, against the real core (jsdom): a bundle
// made with "All documents" holds the notes of two documents, one made with "This document" only the open one's,
// and each is proposed a name saying what it holds; CSV follows the same choice.
import { fireEvent, screen, within } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { DOC, openDecree, setupAppSuite } from '../support/renderer/app-suite';
import { type CoreApiHandle, value } from '../support/renderer/core';
import { loadImportFiles, type ImportFilesModule } from '../support/renderer/import-files';
import { smallDecree } from '../support/small-decree';

let core: CoreApiHandle;
let files: ReturnType<ImportFilesModule['importFiles']>;
let imported = '';

setupAppSuite(async (suite) => {
  ({ core } = suite);
  files = (await loadImportFiles()).importFiles();
  core.queueOpen(files.write('nd-5.txt', smallDecree(5, 'phòng cháy')));
  const preview = await value(core.api.documents.importPreview({}));
  if (!preview) throw new Error('the open dialog was cancelled');
  imported = (await value(core.api.documents.importCommit({ previewId: preview.previewId }))).document.docId;
  await value(core.api.annotations.create({ docId: DOC, eId: 'art_6__cl_1', note: 'Note on the decree' }));
  await value(core.api.annotations.create({ docId: imported, eId: 'art_1', note: 'Note on the import' }));
});
afterAll(() => {
  files.remove();
});

/** The exchange items of a bundle file, by the document each targets. */
function bundleDocs(path: string): string[] {
  const bundle = JSON.parse(core.head(path, 10_000_000)) as {
    first: { items: { target: { source: string } }[] };
  };
  return bundle.first.items.map((i) => /^urn:lectern:([^:]+):/.exec(i.target.source)?.[1] ?? '?').sort();
}

/** Opens the export dialog, picks the notes format and scope, exports and resolves the file written. */
async function exportNotes(format: 'json' | 'csv', of: 'This document' | 'All documents'): Promise<string> {
  fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
  const dialog = await screen.findByRole('dialog', { name: /^Export — Decree/ });
  fireEvent.change(within(dialog).getByLabelText('Format'), { target: { value: format } });
  const scope = within(dialog).getByRole('group', { name: 'Notes of' });
  fireEvent.click(within(scope).getByRole('radio', { name: of }));
  const before = core.saved.length;
  fireEvent.click(within(dialog).getByRole('button', { name: 'Export notes' }));
  await within(dialog).findByText(/^Saved to /);
  expect(core.saved).toHaveLength(before + 1);
  fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
  return core.saved.at(-1)!;
}

const DATE = /\d{4}-\d{2}-\d{2}/.source;

describe('notes exports of this document or all documents', () => {
  it('puts the notes of both documents in an "All documents" bundle, only the open one’s otherwise', async () => {
    await openDecree();
    const scope = async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
      const dialog = await screen.findByRole('dialog', { name: /^Export — Decree/ });
      const radio = within(
        within(dialog).getByRole('group', { name: 'Notes of' }),
      ).getByRole<HTMLInputElement>('radio', { name: 'This document' });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
      return radio.checked;
    };
    // "This document" is where the dialog starts.
    expect(await scope()).toBe(true);

    const all = await exportNotes('json', 'All documents');
    expect(all).toMatch(new RegExp(`/All documents – notes – ${DATE}\\.lectern-notes\\.json$`));
    expect(bundleDocs(all)).toEqual([DOC, imported].sort());

    const one = await exportNotes('json', 'This document');
    expect(one).toMatch(new RegExp(`/Decree 63-2020-ND-CP – notes – ${DATE}\\.lectern-notes\\.json$`));
    expect(bundleDocs(one)).toEqual([DOC]);
  });

  it('writes a CSV of all documents’ notes', async () => {
    await openDecree();
    const csv = core.head(await exportNotes('csv', 'All documents'), 1_000_000);
    expect(csv).toContain('Note on the decree');
    expect(csv).toContain('Note on the import');
  });
});
