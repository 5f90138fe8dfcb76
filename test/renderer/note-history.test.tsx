// The notes panel's record of changes, over the real core behind `window.lectern`: a note's logged history
// (annotations:history), deleted notes listed and restored (annotations:list {deleted:'only'},
// annotations:restore), and a tag renamed across notes (tags:list, tags:rename) — each one undoable action.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app';
import { DOC, setupAppSuite } from '../support/renderer/app-suite';
import { value, type CoreApiHandle } from '../support/renderer/core';

let core: CoreApiHandle;
setupAppSuite((suite) => {
  ({ core } = suite);
});

const notesPanel = () => screen.getByRole('region', { name: 'Notes' });
const live = async () => value(core.api.annotations.list({ docId: DOC }));

describe('notes panel history, deleted notes and tags', () => {
  it('shows a note’s logged changes in order, and refreshes them after an edit', async () => {
    const made = await value(core.api.annotations.create({ docId: DOC, eId: 'art_6', note: 'first words' }));
    await value(core.api.annotations.update({ id: made.id, note: 'second words', color: 'red' }));
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: /Decree/ });
    const panel = notesPanel();
    await within(panel).findByText('second words');
    fireEvent.click(
      within(panel).getByRole('button', { name: 'History of the note on Article 6, Decree 63/2020/ND-CP' }),
    );
    const log = await within(panel).findByRole('list', {
      name: 'Changes to the note on Article 6, Decree 63/2020/ND-CP',
    });
    await waitFor(() => {
      expect(within(log).getAllByRole('listitem')).toHaveLength(2);
    });
    const [first, second] = within(log).getAllByRole('listitem');
    expect(first?.textContent).toMatch(/add annotation — created/);
    expect(second?.textContent).toMatch(/text changed, colour changed/);
    // A change made elsewhere reaches the open history once the panel's list reloads (as after any action).
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(async () => {
      expect((await live()).find((a) => a.id === made.id)?.note).toBe('first words');
    });
    await waitFor(() => {
      expect(within(log).getAllByRole('listitem')).toHaveLength(3);
    });
    expect(within(log).getAllByRole('listitem')[2]?.textContent).toMatch(/undo/i);
  });

  it('lists deleted notes on request and restores one, undoably', async () => {
    const made = await value(core.api.annotations.create({ docId: DOC, eId: 'art_8', note: 'gone for now' }));
    await value(core.api.annotations.delete({ id: made.id }));
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: /Decree/ });
    const panel = notesPanel();
    expect(within(panel).queryByText('gone for now')).toBeNull();
    fireEvent.click(within(panel).getByRole('button', { name: 'Deleted notes' }));
    const restore = await within(panel).findByRole('button', {
      name: 'Restore the deleted note “gone for now” on Article 8, Decree 63/2020/ND-CP',
    });
    fireEvent.click(restore);
    await waitFor(async () => {
      expect((await live()).map((a) => a.id)).toContain(made.id);
    });
    await screen.findByText('Note restored.');
    // Restored: in the live list, no longer among the deleted.
    await within(panel).findByText('gone for now', { selector: '.note-item .note-text' });
    await waitFor(() => {
      expect(
        within(panel).queryByRole('button', { name: /Restore the deleted note “gone for now”/ }),
      ).toBeNull();
    });
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(async () => {
      expect((await live()).map((a) => a.id)).not.toContain(made.id);
    });
  });

  it('renames a tag on every note, merging onto an existing tag, in Vietnamese', async () => {
    await value(core.api.annotations.create({ docId: DOC, eId: 'art_6', note: 'a', tags: ['draft'] }));
    await value(core.api.annotations.create({ docId: DOC, eId: 'art_7', note: 'b', tags: ['draft', 'law'] }));
    await value(core.api.annotations.create({ docId: DOC, eId: 'art_8', note: 'c', tags: ['law'] }));
    await value(core.api.settings.update({ locale: 'vi' }));
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: /Decree/ });
    const panel = screen.getByRole('region', { name: 'Ghi chú' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Quản lý nhãn' }));
    const from = await within(panel).findByLabelText<HTMLSelectElement>('Nhãn cần đổi tên');
    await within(from).findByRole('option', { name: 'draft (2)' });
    fireEvent.change(from, { target: { value: 'draft' } });
    fireEvent.change(within(panel).getByLabelText('Tên mới'), { target: { value: 'law' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Đổi tên' }));
    await screen.findByText('Đã gộp nhãn “draft” vào “law” trên 2 ghi chú.');
    const tagged = (await live()).filter((a) => a.tags.length > 0).map((a) => a.tags);
    expect(tagged).toEqual([['law'], ['law'], ['law']]);
    await within(from).findByRole('option', { name: 'law (3)' });
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(async () => {
      expect((await live()).filter((a) => a.tags.includes('draft'))).toHaveLength(2);
    });
  });

  it('shows the start of a long note and the whole note on request', async () => {
    const long = `${'Đoạn đầu của ghi chú. '.repeat(40)}\nDòng cuối cùng của ghi chú dài.`
      .repeat(20)
      .slice(0, 18_000);
    await value(core.api.annotations.create({ docId: DOC, eId: 'art_9', note: long }));
    await value(core.api.settings.update({ locale: 'en' })); // the test before leaves the shared core in Vietnamese
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: /Decree/ });
    const panel = notesPanel();
    const more = await within(panel).findByRole('button', { name: 'Show the whole note (18000 characters)' });
    const text = () => more.closest('li')?.querySelector('.note-text')?.textContent ?? '';
    expect(text().length).toBeLessThanOrEqual(601);
    expect(long.startsWith(text().slice(0, -1))).toBe(true);
    fireEvent.click(more);
    expect(text()).toBe(long);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(within(panel).getByRole('button', { name: 'Show only the start' }));
    expect(text().length).toBeLessThanOrEqual(601);
  });
});
