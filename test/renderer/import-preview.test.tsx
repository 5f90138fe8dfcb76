// Importing a document from the library, against the real core: the preview shows what the importer detected
// in the fixture decree (metadata, outline, warnings), edits are saved, bad files are refused plainly, and a
// newer version reports how its notes were re-anchored.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app';
import { installCore, stubLayout, value, type CoreApiHandle } from '../support/renderer/core';
import { loadImportFiles, type ImportFilesModule } from '../support/renderer/import-files';
import { VI_PARTS } from '../support/renderer/vi-structure';

let core: CoreApiHandle;
let fx: ImportFilesModule;
let files: ReturnType<ImportFilesModule['importFiles']>;

beforeAll(async () => {
  stubLayout();
  core = await installCore();
  fx = await loadImportFiles();
  files = fx.importFiles();
});
afterEach(cleanup);
afterAll(() => {
  core.close();
  files.remove();
});

/** Renders the app, answers the open dialog with `path` and clicks "Import document…". */
async function startImport(path: string) {
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: /Decree/ });
  core.queueOpen(path);
  fireEvent.click(screen.getByRole('button', { name: 'Import document…' }));
}

const field = (dialog: HTMLElement, label: string) => within(dialog).getByLabelText<HTMLInputElement>(label);

describe('import preview', () => {
  it('shows the detected details, outline and counts, saves the edited title and lists the document', async () => {
    await startImport(files.write('nd-17-2031.txt', fx.TEXTS.vi));
    const dialog = await screen.findByRole('dialog', { name: 'Import nd-17-2031.txt' });
    // Facts printed in the fixture's head and effect article.
    expect(field(dialog, 'Number').value).toBe('17/2031/NĐ-CP');
    expect(field(dialog, 'Issued on').value).toBe('2031-03-05');
    expect(field(dialog, 'In force from').value).toBe('2031-05-01');
    expect(field(dialog, 'Type of document').value).toBe('decree');
    expect(field(dialog, 'Language').value).toBe('vi');
    expect(field(dialog, 'Signed by').value).toBe('Nguyễn Văn An');

    const counts = within(dialog).getByLabelText('Provisions found');
    const articles = within(counts).getByText('Articles').nextElementSibling;
    expect(articles?.textContent).toBe(String(fx.TEXTS.vi.match(/^Điều \d+\./gmu)?.length));
    // The outline starts collapsed; opening Chương II shows its section, and the section its articles. Their
    // labels are the document's own (Vietnamese) with the English interface; named blocks follow the interface.
    const outline = within(dialog).getByRole('list', { name: 'Outline of the detected structure' });
    expect(within(outline).getByText(/^Preamble — /)).toBeTruthy();
    const chapter2 = within(outline).getByRole('button', { name: /^Chương II — TỔ CHỨC THỰC HIỆN/ });
    expect(chapter2.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(chapter2);
    expect(chapter2.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(within(outline).getByRole('button', { name: /^Mục 1 — KẾ HOẠCH ĐỘNG VIÊN/ }));
    expect(within(outline).getByRole('button', { name: /^Điều 3 — Lập kế hoạch/ })).toBeTruthy();
    // Switching the form's language to English relabels the outline.
    fireEvent.change(within(dialog).getByLabelText('Language'), { target: { value: 'en' } });
    expect(within(outline).getByRole('button', { name: /^Article 3 — Lập kế hoạch/ })).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Language'), { target: { value: 'vi' } });

    fireEvent.change(field(dialog, 'Title'), {
      target: { value: 'Nghị định về động viên công nghiệp (bản thử)' },
    });
    fireEvent.change(field(dialog, 'Short title (shown in the library)'), {
      target: { value: 'NĐ 17/2031 (thử)' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(
      await within(dialog).findByText('“NĐ 17/2031 (thử)” was imported and is now in the library.'),
    ).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open the document' }));

    const library = screen.getByRole('list', { name: 'Documents' });
    expect(await within(library).findByText('NĐ 17/2031 (thử)')).toBeTruthy();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Nghị định về động viên công nghiệp (bản thử)' }),
    ).toBeTruthy();
    const stored = (await value(core.api.documents.imported())).find(
      (d) => d.shortTitle === 'NĐ 17/2031 (thử)',
    );
    expect(stored?.title).toBe('Nghị định về động viên công nghiệp (bản thử)');
    expect(within(library).getByRole('group', { name: 'Actions for NĐ 17/2031 (thử)' })).toBeTruthy();
  });

  it('counts and outlines parts, sub-sections and footnotes, labelled as the document writes them', async () => {
    await startImport(files.write('luat-12-2030.txt', VI_PARTS));
    const dialog = await screen.findByRole('dialog', { name: 'Import luat-12-2030.txt' });
    const counts = within(dialog).getByLabelText('Provisions found');
    const count = (label: string) => within(counts).getByText(label).nextElementSibling?.textContent;
    expect([count('Parts'), count('Chapters'), count('Sub-sections'), count('Footnotes')]).toEqual([
      '2',
      '2',
      '1',
      '2',
    ]);
    const outline = within(dialog).getByRole('list', { name: 'Outline of the detected structure' });
    const part1 = within(outline).getByRole('button', { name: /^Phần thứ nhất — QUY ĐỊNH CHUNG/ });
    fireEvent.click(part1);
    expect(within(outline).getByRole('button', { name: /^Chương I — PHẠM VI/ })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  });

  it('lists a numbering gap in plain words and refuses an empty title before sending anything', async () => {
    const gap = fx.TEXTS.vi.replace('Điều 4. Hiệu lực thi hành', 'Điều 6. Hiệu lực thi hành');
    await startImport(files.write('gap.txt', gap));
    const dialog = await screen.findByRole('dialog', { name: 'Import gap.txt' });
    const warnings = within(dialog).getByRole('region', { name: 'Things to check' });
    expect(within(warnings).getByText('Numbering gap')).toBeTruthy();
    fireEvent.change(field(dialog, 'Title'), { target: { value: '  ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(within(dialog).getByText('Enter a title.')).toBeTruthy();
    expect(field(dialog, 'Title').getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const ids = (await value(core.api.documents.imported())).map((d) => d.source);
    expect(ids).not.toContain('gap.txt');
  });

  it('shows why binary junk and an oversized file cannot be imported, and stores nothing', async () => {
    const before = (await value(core.api.documents.imported())).length;
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    await startImport(files.write('junk.txt', junk));
    let dialog = await screen.findByRole('dialog', { name: 'Could not import the file' });
    expect(within(dialog).getByRole('alert').textContent).toMatch(
      /^Lectern could not read this file: .*junk\.txt/,
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
    cleanup();

    await startImport(files.write('huge.txt', 'Điều 1. '.repeat(Math.ceil((21 * 1024 * 1024) / 8))));
    dialog = await screen.findByRole('dialog', { name: 'Could not import the file' });
    expect(within(dialog).getByRole('alert').textContent).toMatch(/20 MB/);
    expect((await value(core.api.documents.imported())).length).toBe(before);
  });

  it('reports how the notes of a replaced version were re-anchored', async () => {
    // Another act number, so this document does not collide with the one the first test imported.
    const v1 = fx.TEXTS.vi.replaceAll('17/2031', '18/2031');
    const first = files.write('v1.txt', v1);
    core.queueOpen(first);
    const preview = await value(core.api.documents.importPreview({}));
    if (!preview) throw new Error('no preview');
    const docId = (await value(core.api.documents.importCommit({ previewId: preview.previewId }))).document
      .docId;
    await value(
      core.api.annotations.create({ docId, eId: 'art_1', quote: 'động viên công nghiệp', note: 'phạm vi' }),
    );

    await startImport(
      files.write('v2.txt', v1.replace('Thời hạn hoàn thành.', 'Thời hạn hoàn thành kế hoạch.')),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Import v2.txt' });
    expect(field(dialog, 'Identifier').value).toBe(docId);
    expect(within(dialog).getByRole('note').textContent).toMatch(/already imported .*1 notes/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    const report = await within(dialog).findByRole('table', { name: 'What happened to your notes' });
    const row = (name: string) => within(report).getByRole('row', { name: new RegExp(`^${name}`) });
    // The note's article did not change, so it stays where it was; nothing is lost.
    expect(within(row('Unchanged')).getByRole('cell').textContent).toBe('1');
    expect(within(row('Unanchored')).getByRole('cell').textContent).toBe('0');
    await waitFor(() => {
      expect(within(dialog).getByRole('button', { name: 'Open the document' })).toBe(document.activeElement);
    });
  });
});
