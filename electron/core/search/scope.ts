// Limits and scope filters of a search: which provisions a document, chapter or provision scope admits.
import type { CorpusNode } from '../corpus/model';
import { ancestorsOf } from '../corpus/citation';
import { LecternError } from '../errors';
import { unitOf, type TagFilter } from './search-index';
import type { SearchOptions } from './types';

/** Hits returned when the caller does not say. */
export const DEFAULT_LIMIT = 20;
/** Upper bound on hits per query. */
export const MAX_LIMIT = 200;

/** The limit to apply; throws INVALID_INPUT for a limit that is not a whole number of at least 1. */
export function checkLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new LecternError('INVALID_INPUT', `The limit must be a whole number of at least 1 (got ${limit}).`);
  }
  return Math.min(limit, MAX_LIMIT);
}

/** Document, chapter and provision filters become FlexSearch tags; deeper scopes are checked on the eId. */
export function scopeTags(opts: SearchOptions): TagFilter {
  const tags: TagFilter = {};
  if (opts.docId !== undefined) tags.doc = opts.docId;
  const scope = opts.scope?.trim();
  if (scope === undefined || scope === '') return tags;
  if (/^chp_\d+$/.test(scope)) tags.chapter = scope;
  else tags.unit = unitOf(scope);
  return tags;
}

/** True when `eId` lies in a provision scope (chapter scopes are applied as tags instead). */
export function inScope(eId: string, scope: string | undefined): boolean {
  const s = scope?.trim();
  if (s === undefined || s === '' || /^chp_\d+$/.test(s)) return true;
  return eId === s || eId.startsWith(`${s}__`);
}

/** Notes are not in the FlexSearch index, so a chapter scope is checked on their provision's ancestors. */
export function inChapter(
  eId: string,
  scope: string | undefined,
  byEId: ReadonlyMap<string, CorpusNode> | undefined,
): boolean {
  const s = scope?.trim();
  if (s === undefined || !/^chp_\d+$/.test(s) || byEId === undefined) return true;
  return eId === s || ancestorsOf(eId, byEId).some((a) => a.eId === s);
}
