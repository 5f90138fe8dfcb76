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

/**
 * Units above the article that a scope may name: parts, chapters, sections and sub-sections (`part_1`, `chp_2`,
 * `chp_13__sec_1__subsec_2`). Articles keep their own eIds beneath them, so these are matched by ancestry.
 */
const DIVISION = /^(?:part|chp)_[^_]+(?:__(?:chp|sec|subsec)_[^_]+)*$/;
/** A chapter, also one numbered again inside a later part (`part_2__chp_1`): answered by the chapter tag. */
const CHAPTER = /^(?:part_[^_]+__)?chp_[^_]+$/;

/** Document, chapter and provision filters become FlexSearch tags; other divisions are checked by ancestry. */
export function scopeTags(opts: SearchOptions): TagFilter {
  const tags: TagFilter = {};
  if (opts.docId !== undefined) tags.doc = opts.docId;
  const scope = opts.scope?.trim();
  if (scope === undefined || scope === '') return tags;
  if (CHAPTER.test(scope)) tags.chapter = scope;
  else if (!DIVISION.test(scope)) tags.unit = unitOf(scope);
  return tags;
}

/**
 * True when `eId` lies in the scope: the scoped provision and its descendants by eId, and for a part, chapter,
 * section or sub-section everything beneath it by ancestry (walked through the document's `byEId`).
 */
export function inScope(
  eId: string,
  scope: string | undefined,
  byEId: ReadonlyMap<string, CorpusNode> | undefined,
): boolean {
  const s = scope?.trim();
  if (s === undefined || s === '' || eId === s || eId.startsWith(`${s}__`)) return true;
  if (!DIVISION.test(s) || byEId === undefined) return false;
  return ancestorsOf(eId, byEId).some((a) => a.eId === s);
}
