// reader selection-offsets: a DOM selection in the reader's decorated text read back as eId and offsets in the provision's own text.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPassage, readSelection, selectionQuote } from '../../renderer/src/reader/selection-offsets';

const CL1 = 'Sản phẩm lưỡng dụng theo Điều 3.';

beforeEach(() => {
  // As provision.tsx and node-text.tsx render it: the number prefix outside the text span, decorations nested
  // in plain spans inside `[data-text-eid]`, so the span's text is exactly the node's text.
  document.body.innerHTML = `
    <div class="reader-scroll">
      <div id="p-art_6__cl_1" class="provision kind-clause" data-eid="art_6__cl_1" tabindex="-1">
        <p class="provision-body"><span class="provision-num">1. </span><span class="node-text" data-text-eid="art_6__cl_1"><span id="s1">Sản phẩm </span><span><mark class="hl hl-yellow" data-annotation-id="n1"><a class="xref" id="term">lưỡng dụng</a></mark></span><span id="s3"> theo Điều 3.</span></span></p>
      </div>
      <div id="p-art_6__cl_2" class="provision kind-clause" data-eid="art_6__cl_2" tabindex="-1">
        <p class="provision-body"><span class="provision-num">2. </span><span class="node-text" data-text-eid="art_6__cl_2">Giấy phép.</span></p>
      </div>
    </div>`;
});

afterEach(() => {
  window.getSelection()?.removeAllRanges();
  document.body.innerHTML = '';
});

const text = (id: string): Text => {
  const t = document.getElementById(id)?.firstChild;
  if (!(t instanceof Text)) throw new Error(`no text in #${id}`);
  return t;
};
const el = (selector: string): Element => {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Selection {
  const selection = window.getSelection();
  if (!selection) throw new Error('no selection');
  selection.removeAllRanges();
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  selection.addRange(range);
  return selection;
}

describe('readSelection', () => {
  it('checks the fixture: the text span holds the node text character for character', () => {
    expect(el('[data-text-eid="art_6__cl_1"]').textContent).toBe(CL1);
  });

  it('maps a selection inside one decoration to offsets in the whole provision text', () => {
    expect(readSelection(select(text('term'), 0, text('term'), 5))).toEqual({
      eId: 'art_6__cl_1',
      start: 9,
      end: 14,
      exact: 'lưỡng',
    });
  });

  it('maps a selection across decorations', () => {
    expect(readSelection(select(text('s1'), 4, text('s3'), 5))).toEqual({
      eId: 'art_6__cl_1',
      start: 4,
      end: 24,
      exact: 'phẩm lưỡng dụng theo',
    });
  });

  it('maps boundaries that sit between elements rather than inside text', () => {
    const span = el('[data-text-eid="art_6__cl_1"]');
    expect(readSelection(select(span, 1, span, 2))).toEqual({
      eId: 'art_6__cl_1',
      start: 9,
      end: 19,
      exact: 'lưỡng dụng',
    });
    expect(readSelection(select(span, 0, text('s3'), 13))).toEqual({
      eId: 'art_6__cl_1',
      start: 0,
      end: 32,
      exact: CL1,
    });
  });

  it('reads a selection made backwards the same as forwards', () => {
    const selection = window.getSelection();
    if (!selection) throw new Error('no selection');
    selection.setBaseAndExtent(text('s3'), 5, text('s1'), 4);
    expect(selection.anchorNode).toBe(text('s3'));
    expect(readSelection(selection)).toEqual({
      eId: 'art_6__cl_1',
      start: 4,
      end: 24,
      exact: 'phẩm lưỡng dụng theo',
    });
  });

  it('reads the second provision on its own', () => {
    const t = el('[data-text-eid="art_6__cl_2"]').firstChild;
    if (!t) throw new Error('no text');
    expect(readSelection(select(t, 0, t, 9))).toEqual({
      eId: 'art_6__cl_2',
      start: 0,
      end: 9,
      exact: 'Giấy phép',
    });
  });

  it('is null across two provisions, over the number prefix, on blank text or with nothing selected', () => {
    const cl2 = el('[data-text-eid="art_6__cl_2"]').firstChild;
    if (!cl2) throw new Error('no text');
    expect(readSelection(select(text('s3'), 1, cl2, 5))).toBeNull();
    const num = el('.provision-num').firstChild;
    if (!num) throw new Error('no number');
    expect(readSelection(select(num, 0, text('s1'), 3))).toBeNull();
    expect(readSelection(select(text('s1'), 8, text('s1'), 9))).toBeNull();
    expect(readSelection(select(text('s1'), 3, text('s1'), 3))).toBeNull();
    window.getSelection()?.removeAllRanges();
    expect(readSelection(window.getSelection())).toBeNull();
    expect(readSelection(null)).toBeNull();
  });
});

describe('readPassage', () => {
  const textOf = (eId: string): string | undefined => ({ art_6__cl_1: CL1, art_6__cl_2: 'Giấy phép.' })[eId];

  it('reads a selection across two provisions as one part in each, clipped to its text', () => {
    const cl2 = el('[data-text-eid="art_6__cl_2"]').firstChild;
    if (!cl2) throw new Error('no text');
    const s3 = CL1.indexOf(' theo');
    const sel = readPassage(select(text('s3'), 1, cl2, 5), textOf);
    expect(sel).toEqual({
      eId: 'art_6__cl_1',
      start: s3 + 1,
      end: CL1.length,
      exact: CL1.slice(s3 + 1),
      continues: [{ eId: 'art_6__cl_2', start: 0, end: 5, exact: 'Giấy ' }],
    });
    expect(sel && selectionQuote(sel)).toBe(`${CL1.slice(s3 + 1)} … Giấy `);
  });

  it('is null inside one provision, when a part has only the number prefix, or when a text is unknown', () => {
    expect(readPassage(select(text('s1'), 0, text('s3'), 5), textOf)).toBeNull();
    const num = el('#p-art_6__cl_2 .provision-num').firstChild;
    if (!num) throw new Error('no number');
    expect(readPassage(select(text('s3'), 1, num, 2), textOf)).toBeNull();
    const cl2 = el('[data-text-eid="art_6__cl_2"]').firstChild;
    if (!cl2) throw new Error('no text');
    expect(readPassage(select(text('s3'), 1, cl2, 5), () => undefined)).toBeNull();
  });
});
