// The search box asks in the interface language and remembers an answer for its whole request: the Vietnamese
// interface sends `locale: 'vi'` and shows the preamble as "Phần mở đầu" while articles keep the document's
// "Article"; Enter right after a filter change opens the new filter's first hit, not the old answer's.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SearchRequest } from '../../renderer/src/search/search-request';
import { DOC, openDecree, setupAppSuite } from '../support/renderer/app-suite';
import { value, type CoreApiHandle } from '../support/renderer/core';

let core: CoreApiHandle;
let scrolled: HTMLElement[];
setupAppSuite((suite) => {
  ({ core, scrolled } = suite);
});

const COMMENTARY = 'law-dsi-2024-commentary';

/** Records every search request the App sends while `body` runs. */
async function recording(body: (sent: SearchRequest[]) => Promise<void>): Promise<void> {
  const api = window.lectern!;
  const original = api.search.query;
  const sent: SearchRequest[] = [];
  const counting: typeof original = (request) => {
    sent.push(request);
    return original(request);
  };
  Object.defineProperty(api.search, 'query', { value: counting, configurable: true, writable: true });
  try {
    await body(sent);
  } finally {
    Object.defineProperty(api.search, 'query', { value: original, configurable: true, writable: true });
  }
}

describe('search in the interface language', () => {
  it('sends locale "vi" from the Vietnamese interface and labels the preamble in Vietnamese', async () => {
    await value(core.api.settings.update({ locale: 'vi' }));
    try {
      await openDecree();
      await recording(async (sent) => {
        const input = screen.getByRole('combobox', { name: 'Tìm kiếm trong mọi văn bản' });
        fireEvent.change(input, { target: { value: 'Pursuant to the Law on Government Organization' } });
        const list = await screen.findByRole('listbox');
        const options = await within(list).findAllByRole('option');
        const preamble = options.find((o) => o.querySelector('.hit-crumb')?.textContent === 'Phần mở đầu');
        expect(preamble, options.map((o) => o.textContent).join('\n')).toBeDefined();
        expect(preamble!.querySelector('.hit-citation')?.textContent).toBe(
          'Phần mở đầu, Decree 63/2020/ND-CP',
        );
        expect(sent.length).toBeGreaterThan(0);
        expect(sent.every((r) => r.locale === 'vi')).toBe(true);

        // A numbered unit keeps the document's language in the Vietnamese interface.
        fireEvent.change(input, { target: { value: 'revealing state secrets' } });
        await waitFor(() => {
          const crumbs = [...document.querySelectorAll('.search-popup .hit-crumb')].map((c) => c.textContent);
          expect(crumbs).toContain('Chapter I › Article 6 › Clause 1');
        });
      });
    } finally {
      await value(core.api.settings.update({ locale: 'en' }));
    }
  });

  it('sends locale "en" from the English interface and says "Preamble"', async () => {
    await openDecree();
    await recording(async (sent) => {
      const input = screen.getByRole('combobox', { name: 'Search all documents' });
      fireEvent.change(input, { target: { value: 'Pursuant to the Law on Government Organization' } });
      const list = await screen.findByRole('listbox');
      await waitFor(() => {
        const crumbs = [...list.querySelectorAll('.hit-crumb')].map((c) => c.textContent);
        expect(crumbs).toContain('Preamble');
      });
      expect(sent.every((r) => r.locale === 'en')).toBe(true);
    });
  });
});

describe('Enter and the remembered answer', () => {
  it('opens the first hit of the new document filter when Enter follows the filter change at once', async () => {
    const query = 'security industry';
    const all = await value(core.api.search.query({ query, limit: 30, locale: 'en' }));
    const filtered = await value(
      core.api.search.query({ query, limit: 30, docId: COMMENTARY, locale: 'en' }),
    );
    const oldFirst = all.groups[0]!.hits[0]!;
    const newFirst = filtered.groups[0]!.hits[0]!;
    // The test means something only if the old answer's first hit is elsewhere.
    expect(oldFirst.docId).toBe(DOC);
    expect(newFirst.docId).toBe(COMMENTARY);

    await openDecree();
    await recording(async (sent) => {
      const input = screen.getByRole('combobox', { name: 'Search all documents' });
      fireEvent.change(input, { target: { value: query } });
      const list = await screen.findByRole('listbox');
      await waitFor(() => {
        expect(within(list).getAllByRole('option')[0]?.textContent).toContain(oldFirst.citation);
      });
      fireEvent.change(screen.getByRole('combobox', { name: 'Document filter' }), {
        target: { value: COMMENTARY },
      });
      // Before the debounced search for the new filter: the shown answer is the old filter's.
      fireEvent.keyDown(input, { key: 'Enter' });
      await waitFor(() => {
        expect(scrolled.at(-1)?.id).toBe(`p-${newFirst.eId}`);
      });
      await screen.findByRole('heading', { level: 1, name: filtered.groups[0]!.title });
      expect(sent.some((r) => r.docId === COMMENTARY)).toBe(true);
    });
  });

  it('still acts on the shown answer when it answers the current request', async () => {
    await openDecree();
    await recording(async (sent) => {
      const input = screen.getByRole('combobox', { name: 'Search all documents' });
      fireEvent.change(input, { target: { value: 'revealing state secrets' } });
      const list = await screen.findByRole('listbox');
      await within(list).findAllByRole('option');
      await new Promise((done) => setTimeout(done, 300));
      const before = sent.length;
      fireEvent.keyDown(input, { key: 'Enter' });
      await waitFor(() => {
        expect(scrolled.at(-1)?.id).toBe('p-art_6__cl_1');
      });
      expect(sent.length).toBe(before);
    });
  });
});
