// A restart, in jsdom: the App is unmounted and mounted again over the same real core (user.sqlite). Sepia, the
// line width, the last reading position and the undo history must come back from the store, not from memory in
// the page.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app';
import { DOC, setupAppSuite } from '../support/renderer/app-suite';
import { value, type CoreApiHandle } from '../support/renderer/core';

let core: CoreApiHandle;
let scrolled: HTMLElement[];
setupAppSuite(
  (suite) => {
    ({ core, scrolled } = suite);
  },
  { unmount: 'end' },
);

describe('after a restart', () => {
  it('restores sepia, the line width and the last provision read, without flashing it', async () => {
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: /Decree/ });
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    const dialog = await screen.findByRole('dialog', { name: 'Settings' });
    fireEvent.change(within(dialog).getByLabelText('Theme'), { target: { value: 'sepia' } });
    fireEvent.change(within(dialog).getByLabelText('Line width'), { target: { value: 'wide' } });
    await waitFor(async () => {
      expect(await value(core.api.settings.get())).toMatchObject({ theme: 'sepia', lineWidth: 'wide' });
    });
    fireEvent.keyDown(dialog, { key: 'Escape' });

    const tree = screen.getByRole('tree', { name: 'Table of contents' });
    const article = within(tree)
      .getAllByRole('treeitem')
      .find((item) => item.getAttribute('data-eid') === 'art_10')!;
    fireEvent.click(article);
    await waitFor(async () => {
      expect((await value(core.api.reading.getPosition({ docId: DOC })))?.eId).toBe('art_10');
    });

    cleanup();
    document.documentElement.removeAttribute('data-theme');
    document.documentElement.removeAttribute('data-line-width');
    scrolled.length = 0;

    render(<App />);
    await screen.findByRole('heading', { level: 1, name: /Decree/ });
    await waitFor(() => {
      expect(document.documentElement.dataset.theme).toBe('sepia');
      expect(document.documentElement.dataset.lineWidth).toBe('wide');
    });
    await waitFor(() => {
      expect(scrolled.at(-1)?.id).toBe('p-art_10');
    });
    expect(scrolled.at(-1)?.classList.contains('flash')).toBe(false);
    // The settings dialog shows the stored values, so the choice is visible where it is made.
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    const again = await screen.findByRole('dialog', { name: 'Settings' });
    expect(within(again).getByLabelText<HTMLSelectElement>('Theme').value).toBe('sepia');
    expect(within(again).getByLabelText<HTMLSelectElement>('Line width').value).toBe('wide');
  });

  it('undoes a note made before the restart with Ctrl+Z, and redoes it with Ctrl+Shift+Z, in Vietnamese', async () => {
    await value(core.api.settings.update({ reviewerName: 'Test Reviewer' }));
    const made = await value(
      core.api.annotations.create({ docId: DOC, eId: 'art_6', note: 'made before the restart' }),
    );
    await value(core.api.settings.update({ locale: 'vi' }));
    cleanup();
    scrolled.length = 0;

    render(<App />);
    await screen.findByRole('heading', { level: 1, name: /Decree|Nghị định/ });
    const live = async () => (await value(core.api.annotations.list({ docId: DOC }))).map((a) => a.id);
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(async () => {
      expect(await live()).not.toContain(made.id);
    });
    await screen.findByText('Đã hoàn tác: thêm chú thích');
    fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    await waitFor(async () => {
      expect(await live()).toContain(made.id);
    });
    await screen.findByText('Đã làm lại: thêm chú thích');
    fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    await screen.findByText('Không có gì để làm lại.');
    await value(core.api.settings.update({ locale: 'en' }));
  });
});
