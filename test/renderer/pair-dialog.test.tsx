// The Pair dialog against the real core (jsdom): it proposes the translation with the same number and chooses it,
// proposes nothing for an unrelated act and chooses nothing, still lets the reviewer pick another document, and
// pairs one whose number differs only after the reviewer confirms it is the same act.
import { fireEvent, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../electron/shared/types';
import { createI18n } from '../../renderer/src/i18n';
import { PairDialog } from '../../renderer/src/library/pair-dialog';
import { renderInApp, setupAppSuite } from '../support/renderer/app-suite';
import type { CoreApiHandle } from '../support/renderer/core';
import { value } from '../support/renderer/core';
import { loadImportFiles, type ImportFilesModule } from '../support/renderer/import-files';
import { smallDecree } from '../support/small-decree';

let core: CoreApiHandle;
let files: ReturnType<ImportFilesModule['importFiles']>;
const ids = { vi: '', en: '', unrelated: '' };

/** Imports a file through the channels the import dialog uses. */
async function importThroughApi(name: string, text: string): Promise<string> {
  core.queueOpen(files.write(name, text));
  const preview = await value(core.api.documents.importPreview({}));
  if (!preview) throw new Error('the open dialog was cancelled');
  return (await value(core.api.documents.importCommit({ previewId: preview.previewId }))).document.docId;
}

setupAppSuite(async (suite) => {
  ({ core } = suite);
  const fx = await loadImportFiles();
  files = fx.importFiles();
  ids.vi = await importThroughApi('vi.txt', fx.TEXTS.vi);
  ids.en = await importThroughApi('en.txt', fx.TEXTS.en);
  ids.unrelated = await importThroughApi('vi-5.txt', smallDecree(5, 'phòng cháy'));
});
beforeAll(() => {
  createI18n('en');
});
afterAll(() => {
  files.remove();
});

/** Opens the dialog for `docId` over the library's documents; resolves the dialog and what it paired. */
async function openPair(docId: string) {
  const documents = await value(core.api.documents.list());
  const doc = documents.find((d) => d.docId === docId) as DocumentMeta;
  const paired: (string | null)[] = [];
  renderInApp(
    <PairDialog
      doc={doc}
      documents={documents}
      pairedWith={null}
      onPaired={(other) => paired.push(other)}
      onClose={() => undefined}
    />,
  );
  const dialog = await screen.findByRole('dialog', { name: `Pair “${doc.shortTitle}” with…` });
  return { dialog, paired, documents };
}

const pairButton = (dialog: HTMLElement) =>
  within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Pair and read side by side' });

describe('pair dialog', () => {
  it('proposes and chooses the translation with the same number, other documents listed apart', async () => {
    const { dialog, documents } = await openPair(ids.vi);
    const proposed = within(dialog).getByRole('group', {
      name: 'Proposed: the same number or a similar title',
    });
    const en = documents.find((d) => d.docId === ids.en)!;
    const radio = within(proposed).getByRole<HTMLInputElement>('radio', {
      name: new RegExp(`^${en.shortTitle}`),
    });
    expect(within(proposed).getAllByRole('radio')).toHaveLength(1);
    expect(radio.checked).toBe(true);
    expect(within(proposed).getByText('same number')).toBeTruthy();
    const others = within(dialog).getByRole('group', { name: 'Other documents' });
    expect(
      within(others).getByRole<HTMLInputElement>('radio', { name: /^Decree 63\/2020\/ND-CP/ }).checked,
    ).toBe(false);
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(pairButton(dialog).disabled).toBe(false);
  });

  it('chooses nothing for an unrelated act, and pairs another number only once confirmed', async () => {
    const { dialog, paired, documents } = await openPair(ids.unrelated);
    expect(within(dialog).queryByRole('group', { name: /^Proposed/ })).toBeNull();
    expect(
      within(dialog).getByText(
        /^No document in the other language has the number 5\/2030\/NĐ-CP or a similar title/,
      ),
    ).toBeTruthy();
    for (const radio of within(dialog).getAllByRole<HTMLInputElement>('radio'))
      expect(radio.checked).toBe(false);
    expect(pairButton(dialog).disabled).toBe(true);

    const others = within(dialog).getByRole('group', { name: 'Other documents' });
    fireEvent.click(within(others).getByRole('radio', { name: /^Decree 63\/2020\/ND-CP/ }));
    const warning = within(dialog).getByRole('alert');
    expect(warning.textContent).toContain(
      '“Decree 63/2020/ND-CP” has the number 63/2020/ND-CP, this document 5/2030/NĐ-CP: they may be different acts.',
    );
    expect(pairButton(dialog).disabled).toBe(true);
    const confirm = within(warning).getByRole('checkbox', {
      name: 'Pair anyway: I checked that they are the same act',
    });
    fireEvent.click(confirm);
    expect(pairButton(dialog).disabled).toBe(false);

    // Another choice needs its own confirmation, one without a number too.
    fireEvent.click(within(others).getByRole('radio', { name: /^Decree 17\/2031\/ND-CP/ }));
    expect(pairButton(dialog).disabled).toBe(true);
    const commentary = documents.find((d) => d.docId === 'law-dsi-2024-commentary')!;
    expect(commentary.number).toBeNull();
    fireEvent.click(within(others).getByRole('radio', { name: new RegExp(`^${commentary.shortTitle}`) }));
    expect(within(dialog).getByRole('alert').textContent).toContain(
      `“${commentary.shortTitle}” cannot be compared with this document by number, as one of them has none`,
    );
    expect(pairButton(dialog).disabled).toBe(true);
    fireEvent.click(within(others).getByRole('radio', { name: /^Decree 63\/2020\/ND-CP/ }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Pair anyway/ }));
    fireEvent.click(pairButton(dialog));
    await expect.poll(() => paired).toEqual(['decree-63-2020']);
    expect(
      (await value(core.api.documents.imported())).find((d) => d.docId === ids.unrelated)?.pairedWith,
    ).toBe('decree-63-2020');
  });
});
