// Reading from the keyboard over the real core: Enter on a search hit moves focus to the provision found; j/k
// and ↓/↑ move a roving focus through provisions, each named by its place in the act; n opens a note on the
// focused provision and focus returns to it after Escape; h highlights it in the default colour.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DOC, openDecree, setupAppSuite } from '../support/renderer/app-suite';
import { value, type CoreApiHandle } from '../support/renderer/core';

let core: CoreApiHandle;
setupAppSuite((suite) => {
  ({ core } = suite);
});

const focused = () => document.activeElement as HTMLElement;

describe('keyboard reading', () => {
  it('follows a search hit into the text, walks provisions, notes and highlights the focused one', async () => {
    await value(core.api.settings.update({ reviewerName: 'Reviewer A' }));
    await openDecree();
    const input = screen.getByRole('combobox', { name: 'Search all documents' });
    fireEvent.change(input, { target: { value: 'Article 6' } });
    // The debounced search answers within a second on a quiet machine; a loaded one may take longer.
    await screen.findByRole('button', { name: /Go to Article 6/ }, { timeout: 10_000 });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => {
      expect(focused().id).toBe('p-art_6');
    });
    expect(focused().getAttribute('role')).toBe('group');
    expect(focused().getAttribute('aria-label')).toBe('Article 6');

    fireEvent.keyDown(focused(), { key: 'j' });
    expect(focused().dataset.eid).toBe('art_6__cl_1');
    expect(focused().getAttribute('aria-label')).toBe('Clause 1, Article 6');
    fireEvent.keyDown(focused(), { key: 'ArrowDown' });
    expect(focused().dataset.eid).toBe('art_6__cl_2');
    fireEvent.keyDown(focused(), { key: 'k' });
    expect(focused().dataset.eid).toBe('art_6__cl_1');

    // n: a note on the focused clause; Escape returns focus to it.
    fireEvent.keyDown(focused(), { key: 'n' });
    const editor = await screen.findByRole('dialog', { name: /Clause 1, Article 6/ });
    // The note field counts towards the limit the core enforces.
    const field = within(editor).getByLabelText<HTMLTextAreaElement>('Note');
    expect(field.maxLength).toBe(20_000);
    expect(within(editor).getByText('0 of 20,000 characters')).toBeTruthy();
    fireEvent.change(field, { target: { value: 'Xem lại' } });
    expect(within(editor).getByText('7 of 20,000 characters')).toBeTruthy();
    fireEvent.keyDown(editor, { key: 'Escape' });
    await waitFor(() => {
      expect(focused().dataset.eid).toBe('art_6__cl_1');
    });

    // h: the whole clause highlighted in the default colour, stored by the core.
    fireEvent.keyDown(focused(), { key: 'h' });
    await waitFor(async () => {
      const notes = await value(core.api.annotations.list({ docId: DOC }));
      expect(notes.map((a) => [a.target.eId, a.color, a.target.quote])).toEqual([
        ['art_6__cl_1', 'yellow', null],
      ]);
    });
    // A key typed into a control inside a provision stays with that control.
    const copy = screen.getByRole('button', { name: 'Copy Clause 1, Article 6 with citation' });
    copy.focus();
    fireEvent.keyDown(copy, { key: 'j' });
    expect(focused()).toBe(copy);
  });

  it('opens the shortcut sheet with ? and has a skip link to the text first in the tab order', async () => {
    await openDecree();
    const skip = screen.getByRole('link', { name: 'Skip to the document text' });
    expect(document.querySelector('.app a, .app button, .app input')).toBe(skip);
    fireEvent.click(skip);
    expect(focused().classList.contains('provision')).toBe(true);
    const from = focused();
    fireEvent.keyDown(from, { key: '?' });
    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = [...sheet.querySelectorAll('.shortcut-row')].map((r) => r.textContent);
    expect(rows).toContain('Ctrl+FFind in the open document');
    expect(rows).toContain('hHighlight the focused provision, or the part selected in it');
    expect(rows).toContain(
      'Shift+← / →, Ctrl+Shift+← / →Select part of the focused provision (by character; with Ctrl, by word)',
    );
    fireEvent.keyDown(sheet, { key: 'Escape' });
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
    });
    expect(focused()).toBe(from);
    // Typed into the search box, ? is just a character.
    const input = screen.getByRole('combobox', { name: 'Search all documents' });
    fireEvent.keyDown(input, { key: '?' });
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
  });
});
