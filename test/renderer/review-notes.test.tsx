// The reviewer-facing half of issue 13 against the real core: an exchange conflict made by a real bundle
// import is resolved from the notes panel (and undone), the reviewer's name is asked for at the first note,
// and the Settings field survives Esc (re-anchoring and re-attaching: review-reanchor.test.tsx).
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DOC, openDecree, setupAppSuite } from '../support/renderer/app-suite';
import { type CoreApiHandle, noteById, openOtherCore, value } from '../support/renderer/core';

let core: CoreApiHandle;
setupAppSuite((suite) => {
  core = suite.core;
});

const notesPanel = () => screen.getByRole('region', { name: 'Notes' });

describe('reviewer name', () => {
  it('is asked for at the first note when unset, stored, and signs that note', async () => {
    await openDecree();
    fireEvent.click(
      within(document.getElementById('p-art_5')!).getByRole('button', { name: 'Add note to Article 5' }),
    );
    const editor = await screen.findByRole('dialog', { name: /Note on Article 5/ });
    fireEvent.change(within(editor).getByLabelText('Note'), { target: { value: 'first note' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save' }));
    const prompt = await screen.findByRole('dialog', { name: 'Who is reviewing?' });
    // Nothing is saved under an invented name while the reviewer is asked.
    expect((await value(core.api.annotations.list({}))).some((a) => a.note === 'first note')).toBe(false);
    fireEvent.change(within(prompt).getByLabelText('Reviewer name'), { target: { value: 'Trần Thị B' } });
    fireEvent.click(within(prompt).getByRole('button', { name: 'Save name and note' }));
    await waitFor(async () => {
      const note = (await value(core.api.annotations.list({}))).find((a) => a.note === 'first note');
      expect(note?.author).toBe('Trần Thị B');
    });
    expect((await value(core.api.settings.get())).reviewerName).toBe('Trần Thị B');
  });

  it('keeps the typed Settings field when the dialog is closed with Esc', async () => {
    await openDecree();
    fireEvent.click(screen.getByRole('button', { name: /^Settings/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Settings' });
    fireEvent.change(within(dialog).getByLabelText('Reviewer name'), { target: { value: 'Lê Văn C' } });
    fireEvent.keyDown(window, { key: 'Escape' });
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Settings' })).toBeNull();
    });
    await waitFor(async () => {
      expect((await value(core.api.settings.get())).reviewerName).toBe('Lê Văn C');
    });
    fireEvent.click(screen.getByRole('button', { name: /^Settings/ }));
    const again = await screen.findByRole('dialog', { name: 'Settings' });
    expect(within(again).getByLabelText<HTMLInputElement>('Reviewer name').value).toBe('Lê Văn C');
  });
});

describe('exchange conflicts', () => {
  it('shows both versions of a conflict made by a real bundle import; Keep theirs changes the note; Ctrl+Z reverts', async () => {
    const other = await openOtherCore();
    try {
      const n = await value(core.api.annotations.create({ docId: DOC, eId: 'art_7', note: 'v0' }));
      const exchange = async (from: CoreApiHandle, to: CoreApiHandle) => {
        const saved = await value(from.api.annotations.export({ format: 'json' }));
        to.queueOpen(saved!.outPath);
        return value(
          to.api.annotations.import({
            jobId: `job-${String(Math.random()).slice(2)}`,
            acceptUntrusted: true,
          }),
        );
      };
      await exchange(core, other);
      // Theirs first, mine later: mine stays on the note, theirs goes to the conflict copy.
      await value(other.api.annotations.update({ id: n.id, note: 'theirs: compare with the 2024 Law' }));
      await value(core.api.annotations.update({ id: n.id, note: 'mine: check Article 7' }));
      expect((await exchange(other, core))!.conflicts).toHaveLength(1);

      await openDecree();
      const conflicts = await within(notesPanel()).findByRole('region', { name: '1 conflict' });
      expect(within(conflicts).getByText('mine: check Article 7')).toBeTruthy();
      expect(within(conflicts).getByText('theirs: compare with the 2024 Law')).toBeTruthy();
      expect(within(notesPanel()).getAllByText('conflict').length).toBeGreaterThan(0);
      fireEvent.click(within(conflicts).getByRole('button', { name: /^Keep theirs — Article 7/ }));
      await waitFor(async () => {
        expect((await noteById(core.api, n.id)).note).toBe('theirs: compare with the 2024 Law');
      });
      await waitFor(() => {
        expect(within(notesPanel()).queryByRole('region', { name: /conflict/ })).toBeNull();
      });
      expect(await value(core.api.annotations.conflicts({}))).toEqual([]);

      fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
      await waitFor(async () => {
        expect(await value(core.api.annotations.conflicts({}))).toHaveLength(1);
      });
      expect((await noteById(core.api, n.id)).note).toBe('mine: check Article 7');
      await within(notesPanel()).findByRole('region', { name: '1 conflict' });
      // Settle it for the tests that follow.
      fireEvent.click(screen.getByRole('button', { name: /^Keep both — Article 7/ }));
      await waitFor(async () => {
        expect(await value(core.api.annotations.conflicts({}))).toEqual([]);
      });
    } finally {
      other.close();
    }
  });
});
