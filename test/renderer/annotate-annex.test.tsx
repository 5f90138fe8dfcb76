// Appendix rows as targets in the reader, and a selection across provisions highlighted and noted as one
// passage, against the real core.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { annotatableText } from '../../electron/core/corpus/annotatable-text';
import type { CorpusNode } from '../../electron/core/corpus/model';
import { DOC, openDecree, setupAppSuite } from '../support/renderer/app-suite';
import { type CoreApiHandle, nodeById, value } from '../support/renderer/core';

const ROW = 'annex_1__grp_1__row_1';
const PLACE = 'No. 1, Specialized security products, Appendix';

let core: CoreApiHandle;
let scrolled: HTMLElement[];
let row: CorpusNode;
setupAppSuite(async (suite) => {
  ({ core, scrolled } = suite);
  await value(core.api.settings.update({ reviewerName: 'Test Reviewer' }));
  row = await nodeById(core.api, DOC, ROW);
});

/** The text node and offset at character `at` of the provision text element `box`. */
function pointIn(box: Element, at: number): [Node, number] {
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.textContent?.length ?? 0;
    if (at <= offset + len) return [n, at - offset];
    offset += len;
  }
  throw new Error(`offset ${at} beyond the text`);
}

/** Selects from character `start` of `from` to character `end` of `to`, as a mouse drag would, and lets go. */
function drag(from: Element, start: number, to: Element, end: number): void {
  const range = document.createRange();
  range.setStart(...pointIn(from, start));
  range.setEnd(...pointIn(to, end));
  const sel = window.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
  fireEvent.mouseUp(to);
}

/** The text element of each cell of the row, in column order. */
function cellTexts(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(`#p-${ROW} [data-text-eid="${ROW}"]`)];
}

const live = async () => value(core.api.annotations.list({ docId: DOC }));

describe('an appendix row in the reader', () => {
  it('draws each cell as its slice of the row text the core anchors to', async () => {
    await openDecree();
    const text = annotatableText(row);
    const cells = cellTexts();
    expect(cells).toHaveLength(3);
    for (const el of cells) {
      const start = Number(el.dataset.textStart ?? '0');
      expect(text.slice(start, start + el.textContent.length)).toBe(el.textContent);
    }
    expect(document.getElementById(`p-${ROW}`)!.getAttribute('aria-label')).toBe(PLACE);
  });

  it('highlights words selected in a cell and draws the highlight in that cell', async () => {
    await openDecree();
    const product = cellTexts()[1]!;
    const at = product.textContent.indexOf('combat gears');
    drag(product, at, product, at + 'combat gears'.length);
    const toolbar = await screen.findByRole('toolbar', { name: 'Annotate selection' });
    fireEvent.click(within(toolbar).getByRole('button', { name: 'Highlight green' }));
    await waitFor(async () => {
      expect((await live()).some((a) => a.target.eId === ROW)).toBe(true);
    });
    const stored = (await live()).find((a) => a.target.eId === ROW)!;
    const start = annotatableText(row).indexOf('combat gears');
    expect(stored.target.position).toEqual({ start, end: start + 12 });
    expect(stored.target.quote?.exact).toBe('combat gears');
    const mark = await waitFor(() => {
      const m = cellTexts()[1]!.querySelector('mark.hl-green');
      expect(m).not.toBeNull();
      return m!;
    });
    expect(mark.textContent).toBe('combat gears');
    expect(cellTexts()[1]!.textContent).toBe(row.cells![1]!.text);
  });

  it('notes a passage running from one cell into the next, the highlight split over both cells', async () => {
    await openDecree();
    const [, product, provider] = cellTexts();
    drag(product!, product!.textContent.indexOf('gears'), provider!, 'Security industry'.length);
    fireEvent.click(
      within(await screen.findByRole('toolbar', { name: 'Annotate selection' })).getByRole('button', {
        name: 'Add note',
      }),
    );
    const editor = await screen.findByRole('dialog', { name: `Note on ${PLACE}, Decree 63/2020/ND-CP` });
    fireEvent.change(within(editor).getByLabelText('Note'), { target: { value: 'Who supplies gears?' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save' }));
    await waitFor(async () => {
      expect((await live()).some((a) => a.note === 'Who supplies gears?')).toBe(true);
    });
    const stored = (await live()).find((a) => a.note === 'Who supplies gears?')!;
    expect(stored.target.quote?.exact).toBe('gears\nSecurity industry');
    await waitFor(() => {
      const marks = cellTexts().map((el) =>
        [...el.querySelectorAll(`mark[data-annotation-id="${stored.id}"]`)]
          .map((m) => m.textContent)
          .join(''),
      );
      expect(marks).toEqual(['', 'gears', 'Security industry']);
    });
  });

  it('has note and copy buttons named by its place, lists the note and jumps back to the row', async () => {
    await openDecree();
    const tr = document.getElementById(`p-${ROW}`)!;
    fireEvent.click(within(tr).getByRole('button', { name: `Add note to ${PLACE}` }));
    const editor = await screen.findByRole('dialog', { name: `Note on ${PLACE}, Decree 63/2020/ND-CP` });
    fireEvent.change(within(editor).getByLabelText('Note'), { target: { value: 'Row as a whole' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save' }));
    await waitFor(async () => {
      expect((await live()).some((a) => a.note === 'Row as a whole')).toBe(true);
    });
    expect((await live()).find((a) => a.note === 'Row as a whole')!.target).toMatchObject({
      eId: ROW,
      position: null,
    });
    expect(within(tr).getByRole('button', { name: `Copy ${PLACE} with citation` })).toBeTruthy();
    const panel = screen.getByRole('region', { name: 'Notes' });
    const item = (await within(panel).findByText('Row as a whole')).closest('button')!;
    expect(item.textContent).toContain(`${PLACE}, Decree 63/2020/ND-CP`);
    fireEvent.click(item);
    await waitFor(() => {
      expect(scrolled.at(-1)).toBe(document.getElementById(`p-${ROW}`));
    });
  });
});

describe('a selection across provisions', () => {
  it('is highlighted as one note whose parts are the words selected in each clause', async () => {
    await openDecree();
    const cl1 = document.querySelector('[data-text-eid="art_6__cl_1"]')!;
    const cl2 = document.querySelector('[data-text-eid="art_6__cl_2"]')!;
    const full1 = cl1.textContent;
    drag(cl1, full1.length - 10, cl2, 12);
    const toolbar = await screen.findByRole('toolbar', { name: 'Annotate selection' });
    fireEvent.click(within(toolbar).getByRole('button', { name: 'Highlight blue' }));
    await waitFor(async () => {
      expect((await live()).some((a) => a.continues.length > 0)).toBe(true);
    });
    const stored = (await live()).find((a) => a.continues.length > 0)!;
    expect(stored.target).toMatchObject({
      eId: 'art_6__cl_1',
      position: { start: full1.length - 10, end: full1.length },
    });
    expect(stored.target.quote?.exact).toBe(full1.slice(-10));
    expect(stored.continues.map((p) => [p.eId, p.position, p.quote.exact])).toEqual([
      ['art_6__cl_2', { start: 0, end: 12 }, cl2.textContent.slice(0, 12)],
    ]);
    await waitFor(() => {
      expect(cl2.querySelector(`mark[data-annotation-id="${stored.id}"]`)?.textContent).toBe(
        cl2.textContent.slice(0, 12),
      );
    });
  });

  it('is noted with the passage cited over both clauses and quoted in full', async () => {
    await openDecree();
    const cl1 = document.querySelector('[data-text-eid="art_6__cl_1"]')!;
    const cl2 = document.querySelector('[data-text-eid="art_6__cl_2"]')!;
    drag(cl1, cl1.textContent.length - 10, cl2, 12);
    const toolbar = await screen.findByRole('toolbar', { name: 'Annotate selection' });
    fireEvent.click(within(toolbar).getByRole('button', { name: 'Add note' }));
    const editor = await screen.findByRole('dialog', {
      name: 'Note on Clauses 1–2, Article 6, Decree 63/2020/ND-CP',
    });
    expect(editor.textContent).toContain(`${cl1.textContent.slice(-10)} … ${cl2.textContent.slice(0, 12)}`);
    fireEvent.change(within(editor).getByLabelText('Note'), { target: { value: 'Both clauses' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save' }));
    await waitFor(async () => {
      expect((await live()).find((a) => a.note === 'Both clauses')?.continues).toHaveLength(1);
    });
  });
});
