import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DOC, openDecree, setupAppSuite } from '../support/renderer/app-suite';
import { value, type CoreApiHandle } from '../support/renderer/core';

let core: CoreApiHandle;
let scrolled: HTMLElement[];
setupAppSuite((suite) => {
  ({ core, scrolled } = suite);
});

describe('search as you type', () => {
  it('shows hits grouped by document with marked snippets; Enter opens the selected hit and marks it', async () => {
    await openDecree();
    const expected = await value(core.api.search.query({ query: 'state secrets', limit: 30 }));
    const firstGroup = expected.groups[0]!;
    const input = screen.getByRole('combobox', { name: 'Search all documents' });
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: 'state secrets' } });
    const list = await screen.findByRole('listbox', { name: 'Search results' });
    const group = await within(list).findByRole('group', { name: firstGroup.title });
    const options = within(group).getAllByRole('option');
    expect(options.length).toBe(firstGroup.hits.length);
    expect(options[0]!.textContent).toContain(firstGroup.hits[0]!.citation);
    expect(options[0]!.querySelectorAll('mark').length).toBeGreaterThan(0);

    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    // The active result is brought into view as the arrows move (the list scrolls, focus stays in the box).
    await waitFor(() => {
      expect(scrolled.at(-1)).toBe(options[1]);
    });
    fireEvent.keyDown(input, { key: 'Enter' });
    const target = firstGroup.hits[1]!.eId;
    await waitFor(() => {
      expect(scrolled.at(-1)?.id).toBe(`p-${target}`);
    });
    const marks = document.getElementById(`p-${target}`)!.querySelectorAll('mark.hit-mark');
    expect([...marks].map((m) => m.textContent.toLowerCase())).toEqual(expect.arrayContaining(['state']));
  });

  it('sends at most 3 requests while a 13-character query is typed, and shows the answer to the whole query', async () => {
    await openDecree();
    const api = window.lectern!;
    const original = api.search.query;
    const sent: string[] = [];
    const counting: typeof original = (request) => {
      sent.push(request.query);
      return original(request);
    };
    Object.defineProperty(api.search, 'query', { value: counting, configurable: true, writable: true });
    try {
      const input = screen.getByRole('combobox', { name: 'Search all documents' });
      const query = 'state secrets';
      expect(query).toHaveLength(13);
      // About eight keystrokes a second: a steady typist.
      for (let i = 1; i <= query.length; i++) {
        fireEvent.change(input, { target: { value: query.slice(0, i) } });
        await act(() => new Promise((done) => setTimeout(done, 120)));
      }
      const expected = await original({ query, limit: 30 });
      const first = expected.ok ? expected.value.groups[0]!.hits[0]!.citation : '';
      await waitFor(() => {
        const list = screen.getByRole('listbox', { name: 'Search results' });
        expect(within(list).getAllByRole('option')[0]?.textContent).toContain(first);
      });
      await act(() => new Promise((done) => setTimeout(done, 300)));
      expect(sent.length).toBeLessThanOrEqual(3);
      expect(sent.at(-1)).toBe(query);
    } finally {
      Object.defineProperty(api.search, 'query', { value: original, configurable: true, writable: true });
    }
  });

  it('searches at once on Enter typed before the debounced search answered', async () => {
    await openDecree();
    const input = screen.getByRole('combobox', { name: 'Search all documents' });
    fireEvent.change(input, { target: { value: 'Article 9' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => {
      expect(scrolled.at(-1)?.id).toBe('p-art_9');
    });
  });

  it('jumps straight to a cited provision and explains an empty result', async () => {
    await openDecree();
    const input = screen.getByRole('combobox', { name: 'Search all documents' });
    fireEvent.change(input, { target: { value: 'Article 6' } });
    await screen.findByRole('button', { name: /Go to Article 6/ });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => {
      expect(scrolled.at(-1)?.id).toBe('p-art_6');
    });
    fireEvent.change(input, { target: { value: 'zzqxv' } });
    expect(await screen.findByText('No results for “zzqxv”.')).toBeTruthy();
  });
});

describe('table of contents', () => {
  it('is an ARIA tree navigable with arrows, Home/End, and Enter; badges count annotations beneath', async () => {
    await value(
      core.api.annotations.create({
        docId: DOC,
        eId: 'art_6__cl_1',
        position: null,
        quote: null,
        note: 'toc badge',
      }),
    );
    await openDecree();
    const tree = screen.getByRole('tree', { name: 'Table of contents' });
    const items = within(tree).getAllByRole('treeitem');
    const first = items[0]!;
    act(() => {
      first.focus();
    });
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(within(tree).getAllByRole('treeitem').at(-1));
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(first);

    const chapter1 = within(tree)
      .getAllByRole('treeitem')
      .find((el) => el.dataset.eid === 'chp_1')!;
    expect(chapter1.getAttribute('aria-expanded')).toBe('true');
    const art6 = within(chapter1)
      .getAllByRole('treeitem')
      .find((el) => el.dataset.eid === 'art_6')!;
    expect(art6.textContent).toContain('1 annotation');
    expect(chapter1.querySelector('.toc-row')!.textContent).toContain('1 annotation');
    act(() => {
      art6.focus();
    });
    fireEvent.keyDown(art6, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(chapter1);
    fireEvent.keyDown(chapter1, { key: 'ArrowLeft' });
    expect(chapter1.getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(chapter1, { key: 'ArrowRight' });
    expect(chapter1.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(chapter1, { key: 'Enter' });
    await waitFor(() => {
      expect(scrolled.at(-1)?.id).toBe('p-chp_1');
    });
  });
});
