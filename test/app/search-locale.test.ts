// `search:query` carries the interface language: a locale outside en/vi is INVALID_INPUT at the boundary, and a
// valid one reaches the search service through the handler (named blocks labelled in it, articles not).
import { describe, expect, it } from 'vitest';
import { call, dispatch } from '../../electron/app/dispatch';
import { contract } from '../../electron/shared/contract';
import type { RequestOf } from '../../electron/shared/contract';
import type { SearchHit } from '../../electron/shared/types';
import { setupHandlerTable } from '../support/services';

const table = setupHandlerTable();

const PREAMBLE_WORDS = 'Pursuant to the Law on Government Organization';

async function hit(request: RequestOf<'search:query'>, eId: string): Promise<SearchHit | undefined> {
  const result = await call(table.handlers, 'search:query', request);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.groups.flatMap((g) => g.hits).find((h) => h.eId === eId);
}

describe('search:query locale', () => {
  it('refuses a locale other than en or vi with INVALID_INPUT', async () => {
    for (const locale of ['fr', 'VI', '', 1, null]) {
      expect(contract['search:query'].request.safeParse({ query: 'x', locale }).success, String(locale)).toBe(
        false,
      );
      const bad = await dispatch(table.handlers, 'search:query', { query: 'state secrets', locale });
      expect(bad.ok ? null : bad.error.code, String(locale)).toBe('INVALID_INPUT');
    }
    expect(contract['search:query'].request.safeParse({ query: 'x', locale: 'vi' }).success).toBe(true);
    expect(contract['search:query'].request.safeParse({ query: 'x' }).success).toBe(true);
  });

  it('passes the locale to the search service: the preamble in it, an article in the document language', async () => {
    const base = { query: PREAMBLE_WORDS, docId: 'decree-63-2020' };
    expect((await hit(base, 'preamble'))?.breadcrumb).toEqual(['Preamble']);
    expect((await hit({ ...base, locale: 'vi' }, 'preamble'))?.breadcrumb).toEqual(['Phần mở đầu']);
    const article = await hit({ query: 'revealing state secrets', locale: 'vi' }, 'art_6__cl_1');
    expect(article?.citation).toBe('Clause 1, Article 6, Decree 63/2020/ND-CP');
  });
});
