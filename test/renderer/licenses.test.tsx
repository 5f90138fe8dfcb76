// Help › Third-party Licences: the native menu sends `about`; the renderer shows the `app:licenses` list from the
// real core (this checkout's production dependency tree) in a labelled modal dialog, closable by keyboard.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app';
import { setupAppSuite } from '../support/renderer/app-suite';
import { value, type CoreApiHandle } from '../support/renderer/core';

let core: CoreApiHandle;
setupAppSuite(
  (suite) => {
    core = suite.core;
  },
  { unmount: 'end' },
);

describe('third-party licences', () => {
  it('opens on the menu command, lists every component with its licence, and Escape closes it', async () => {
    const expected = await value(core.api.app.licenses());
    expect(expected.map((l) => l.name)).toContain('react');
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: /Decree/ });
    expect(screen.queryByRole('dialog')).toBeNull();
    const before = document.activeElement;

    act(() => {
      core.emit('menu:command', { command: 'about' });
    });
    const dialog = await screen.findByRole('dialog', { name: 'Third-party licences' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const table = await within(dialog).findByRole('table', { name: `${expected.length} components` });
    const rows = within(table).getAllByRole('row').slice(1); // the first row holds the column headers
    expect(rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent))).toEqual(
      expected.map((l) => [l.name, l.version, l.license]),
    );
    // Each row is named by its component (a row header), so a screen reader announces it with every cell.
    expect(within(rows[0]!).getByRole('rowheader').textContent).toBe(expected[0]!.name);
    // Focus moved into the dialog (the scrollable list or a button), so the keyboard can reach everything.
    expect(dialog.contains(document.activeElement)).toBe(true);

    fireEvent.keyDown(window, { key: 'Escape' });
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    expect(document.activeElement).toBe(before);
  });
});
