// The search slice: one query over the library and the reviewer's notes, answered by the current index.
import type { HandlerContext, Slice } from './context';

/** `search:query`; the options (filters, locale) pass straight to the search service. */
export function searchHandlers({ services }: HandlerContext): Slice<'search:query'> {
  return {
    'search:query': ({ query, ...options }) => services.search.search(query, options),
  };
}
