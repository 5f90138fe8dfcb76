// reader provision-keys: roving focus through provisions (j/k/arrows/Home/End) and the note, highlight and copy keys.
import type { KeyboardEvent } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleProvisionKey } from '../../renderer/src/reader/provision-keys';

const EIDS = ['art_6', 'art_6__cl_1', 'art_6__cl_1__pt_dd'];

let container: HTMLElement;
let scrolled: Element[];
let calls: string[];
const actions = {
  note: (eId: string, anchor: HTMLElement) => calls.push(`note ${eId} ${anchor.id}`),
  highlight: (eId: string) => calls.push(`highlight ${eId}`),
  copy: (eId: string) => calls.push(`copy ${eId}`),
};

beforeEach(() => {
  scrolled = [];
  calls = [];
  Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
    scrolled.push(this);
  };
  container = document.createElement('div');
  container.className = 'reader-scroll';
  container.tabIndex = 0;
  // The reader's wrappers (provision.tsx): `.provision[data-eid]`, id `p-<eId>`, focusable; a control inside one.
  container.innerHTML =
    EIDS.map(
      (eId) =>
        `<div id="p-${eId}" class="provision kind-x" data-eid="${eId}" tabindex="-1"><p>Text</p>` +
        `<button type="button">Note</button></div>`,
    ).join('') + '<div class="provision">no eId</div><li data-eid="art_7" tabindex="-1">toc</li>';
  document.body.append(container);
});

afterEach(() => {
  container.remove();
});

const provision = (i: number): HTMLElement => {
  const el = container.querySelector<HTMLElement>(`[data-eid="${EIDS[i] ?? ''}"]`);
  if (!el) throw new Error(`no provision ${String(i)}`);
  return el;
};

function press(
  target: HTMLElement,
  key: string,
  mods: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean } = {},
) {
  const e = { key, target, ctrlKey: false, metaKey: false, altKey: false, ...mods };
  return handleProvisionKey(e as unknown as KeyboardEvent<HTMLElement>, container, actions);
}

const focusedEId = () => (document.activeElement as HTMLElement | null)?.dataset.eid;

describe('handleProvisionKey', () => {
  it('moves to the next and previous provision with j/k and the arrows, staying at the ends', () => {
    expect(press(container, 'j')).toBe(true);
    expect(focusedEId()).toBe('art_6');
    expect(press(provision(0), 'ArrowDown')).toBe(true);
    expect(focusedEId()).toBe('art_6__cl_1');
    expect(press(provision(1), 'j')).toBe(true);
    expect(focusedEId()).toBe('art_6__cl_1__pt_dd');
    expect(press(provision(2), 'j')).toBe(true);
    expect(focusedEId()).toBe('art_6__cl_1__pt_dd');
    expect(press(provision(2), 'k')).toBe(true);
    expect(focusedEId()).toBe('art_6__cl_1');
    expect(press(provision(1), 'ArrowUp')).toBe(true);
    expect(press(provision(0), 'k')).toBe(true);
    expect(focusedEId()).toBe('art_6');
    expect(scrolled.map((el) => (el as HTMLElement).dataset.eid)).toEqual([
      'art_6',
      'art_6__cl_1',
      'art_6__cl_1__pt_dd',
      'art_6__cl_1__pt_dd',
      'art_6__cl_1',
      'art_6',
      'art_6',
    ]);
  });

  it('jumps to the first and last provision with Home and End, from the container too', () => {
    expect(press(container, 'End')).toBe(true);
    expect(focusedEId()).toBe('art_6__cl_1__pt_dd');
    expect(press(provision(2), 'Home')).toBe(true);
    expect(focusedEId()).toBe('art_6');
    expect(press(container, 'k')).toBe(true);
    expect(focusedEId()).toBe('art_6');
  });

  it('adds a note (n, Enter), highlights (h) and copies (c) the focused provision', () => {
    expect(press(provision(2), 'n')).toBe(true);
    expect(press(provision(1), 'Enter')).toBe(true);
    expect(press(provision(1), 'h')).toBe(true);
    expect(press(provision(0), 'c')).toBe(true);
    expect(press(provision(0), 'x')).toBe(false);
    expect(calls).toEqual([
      'note art_6__cl_1__pt_dd p-art_6__cl_1__pt_dd',
      'note art_6__cl_1 p-art_6__cl_1',
      'highlight art_6__cl_1',
      'copy art_6',
    ]);
  });

  it('leaves alone keys with a modifier, keys typed in a control, and action keys on the container', () => {
    const button = provision(1).querySelector('button');
    if (!button) throw new Error('no button');
    expect(press(provision(0), 'c', { ctrlKey: true })).toBe(false);
    expect(press(provision(0), 'j', { metaKey: true })).toBe(false);
    expect(press(provision(0), 'h', { altKey: true })).toBe(false);
    expect(press(button, 'j')).toBe(false);
    expect(press(button, 'n')).toBe(false);
    expect(press(container, 'n')).toBe(false);
    expect(press(container, 'c')).toBe(false);
    expect(calls).toEqual([]);
    expect(scrolled).toEqual([]);
  });

  it('does nothing in a reader without provisions', () => {
    container.innerHTML = '';
    expect(press(container, 'j')).toBe(false);
    expect(press(container, 'End')).toBe(false);
    expect(scrolled).toEqual([]);
  });
});
