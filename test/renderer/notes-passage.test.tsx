// A passage across provisions in the notes panel, against the real core: one entry, cited over its provisions
// with formatPlaces, showing every part's words joined; the text filter finds it by a word of a later part; the
// reader draws each part's highlight in its own provision.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { annotatableText } from '../../electron/core/corpus/annotatable-text';
import { DOC, openDecree, setupAppSuite } from '../support/renderer/app-suite';
import { type CoreApiHandle, nodeById, value } from '../support/renderer/core';

let core: CoreApiHandle;
setupAppSuite(async (suite) => {
  ({ core } = suite);
  await value(core.api.settings.update({ reviewerName: 'Test Reviewer' }));
});

const notesPanel = () => screen.getByRole('region', { name: 'Notes' });

describe('a passage across provisions in the notes panel', () => {
  it('is listed once, cited "Clauses 1–2, Article 6", with both parts quoted', async () => {
    const cl1 = annotatableText(await nodeById(core.api, DOC, 'art_6__cl_1'));
    const cl2 = annotatableText(await nodeById(core.api, DOC, 'art_6__cl_2'));
    await value(
      core.api.annotations.create({
        docId: DOC,
        eId: 'art_6__cl_1',
        position: { start: cl1.length - 10, end: cl1.length },
        continues: [{ eId: 'art_6__cl_2', position: { start: 0, end: 12 } }],
        note: 'Read the two together',
      }),
    );
    await openDecree();
    const item = (await within(notesPanel()).findByText('Read the two together')).closest('button')!;
    expect(item.querySelector('.note-citation')?.textContent).toBe(
      'Clauses 1–2, Article 6, Decree 63/2020/ND-CP',
    );
    expect(item.querySelector('.note-quote')?.textContent).toBe(`${cl1.slice(-10)} … ${cl2.slice(0, 12)}`);
    expect(within(notesPanel()).getAllByText('Read the two together')).toHaveLength(1);
    fireEvent.change(within(notesPanel()).getByRole('searchbox'), { target: { value: cl2.slice(0, 12) } });
    await waitFor(() => {
      expect(within(notesPanel()).getByText('Read the two together')).toBeTruthy();
    });
  });

  it('draws the passage in each provision it covers, one note', async () => {
    const cl1 = annotatableText(await nodeById(core.api, DOC, 'art_6__cl_1'));
    const a = await value(
      core.api.annotations.create({
        docId: DOC,
        eId: 'art_6__cl_1',
        position: { start: cl1.length - 10, end: cl1.length },
        continues: [{ eId: 'art_6__cl_2', position: { start: 0, end: 12 } }],
        color: 'green',
      }),
    );
    await openDecree();
    const marked = (eId: string): string =>
      [...document.querySelectorAll(`[data-text-eid="${eId}"] mark[data-annotation-id="${a.id}"]`)]
        .map((m) => m.textContent)
        .join('');
    await waitFor(() => {
      expect(marked('art_6__cl_1')).toBe(cl1.slice(-10));
    });
    expect(marked('art_6__cl_2')).toBe(a.continues[0]?.quote.exact);
    // Opening it from its second part edits the one note, its whole passage quoted.
    fireEvent.click(
      document.querySelector(`[data-text-eid="art_6__cl_2"] mark[data-annotation-id="${a.id}"]`)!,
    );
    const editor = await screen.findByRole('dialog', { name: 'Edit annotation' });
    expect(editor.textContent).toContain(`${cl1.slice(-10)} … ${a.continues[0]?.quote.exact ?? ''}`);
  });
});
