import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DOC, openDecree, setupAppSuite } from '../support/renderer/app-suite';
import { value, type CoreApiHandle } from '../support/renderer/core';

let core: CoreApiHandle;
let scrolled: HTMLElement[];
setupAppSuite((suite) => {
  ({ core, scrolled } = suite);
});

describe('export dialog', () => {
  // The successful PDF export is exercised end to end in Chromium (test/e2e/reader.test.ts): pdfkit does not run
  // under jsdom's globals, so here only the error path is checked.
  it('shows a failure plainly instead of throwing', async () => {
    await openDecree();
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
    const dialog = await screen.findByRole('dialog', { name: /^Export — Decree/ });
    // A marking longer than the contract allows is refused by the IPC validation, and the dialog says so.
    const marking = within(dialog).getByLabelText('Marking text');
    marking.removeAttribute('maxlength');
    fireEvent.change(marking, { target: { value: 'X'.repeat(300) } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export PDF' }));
    expect((await within(dialog).findByText(/^Export failed: /)).textContent).toMatch(/marking/);
  });
});

describe('find in document', () => {
  it('Ctrl+F marks every match and Enter steps through them', async () => {
    await openDecree();
    fireEvent.keyDown(window, { key: 'f', ctrlKey: true });
    const input = await screen.findByRole('searchbox', { name: 'Find in document' });
    fireEvent.change(input, { target: { value: 'state secrets' } });
    const nodes = await value(core.api.documents.nodes({ docId: DOC }));
    const expected = nodes.reduce(
      (n, node) => n + node.text.toLowerCase().split('state secrets').length - 1,
      0,
    );
    await waitFor(() => {
      expect(document.querySelectorAll('mark.find').length).toBeGreaterThanOrEqual(expected);
    });
    expect(screen.getByText(`1 of ${String(expected)}`)).toBeTruthy();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByText(`2 of ${String(expected)}`)).toBeTruthy();
    const current = document.querySelector('mark.find-current')!;
    expect(current.getAttribute('data-find-index')).toBe('1');
    expect(scrolled.at(-1)).toBe(current);
    fireEvent.keyDown(input, { key: 'Escape' });
    await waitFor(() => {
      expect(document.querySelectorAll('mark.find')).toHaveLength(0);
    });
  });
});
