// What the search box asks: the query, its filters and the interface language, as one request, and the key that
// says whether a remembered answer answers exactly that request (Enter acts on an answer only then).
import { useTranslation } from 'react-i18next';
import type { RequestInputOf } from '../../../electron/shared/contract';
import type { CitationLang } from '../../../electron/shared/types';
import { langOf } from '../reader/provision-label';

/** One `search:query` request. */
export type SearchRequest = RequestInputOf<'search:query'>;

/** Hits the popup asks for. */
const SEARCH_LIMIT = 30;

/** The filters of the search box and the interface language. */
interface SearchFilters {
  /** Only this document ('' for all). */
  docFilter: string;
  /** Only this part or chapter of that document ('' for all; ignored without a document). */
  chapterFilter: string;
  locale: CitationLang;
}

/** The request for `query` under `filters`. */
export function searchRequest(
  query: string,
  { docFilter, chapterFilter, locale }: SearchFilters,
): SearchRequest {
  return {
    query,
    limit: SEARCH_LIMIT,
    ...(docFilter ? { docId: docFilter } : {}),
    ...(docFilter && chapterFilter ? { scope: chapterFilter } : {}),
    locale,
  };
}

/** A key equal for two requests exactly when they ask the same thing: every field, keys in sorted order. */
export function requestKey(request: SearchRequest): string {
  const fields = Object.entries(request as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify(fields);
}

/** The interface language as search labels it ("vi-VN" → vi), following language changes. */
export function useSearchLocale(): CitationLang {
  const { i18n } = useTranslation();
  return langOf(i18n.language);
}
