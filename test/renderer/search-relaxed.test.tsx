// Search says when it answers with provisions holding only some of the words, in the live region, in both
// languages: all of them ("when does the decree take effect": no provision has "when") or those after the few
// provisions holding every word ("tax incentives": one point of the decree).
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openDecree, setupAppSuite } from '../support/renderer/app-suite';
import { value, type CoreApiHandle } from '../support/renderer/core';

let core: CoreApiHandle;
setupAppSuite((suite) => {
  ({ core } = suite);
});

const RELAXED_EN = 'No provision has every word; showing provisions with most of them.';
const RELAXED_VI = 'Không quy định nào có đủ mọi từ; đang hiện các quy định có phần lớn các từ.';

async function type(query: string, label = 'Search all documents'): Promise<HTMLElement> {
  const input = screen.getByRole('combobox', { name: label });
  fireEvent.change(input, { target: { value: query } });
  const list = await screen.findByRole('listbox');
  return list.closest('.search-popup') as HTMLElement;
}

/** The text of the popup's polite live region. */
function announced(popup: HTMLElement): string {
  const region = popup.querySelector('[aria-live="polite"]');
  expect(region).not.toBeNull();
  return region?.textContent ?? '';
}

describe('relaxed search results', () => {
  it('announces that no provision has every word, and Article 22 answers the question', async () => {
    await openDecree();
    const popup = await type('when does the decree take effect');
    await within(popup).findByText(RELAXED_EN);
    expect(announced(popup)).toContain(RELAXED_EN);
    const options = within(popup).getAllByRole('option');
    expect(options[0]?.textContent).toContain('Article 22, Decree 63/2020/ND-CP');
    // A query every word of which some provision holds says nothing of the kind.
    // Typing is debounced: the earlier answer stays until the new one replaces it.
    const exact = await type('state secrets');
    await waitFor(() => {
      expect(within(exact).getAllByRole('option')[0]?.textContent).not.toContain('Article 22');
    });
    expect(announced(exact)).not.toContain('every word');
    expect(exact.querySelector('.search-relaxed')).toBeNull();
  });

  it('marks the provisions holding some of the words after the few holding all of them', async () => {
    await openDecree();
    const popup = await type('tax incentives');
    const options = await within(popup).findAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    expect(options[0]?.textContent).not.toContain('Some words');
    expect(options.slice(1).every((o) => o.textContent.includes('Some words'))).toBe(true);
    expect(announced(popup)).toContain('Few provisions have every word');
  });

  it('says it in Vietnamese with the Vietnamese interface', async () => {
    await value(core.api.settings.update({ locale: 'vi' }));
    try {
      await openDecree();
      const popup = await type('when does the decree take effect', 'Tìm kiếm trong mọi văn bản');
      await within(popup).findByText(RELAXED_VI);
      expect(announced(popup)).toContain(RELAXED_VI);
    } finally {
      await value(core.api.settings.update({ locale: 'en' }));
    }
  });
});
