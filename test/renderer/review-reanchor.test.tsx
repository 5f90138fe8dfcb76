// Replacing a document with notes, against the real core: the preview lists every note's fate before Import,
// a checked 'review' row moves that note at commit, and a note left unanchored is re-attached to text the
// reviewer selects in the reader.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app';
import { type CoreApiHandle, installCore, noteById, stubLayout, value } from '../support/renderer/core';
import { loadImportFiles, type ImportFilesModule } from '../support/renderer/import-files';

let core: CoreApiHandle;
let files: ReturnType<ImportFilesModule['importFiles']>;
let v1: string;

beforeAll(async () => {
  stubLayout();
  core = await installCore();
  const fx = await loadImportFiles();
  files = fx.importFiles();
  v1 = fx.TEXTS.vi.replaceAll('17/2031', '19/2031');
  await value(core.api.settings.update({ reviewerName: 'Test Reviewer' }));
});
afterAll(() => {
  cleanup();
  core.close();
  files.remove();
});

/** Selects characters [start, end) of a provision's own text, as a mouse drag would. */
function selectInProvision(eId: string, start: number, end: number): void {
  const box = document.querySelector<HTMLElement>(`[data-text-eid="${eId}"]`)!;
  const text = box.firstChild!;
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  const sel = window.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
  document.dispatchEvent(new Event('selectionchange'));
  fireEvent.mouseUp(box);
}

describe('replacing a document with notes', () => {
  it('shows the plan, moves a confirmed review note, and re-attaches the orphan to selected text', async () => {
    core.queueOpen(files.write('v1.txt', v1));
    const first = await value(core.api.documents.importPreview({}));
    const docId = (await value(core.api.documents.importCommit({ previewId: first!.previewId }))).document
      .docId;
    const review = await value(
      core.api.annotations.create({ docId, eId: 'art_1', quote: 'bí mật nhà nước', note: 'secrets' }),
    );
    const orphan = await value(
      core.api.annotations.create({ docId, eId: 'art_1', quote: 'trong công nghiệp', note: 'scope' }),
    );

    render(<App />);
    await screen.findByRole('heading', { level: 1, name: /Decree/ });
    const v2 = v1.replace(
      'Nghị định này quy định chi tiết về động viên công nghiệp và bí mật nhà nước trong công nghiệp.',
      'Nghị định này quy định chi tiết về việc huy động.',
    );
    core.queueOpen(files.write('v2.txt', v2));
    fireEvent.click(screen.getByRole('button', { name: 'Import document…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import v2.txt' });
    const plan = within(dialog).getByRole('region', { name: 'Where your notes will go' });
    expect(within(plan).getAllByRole('row')).toHaveLength(3); // header + one row per note
    const reviewRow = within(plan).getByRole('row', { name: /bí mật nhà nước/ });
    expect(within(reviewRow).getByText(/To review/)).toBeTruthy();
    expect(
      within(within(plan).getByRole('row', { name: /trong công nghiệp/ })).getByText(/Unanchored|To review/),
    ).toBeTruthy();
    const box = within(reviewRow).getByRole<HTMLInputElement>('checkbox', {
      name: /^Move to .*“bí mật nhà nước”/,
    });
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    await within(dialog).findByRole('table', { name: 'What happened to your notes' });

    const moved = await noteById(core.api, review.id);
    expect(moved.anchor).not.toBe('orphaned');
    expect(moved.target.eId).toBe('art_3__cl_2__pt_dd');
    expect((await noteById(core.api, orphan.id)).anchor).toBe('orphaned');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Open the document' }));
    await waitFor(() => {
      expect(document.querySelector('[data-text-eid="art_2__cl_1"]')).not.toBeNull();
    });
    const panel = screen.getByRole('region', { name: 'Notes' });
    fireEvent.click(await within(panel).findByRole('button', { name: 'Re-attach… note “scope”' }));
    const bar = await screen.findByRole('region', { name: 'Re-attaching note “scope”' });
    const target = document.querySelector<HTMLElement>('[data-text-eid="art_2__cl_1"]')!.textContent;
    const start = target.indexOf('năng lực');
    selectInProvision('art_2__cl_1', start, start + 'năng lực'.length);
    const attach = await within(bar).findByRole('button', { name: /^Attach to “năng lực”/ });
    fireEvent.click(attach);
    await waitFor(async () => {
      const now = await noteById(core.api, orphan.id);
      expect(now.anchor).not.toBe('orphaned');
      expect(now.target.eId).toBe('art_2__cl_1');
      expect(now.target.quote?.exact).toBe('năng lực');
    });
    expect(screen.queryByRole('region', { name: /^Re-attaching/ })).toBeNull();
    // Undo (Ctrl+Z) puts the note back where it was: unanchored.
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(async () => {
      expect((await noteById(core.api, orphan.id)).anchor).toBe('orphaned');
    });
  });
});
