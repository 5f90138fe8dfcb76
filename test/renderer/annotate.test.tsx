import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CorpusNode } from '../../electron/core/corpus/model';
import { App } from '../../renderer/src/app';
import { DOC, setupAppSuite } from '../support/renderer/app-suite';
import { type CoreApiHandle, nodeById, value } from '../support/renderer/core';

let core: CoreApiHandle;
let clause: CorpusNode;
setupAppSuite(async (suite) => {
  core = suite.core;
  // A named reviewer, so the first note is not held by the name prompt (tested in review-notes.test.tsx).
  await value(core.api.settings.update({ reviewerName: 'Test Reviewer' }));
  clause = await nodeById(core.api, DOC, 'art_6__cl_1');
});

/** Selects characters [start, end) of a provision's own text, as a mouse drag would. */
function selectInProvision(eId: string, start: number, end: number): void {
  const box = document.querySelector<HTMLElement>(`[data-text-eid="${eId}"]`)!;
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.textContent!.length;
    if (start >= offset && start <= offset + len) range.setStart(n, start - offset);
    if (end >= offset && end <= offset + len) {
      range.setEnd(n, end - offset);
      break;
    }
    offset += len;
  }
  const sel = window.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
  fireEvent.mouseUp(box);
}

async function liveAnnotations() {
  return value(core.api.annotations.list({ docId: DOC }));
}

describe('annotating', () => {
  it('highlights a selection, stores its exact quote, and undoes/redoes it from the keyboard', async () => {
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: /Decree/ });
    const start = clause.text.indexOf('state secrets');
    const end = start + 'state secrets'.length;
    selectInProvision(clause.eId, start, end);
    const toolbar = await screen.findByRole('toolbar', { name: 'Annotate selection' });
    fireEvent.click(within(toolbar).getByRole('button', { name: 'Highlight green' }));

    await waitFor(async () => {
      expect((await liveAnnotations()).length).toBe(1);
    });
    const [stored] = await liveAnnotations();
    expect(stored!.target.position).toEqual({ start, end });
    expect(stored!.target.quote?.exact).toBe('state secrets');
    expect(stored!.color).toBe('green');
    const mark = await waitFor(() => {
      const m = document.querySelector(`#p-${clause.eId} mark.hl-green`);
      expect(m).not.toBeNull();
      return m!;
    });
    expect(mark.textContent).toBe('state secrets');
    // The highlight never changes the provision's characters.
    expect(document.querySelector(`[data-text-eid="${clause.eId}"]`)!.textContent).toBe(clause.text);

    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(async () => {
      expect(await liveAnnotations()).toEqual([]);
    });
    await waitFor(() => {
      expect(document.querySelector(`#p-${clause.eId} mark.hl`)).toBeNull();
    });
    fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    await waitFor(async () => {
      expect((await liveAnnotations()).map((a) => a.id)).toEqual([stored!.id]);
    });
    await screen.findByText(/Redone/);
  });

  it('adds a whole-provision note with tags, lists it in the notes panel, and filters it out by colour', async () => {
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: /Decree/ });
    const before = (await liveAnnotations()).length;
    fireEvent.click(
      within(document.getElementById('p-art_6')!).getByRole('button', { name: 'Add note to Article 6' }),
    );
    const editor = await screen.findByRole('dialog', { name: /Note on Article 6, Decree 63\/2020\/ND-CP/ });
    fireEvent.change(within(editor).getByLabelText('Note'), {
      target: { value: 'Check against the 2024 Law' },
    });
    fireEvent.change(within(editor).getByLabelText('Tags'), { target: { value: 'review, law-2024' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Highlight blue' }));
    fireEvent.click(within(editor).getByRole('button', { name: 'Save' }));

    await waitFor(async () => {
      expect((await liveAnnotations()).length).toBe(before + 1);
    });
    const created = (await liveAnnotations()).find((a) => a.note === 'Check against the 2024 Law')!;
    expect(created.target.position).toBeNull();
    expect(created.tags.sort()).toEqual(['law-2024', 'review']);
    expect(created.color).toBe('blue');

    const panel = screen.getByRole('region', { name: 'Notes' });
    const item = await within(panel).findByText('Check against the 2024 Law');
    fireEvent.change(within(panel).getByLabelText('Colour'), { target: { value: 'red' } });
    await waitFor(() => {
      expect(within(panel).queryByText('Check against the 2024 Law')).toBeNull();
    });
    fireEvent.change(within(panel).getByLabelText('Colour'), { target: { value: 'blue' } });
    expect(await within(panel).findByText('Check against the 2024 Law')).not.toBe(item);
  });

  it('edits and deletes a highlight by clicking it', async () => {
    const created = await value(
      core.api.annotations.create({
        docId: DOC,
        eId: clause.eId,
        position: { start: 0, end: 9 },
        quote: clause.text.slice(0, 9),
        color: 'pink',
      }),
    );
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: /Decree/ });
    const mark = await waitFor(() =>
      document.querySelector<HTMLElement>(`mark[data-annotation-id="${created.id}"]`)!,
    );
    fireEvent.click(mark);
    const editor = await screen.findByRole('dialog', { name: 'Edit annotation' });
    fireEvent.click(within(editor).getByRole('button', { name: 'Delete' }));
    await waitFor(async () => {
      expect((await liveAnnotations()).some((a) => a.id === created.id)).toBe(false);
    });
    await waitFor(() => {
      expect(document.querySelector(`mark[data-annotation-id="${created.id}"]`)).toBeNull();
    });
  });
});
