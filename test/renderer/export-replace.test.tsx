// The export dialog's answer to "exists, confirm?": where the save dialog does not ask before replacing (the test
// host's saves all go to one folder), the core refuses with EXISTS and writes nothing; the dialog asks, and only
// Replace sends `replace: true`.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openDecree, setupAppSuite } from '../support/renderer/app-suite';
import type { CoreApiHandle } from '../support/renderer/core';

let core: CoreApiHandle;
setupAppSuite((suite) => {
  ({ core } = suite);
});

describe('export dialog, existing file', () => {
  it('asks before replacing, leaves the file alone until Replace, then replaces it', async () => {
    await openDecree();
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
    const dialog = await screen.findByRole('dialog', { name: /^Export — Decree/ });
    fireEvent.change(within(dialog).getByLabelText('Format'), { target: { value: 'json' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export notes' }));
    await within(dialog).findByText(/^Saved to /);
    const path = core.saved.at(-1)!;
    const first = core.head(path, 1_000_000);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Export notes' }));
    const question = await within(dialog).findByText(
      /already exists; nothing was written\. Replace the existing file\?/,
    );
    expect(question.textContent).toContain(path);
    expect(core.head(path, 1_000_000)).toBe(first);
    expect(within(dialog).queryByText(/^Export failed/)).toBeNull();

    fireEvent.click(within(question).getByRole('button', { name: 'Replace' }));
    await within(dialog).findByText(/^Saved to /);
    const replaced = core.head(path, 1_000_000);
    expect(replaced).not.toBe(first); // a new collection id and export time
    expect(JSON.parse(replaced)).toMatchObject({ type: 'AnnotationCollection' });
  });
});
