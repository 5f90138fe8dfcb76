// A document reads and cites in its own language whatever the interface language: a Vietnamese act with the
// English interface shows "Chương I", "Điều 2" and Vietnamese citations; the English decree with the Vietnamese
// interface shows "Chapter I", "Article 6". Parts, sub-sections, footnotes and the Legal Code's notes are shown.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app';
import { DOC } from '../support/renderer/app-suite';
import { installCore, stubLayout, value, type CoreApiHandle } from '../support/renderer/core';
import { loadImportFiles, type ImportFilesModule } from '../support/renderer/import-files';
import { VI_CODE, VI_PARTS } from '../support/renderer/vi-structure';

let core: CoreApiHandle;
let scrolled: HTMLElement[];
let files: ReturnType<ImportFilesModule['importFiles']>;
const ids = { parts: '', code: '' };

async function importThroughApi(name: string, text: string): Promise<string> {
  core.queueOpen(files.write(name, text));
  const preview = await value(core.api.documents.importPreview({}));
  if (!preview) throw new Error('the open dialog was cancelled');
  return (await value(core.api.documents.importCommit({ previewId: preview.previewId }))).document.docId;
}

beforeAll(async () => {
  scrolled = stubLayout();
  core = await installCore();
  files = (await loadImportFiles()).importFiles();
  ids.parts = await importThroughApi('luat-12-2030.txt', VI_PARTS);
  ids.code = await importThroughApi('de-muc-an-ninh-mang.txt', VI_CODE);
});
afterEach(cleanup);
afterAll(() => {
  core.close();
  files.remove();
});

/** Renders the App and opens `docId` from the library, waiting for `eId` to be on screen. */
async function open(docId: string, eId: string): Promise<void> {
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: /Decree/ });
  const meta = await value(core.api.documents.get({ docId }));
  const library = screen.getByRole('list', { name: 'Documents' });
  const name = new RegExp(`^${meta.shortTitle.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`);
  fireEvent.click(await within(library).findByRole('button', { name }));
  await waitFor(() => {
    expect(document.querySelector(`[data-text-eid="${eId}"]`)).not.toBeNull();
  });
}

const provision = (eId: string): HTMLElement => {
  const el = document.getElementById(`p-${eId}`);
  if (!el) throw new Error(`provision ${eId} not rendered`);
  return el;
};

/** Opens the contents entry labelled `label` (unless open) with its disclosure triangle, as a mouse user would. */
function expand(label: string): void {
  const row = within(screen.getByRole('tree')).getByText(label).closest('.toc-row');
  const twisty = row?.querySelector('.toc-twisty');
  if (!twisty) throw new Error(`no contents entry ${label}`);
  if (row?.parentElement?.getAttribute('aria-expanded') === 'false') fireEvent.click(twisty);
}

const tocLabels = (): string[] =>
  within(screen.getByRole('tree'))
    .getAllByRole('treeitem')
    .map((item) => item.querySelector('.toc-num')?.textContent ?? '');

describe('a Vietnamese act with the English interface', () => {
  it('heads parts, chapters, sections, sub-sections and articles in Vietnamese', async () => {
    await open(ids.parts, 'art_2__cl_1');
    expect(provision('part_1').querySelector('h2')?.textContent).toBe('Phần thứ nhất QUY ĐỊNH CHUNG');
    expect(screen.getByRole('heading', { level: 2, name: 'Chương I PHẠM VI' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Điều 1. Phạm vi điều chỉnh' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Mục 1. QUYỀN SỞ HỮU' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: 'Tiểu mục 1. QUYỀN CHIẾM HỮU' })).toBeTruthy();
    expect(screen.queryByText(/Chapter|Article/)).toBeNull();
    // The interface itself stays English.
    expect(
      within(provision('art_2')).getByRole('button', { name: 'Copy Điều 2 with citation' }),
    ).toBeTruthy();
  });

  it('lists parts and sub-sections as contents levels, names the preamble in English, and skips notes', async () => {
    await open(ids.parts, 'art_2__cl_1');
    const labels = tocLabels();
    expect(labels).toEqual(
      expect.arrayContaining([
        'Preamble',
        'Phần thứ nhất',
        'Chương I',
        'Điều 1',
        'Phần thứ hai',
        'Chương II',
      ]),
    );
    expect(labels.some((l) => /Chú thích|Note/.test(l))).toBe(false);
    const part1 = within(screen.getByRole('tree')).getAllByRole('treeitem')[1]!;
    expect(part1.getAttribute('aria-level')).toBe('1');
    const chapter1 = part1.querySelector('[role="treeitem"]');
    expect(chapter1?.getAttribute('aria-level')).toBe('2');
    expand('Mục 1');
    expand('Tiểu mục 1');
    const article2 = within(screen.getByRole('tree')).getByText('Điều 2').closest('[role="treeitem"]');
    expect(article2?.getAttribute('aria-level')).toBe('5');
  });

  it('shows each footnote after its provision and links the marker to it', async () => {
    await open(ids.parts, 'art_2__cl_1');
    const note = screen.getByRole('note', { name: 'Footnote 2' });
    expect(note.id).toBe('p-fn_2');
    expect(note.textContent).toContain('[2] Khoản này được sửa đổi theo Luật số 1/2031/QH15.');
    // Right after clause 1 of Article 2, before clause 2.
    expect(provision('art_2__cl_1').nextElementSibling).toBe(note);
    const marker = provision('art_2__cl_1').querySelector('a.fn-ref');
    expect(marker?.textContent).toBe('[2]');
    // The provision's text is unchanged by the link.
    const text = provision('art_2__cl_1').querySelector('[data-text-eid]')?.textContent;
    expect(text).toBe('Chiếm hữu là việc nắm giữ tài sản[2].');
    fireEvent.click(marker!);
    await waitFor(() => {
      expect(scrolled.at(-1)?.id).toBe('p-fn_2');
    });
    expect(screen.getByRole('note', { name: 'Footnote 1' }).textContent).toContain('Chú thích thứ nhất');
  });

  it('writes breadcrumbs and citations of notes in Vietnamese', async () => {
    await open(ids.parts, 'art_2__cl_1');
    expand('Mục 1');
    expand('Tiểu mục 1');
    fireEvent.click(within(screen.getByRole('tree')).getByText('Điều 2'));
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumbs' });
    await waitFor(() => {
      expect(within(crumbs).getByRole('button', { current: 'location' }).textContent).toBe('Điều 2');
    });
    expect(
      within(crumbs)
        .getAllByRole('button')
        .map((b) => b.textContent)
        .slice(1),
    ).toEqual(['Phần thứ nhất', 'Chương I', 'Mục 1', 'Tiểu mục 1', 'Điều 2']);
    fireEvent.click(
      within(provision('art_2__cl_1')).getByRole('button', { name: 'Add note to khoản 1 Điều 2' }),
    );
    expect(
      await screen.findByRole('dialog', { name: 'Note on khoản 1 Điều 2 Luật 12/2030/QH15' }),
    ).toBeTruthy();
  });

  it('cites search hits in Vietnamese', async () => {
    await open(ids.parts, 'art_2__cl_1');
    fireEvent.change(screen.getByRole('combobox', { name: 'Search all documents' }), {
      target: { value: 'nắm giữ tài sản' },
    });
    const list = await screen.findByRole('listbox', { name: 'Search results' });
    const hit = await within(list).findByText('khoản 1 Điều 2 Luật 12/2030/QH15');
    expect(hit.closest('[role="option"]')?.textContent).toContain(
      'Phần thứ nhất › Chương I › Mục 1 › Tiểu mục 1 › Điều 2 › khoản 1',
    );
  });

  it('limits search to a part, naming parts and chapters in Vietnamese in the filter', async () => {
    await open(ids.parts, 'art_2__cl_1');
    fireEvent.change(screen.getByRole('combobox', { name: 'Document filter' }), {
      target: { value: ids.parts },
    });
    const filter = screen.getByRole('combobox', { name: 'Chapter filter' });
    const options = within(filter)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual([
      'All chapters',
      'Phần thứ nhất QUY ĐỊNH CHUNG',
      '\u2003Chương I PHẠM VI',
      'Phần thứ hai ĐIỀU KHOẢN THI HÀNH',
      '\u2003Chương II HIỆU LỰC',
    ]);
    fireEvent.change(filter, { target: { value: 'part_2' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Search all documents' }), {
      target: { value: 'Luật này' },
    });
    const list = await screen.findByRole('listbox', { name: 'Search results' });
    await within(list).findByText('Điều 3 Luật 12/2030/QH15');
    expect(within(list).queryByText('Điều 1 Luật 12/2030/QH15')).toBeNull();
  });

  it('shows a Legal Code article with its source note under the heading and related articles after its text', async () => {
    await open(ids.code, 'art_1_11_lq_1');
    const article = provision('art_1_11_lq_1');
    expect(within(article).getByRole('heading', { level: 3 }).textContent).toBe(
      'Điều 1.11.LQ.1. Phạm vi điều chỉnh',
    );
    const source = provision('art_1_11_lq_1__source');
    // Inside the article, between its heading and its text.
    expect(source.parentElement).toBe(article);
    expect(source.previousElementSibling?.tagName).toBe('H3');
    expect(source.nextElementSibling?.className).toBe('provision-body');
    expect(source.textContent).toContain('(Điều 1 Luật số 24/2018/QH14');
    const related = provision('art_1_11_lq_1__related');
    expect(article.nextElementSibling).toBe(related);
    expect(related.textContent).toContain('(Điều này có nội dung liên quan đến');
    expect(tocLabels().some((l) => /Source|Related|Nguồn/.test(l))).toBe(false);
  });
});

describe('the English decree with the Vietnamese interface', () => {
  it('keeps English provision labels and citations while the chrome is Vietnamese', async () => {
    await value(core.api.settings.update({ locale: 'vi' }));
    try {
      render(<App />);
      await screen.findByRole('heading', { level: 1, name: /Decree/ });
      await waitFor(() => {
        expect(document.querySelector('[data-text-eid="art_6__cl_1"]')).not.toBeNull();
      });
      const nodes = await value(core.api.documents.nodes({ docId: DOC }));
      const art6 = nodes.find((n) => n.eId === 'art_6')!;
      expect(
        screen.getByRole('heading', { level: 3, name: `Article 6. ${art6.heading ?? ''}` }),
      ).toBeTruthy();
      expect(screen.getByRole('heading', { level: 2, name: /^Chapter I\b/ })).toBeTruthy();
      await waitFor(() => {
        expect(tocLabels()).toEqual(expect.arrayContaining(['Chapter I', 'Article 6']));
      });
      expect(tocLabels().some((l) => /Chương|Điều/.test(l))).toBe(false);
      if (nodes.some((n) => n.kind === 'preamble')) expect(tocLabels()).toContain('Phần mở đầu');
      const tree = screen.getByRole('tree');
      fireEvent.click(within(tree).getByText('Article 6'));
      const note = within(provision('art_6__cl_1')).getByRole('button', {
        name: 'Thêm ghi chú cho Clause 1, Article 6',
      });
      fireEvent.click(note);
      expect(
        await screen.findByRole('dialog', { name: /Clause 1, Article 6, Decree 63\/2020\/ND-CP/ }),
      ).toBeTruthy();
    } finally {
      await value(core.api.settings.update({ locale: 'en' }));
    }
  });
});
