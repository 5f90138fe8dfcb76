// Imported documents in the library, against the real core: pairing a Vietnamese original with its English
// translation opens them side by side (aligned by provision), and removing keeps notes unless told otherwise.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app';
import { type CoreApiHandle, installCore, noteById, stubLayout, value } from '../support/renderer/core';
import { loadImportFiles, type ImportFilesModule } from '../support/renderer/import-files';

let core: CoreApiHandle;
let fx: ImportFilesModule;
let files: ReturnType<ImportFilesModule['importFiles']>;
const ids = { vi: '', en: '' };

/** Imports a file through the same channels the dialog uses, without the UI. */
async function importThroughApi(name: string, text: string): Promise<string> {
  core.queueOpen(files.write(name, text));
  const preview = await value(core.api.documents.importPreview({}));
  if (!preview) throw new Error('the open dialog was cancelled');
  return (await value(core.api.documents.importCommit({ previewId: preview.previewId }))).document.docId;
}

beforeAll(async () => {
  stubLayout();
  core = await installCore();
  fx = await loadImportFiles();
  files = fx.importFiles();
  ids.vi = await importThroughApi('vi.txt', fx.TEXTS.vi);
  ids.en = await importThroughApi('en.txt', fx.TEXTS.en);
});
afterEach(cleanup);
afterAll(() => {
  core.close();
  files.remove();
});

async function library() {
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: /Decree/ });
  return screen.getByRole('list', { name: 'Documents' });
}

async function shortTitle(docId: string) {
  return (await value(core.api.documents.get({ docId }))).shortTitle;
}

describe('imported documents in the library', () => {
  it('pairs the original with its translation and shows them side by side', async () => {
    const [viTitle, enTitle] = [await shortTitle(ids.vi), await shortTitle(ids.en)];
    const list = await library();
    const actions = await within(list).findByRole('group', { name: `Actions for ${viTitle}` });
    expect(within(actions).getByText('Imported')).toBeTruthy();
    // Bundled documents get no remove action.
    expect(within(list).getAllByRole('button', { name: 'Remove…' })).toHaveLength(2);
    fireEvent.click(within(actions).getByRole('button', { name: 'Pair with…' }));

    const dialog = await screen.findByRole('dialog', { name: `Pair “${viTitle}” with…` });
    const choices = within(dialog).getAllByRole('radio');
    // Only English documents are offered for a Vietnamese one.
    const english = (await value(core.api.documents.list())).filter((d) => d.language === 'en');
    expect(choices).toHaveLength(english.length);
    fireEvent.click(within(dialog).getByRole('radio', { name: new RegExp(`^${enTitle}`) }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Pair and read side by side' }));

    const view = await screen.findByRole('region', { name: 'Side by side' });
    const table = await within(view).findByRole('table');
    expect((await value(core.api.documents.imported())).find((d) => d.docId === ids.vi)?.pairedWith).toBe(
      ids.en,
    );
    const row = table.querySelector('tr[data-eid="art_3__cl_2__pt_dd"]');
    if (!(row instanceof HTMLElement)) throw new Error('no aligned row for point đ');
    const [left, right] = within(row).getAllByRole('cell');
    expect(left?.textContent).toContain('Biện pháp bảo đảm bí mật nhà nước;');
    expect(left?.getAttribute('lang')).toBe('vi');
    expect(right?.textContent).toContain('Measures for protecting state secrets;');
    expect(within(view).getByText(/provisions in both · 0 only in/)).toBeTruthy();

    // Both now offer "Side by side"; the English one opens with English on the left.
    const enActions = within(list).getByRole('group', { name: `Actions for ${enTitle}` });
    fireEvent.click(within(view).getByRole('button', { name: 'Back to the reader' }));
    expect(screen.queryByRole('region', { name: 'Side by side' })).toBeNull();
    fireEvent.click(within(enActions).getByRole('button', { name: 'Side by side' }));
    const again = await screen.findByRole('region', { name: 'Side by side' });
    const headers = await within(again).findAllByRole('columnheader');
    expect(headers[0]?.textContent).toContain(enTitle);
  });

  it('marks a provision only one version has', async () => {
    const extra = fx.TEXTS.en.replace(
      'Article 4.',
      'Article 3a. Reports\nThe Ministry reports every year.\nArticle 4.',
    );
    const enExtra = await importThroughApi('en-extra.txt', extra.replaceAll('17/2031', '19/2031'));
    const viOther = await importThroughApi('vi-other.txt', fx.TEXTS.vi.replaceAll('17/2031', '19/2031'));
    await value(core.api.documents.pair({ docId: viOther, otherDocId: enExtra }));
    const list = await library();
    const title = await shortTitle(viOther);
    const group = await within(list).findByRole('group', { name: `Actions for ${title}` });
    fireEvent.click(within(group).getByRole('button', { name: 'Side by side' }));
    const view = await screen.findByRole('region', { name: 'Side by side' });
    await within(view).findByRole('table');
    const oneSided = view.querySelectorAll('tr.sbs-right-only');
    expect(oneSided.length).toBeGreaterThan(0);
    for (const tr of oneSided)
      expect(tr.querySelector('.sbs-missing')?.textContent).toBe('Not in this version');
    expect(within(view).getByText(/only in “.*” · [1-9]\d* only in/)).toBeTruthy();
  });

  it('removes a document keeping its notes as unanchored unless deletion is chosen', async () => {
    const note = await value(
      core.api.annotations.create({ docId: ids.en, eId: 'art_1', quote: 'state secrets' }),
    );
    const enTitle = await shortTitle(ids.en);
    let list = await library();
    fireEvent.click(
      within(await within(list).findByRole('group', { name: `Actions for ${enTitle}` })).getByRole('button', {
        name: 'Remove…',
      }),
    );
    let dialog = await screen.findByRole('dialog', { name: `Remove “${enTitle}”?` });
    expect(await within(dialog).findByText(/It has 1 note\./)).toBeTruthy();
    const keep = within(dialog).getByRole<HTMLInputElement>('radio', {
      name: /^Keep them as unanchored notes/,
    });
    expect(keep.checked).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => {
      expect(within(list).queryByText(enTitle)).toBeNull();
    });
    expect(screen.getByRole('status').textContent).toMatch(/1 notes kept as unanchored, 0 deleted/);
    expect((await noteById(core.api, note.id)).anchor).toBe('orphaned');
    cleanup();

    const viNote = await value(
      core.api.annotations.create({ docId: ids.vi, eId: 'art_1', quote: 'bí mật nhà nước' }),
    );
    const viTitle = await shortTitle(ids.vi);
    list = await library();
    fireEvent.click(
      within(await within(list).findByRole('group', { name: `Actions for ${viTitle}` })).getByRole('button', {
        name: 'Remove…',
      }),
    );
    dialog = await screen.findByRole('dialog', { name: `Remove “${viTitle}”?` });
    fireEvent.click(await within(dialog).findByRole('radio', { name: 'Delete them as well' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => {
      expect(within(list).queryByText(viTitle)).toBeNull();
    });
    expect((await noteById(core.api, viNote.id)).deleted).not.toBeNull();
  });
});
