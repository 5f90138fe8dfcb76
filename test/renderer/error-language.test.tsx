// A core failure whose message exists in English only, shown in the Vietnamese interface: the App words it by its
// code in Vietnamese and keeps the core's message as the detail; the English interface shows the message as it is.
// Real core, real handler table: the document is removed behind the dialog's back (another window, the CLI); and
// a failure the core words in Vietnamese (EXISTS on export) is shown in the core's own words.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app';
import { installCore, stubLayout, value, type CoreApiHandle } from '../support/renderer/core';
import { loadImportFiles, type ImportFilesModule } from '../support/renderer/import-files';

let core: CoreApiHandle;
let files: ReturnType<ImportFilesModule['importFiles']>;
let fx: ImportFilesModule;

/** Imports a file through the channels the import dialog uses. */
async function importThroughApi(name: string, text: string): Promise<{ docId: string; title: string }> {
  core.queueOpen(files.write(name, text));
  const preview = await value(core.api.documents.importPreview({}));
  if (!preview) throw new Error('the open dialog was cancelled');
  const { document } = await value(core.api.documents.importCommit({ previewId: preview.previewId }));
  return { docId: document.docId, title: document.shortTitle };
}

beforeAll(async () => {
  stubLayout();
  core = await installCore();
  fx = await loadImportFiles();
  files = fx.importFiles();
});
afterEach(async () => {
  cleanup();
  await value(core.api.settings.update({ locale: 'en' }));
});
afterAll(() => {
  core.close();
  files.remove();
});

/** Opens the Remove dialog of `title`, removes the document through the API, then confirms in the dialog. */
async function removeTwice(title: string, labels: { group: string; remove: string; run: string }) {
  render(<App />);
  const list = await screen.findByRole('list', { name: labels.group });
  const actions = await within(list).findByRole('group', { name: new RegExp(title) });
  fireEvent.click(within(actions).getByRole('button', { name: labels.remove }));
  const dialog = await screen.findByRole('dialog', { name: new RegExp(title) });
  return { dialog, confirm: () => fireEvent.click(within(dialog).getByRole('button', { name: labels.run })) };
}

describe('error messages in the interface language', () => {
  it('in Vietnamese, an English-only core error is worded by its code, with the core message as detail', async () => {
    const { docId, title } = await importThroughApi('vi-1.txt', fx.TEXTS.vi);
    await value(core.api.settings.update({ locale: 'vi' }));
    const { dialog, confirm } = await removeTwice(title, { group: 'Văn bản', remove: 'Xóa…', run: 'Xóa' });
    await value(core.api.documents.remove({ docId }));
    confirm();
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe(
      `Không xóa được văn bản: Không tìm thấy mục được yêu cầu. (No imported document "${docId}".)`,
    );
  });

  it('in Vietnamese, a core error worded in Vietnamese is shown as the core wrote it', async () => {
    await value(core.api.settings.update({ locale: 'vi' }));
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: /Decree|Nghị định/ });
    fireEvent.click(await screen.findByRole('button', { name: 'Xuất…' }));
    const dialog = await screen.findByRole('dialog', { name: /^Xuất — / });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xuất ghi chú' }));
    await within(dialog).findByText(/^Đã lưu vào /);
    const path = core.saved.at(-1)!;
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xuất ghi chú' }));
    const question = await within(dialog).findByText(/Thay thế tệp hiện có\?/);
    // EXISTS still asks to replace; its message is the core's own Vietnamese, with no English detail.
    expect(question.textContent).toBe(
      `${path} đã tồn tại; chưa có gì được ghi. Thay thế tệp hiện có? Thay thế`,
    );
  });

  it('in English, the same error shows the core message unchanged', async () => {
    const { docId, title } = await importThroughApi('vi-2.txt', fx.TEXTS.vi.replaceAll('17/2031', '21/2031'));
    const { dialog, confirm } = await removeTwice(title, {
      group: 'Documents',
      remove: 'Remove…',
      run: 'Remove',
    });
    await value(core.api.documents.remove({ docId }));
    confirm();
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe(`Could not remove the document: No imported document "${docId}".`);
  });
});
