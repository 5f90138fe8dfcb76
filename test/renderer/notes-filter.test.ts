// notes-filter: the notes panel's filters (document, colour, tag, text) and its two orders, and the tag list.
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../electron/shared/types';
import { allTags, filterNotes, type NotesFilter } from '../../renderer/src/notes/notes-filter';

const DECREE = 'decree-63-2020';
const COMMENTARY = 'law-dsi-2024-commentary';

function note(
  id: string,
  docId: string,
  eId: string,
  start: number | null,
  fields: Partial<Pick<Annotation, 'note' | 'color' | 'tags' | 'updated'>> & { exact?: string },
): Annotation {
  const exact = fields.exact ?? null;
  return {
    id,
    continues: [],
    target: {
      docId,
      docHash: 'h',
      eId,
      position: start === null ? null : { start, end: start + (exact?.length ?? 4) },
      quote: exact === null ? null : { exact, prefix: '', suffix: '' },
    },
    note: fields.note ?? '',
    color: fields.color ?? 'yellow',
    tags: fields.tags ?? [],
    author: 'Reviewer',
    created: '2026-01-01T00:00:00Z',
    updated: fields.updated ?? '2026-03-01T00:00:00Z',
    deleted: null,
    anchor: 'anchored',
  };
}

const a1 = note('a1', DECREE, 'art_6__cl_1', 10, {
  exact: 'dual-use',
  note: 'Check the licence',
  tags: ['export control'],
  updated: '2026-03-02T09:00:00Z',
});
const a2 = note('a2', DECREE, 'art_6__cl_1', 2, {
  exact: 'Sản phẩm',
  color: 'green',
  updated: '2026-03-05T09:00:00Z',
});
const a3 = note('a3', DECREE, 'art_3', null, {
  note: 'Thuật ngữ',
  color: 'red',
  tags: ['Định nghĩa'],
  updated: '2026-03-01T09:00:00Z',
});
const a4 = note('a4', COMMENTARY, 'sec_1', 0, { exact: 'Research', updated: '2026-03-04T09:00:00Z' });
const a5 = note('a5', DECREE, 'art_99', 0, { exact: 'gone', color: 'blue', updated: '2026-03-03T09:00:00Z' });
const a6 = note('a6', DECREE, 'art_6__cl_1', null, { note: 'Whole clause', updated: '2026-02-28T09:00:00Z' });
const ALL = [a4, a1, a5, a3, a2, a6];

/** Reading order of the provisions by `${docId}/${eId}`; art_99 is not in the document any more. */
const ORDER = new Map([
  [`${DECREE}/art_3`, 5],
  [`${DECREE}/art_6__cl_1`, 12],
  [`${COMMENTARY}/sec_1`, 3],
]);

const NONE: NotesFilter = { docId: null, color: '', tag: '', text: '', sort: 'position' };
const ids = (filter: Partial<NotesFilter>) =>
  filterNotes(ALL, { ...NONE, ...filter }, ORDER).map((a) => a.id);

describe('filterNotes', () => {
  it('orders by document, then reading order (unknown provisions last), then place in the text', () => {
    // A whole-provision note (no position) comes before the highlights in the same provision.
    expect(ids({})).toEqual(['a3', 'a6', 'a2', 'a1', 'a5', 'a4']);
  });

  it('orders by last change, newest first', () => {
    expect(ids({ sort: 'date' })).toEqual(['a2', 'a4', 'a5', 'a1', 'a3', 'a6']);
  });

  it('keeps one document, one colour or one tag (tags match exactly)', () => {
    expect(ids({ docId: COMMENTARY })).toEqual(['a4']);
    expect(ids({ color: 'yellow' })).toEqual(['a6', 'a1', 'a4']);
    expect(ids({ docId: DECREE, color: 'yellow' })).toEqual(['a6', 'a1']);
    expect(ids({ tag: 'export control' })).toEqual(['a1']);
    expect(ids({ tag: 'Export control' })).toEqual([]);
  });

  it('finds text in the note, the quoted words or a tag, ignoring case and surrounding spaces', () => {
    expect(ids({ text: '  LICENCE ' })).toEqual(['a1']);
    expect(ids({ text: 'sản phẩm' })).toEqual(['a2']);
    expect(ids({ text: 'định' })).toEqual(['a3']);
    expect(ids({ text: 'control' })).toEqual(['a1']);
    expect(ids({ text: 'search' })).toEqual(['a4']);
    expect(ids({ text: 'clause', color: 'red' })).toEqual([]);
    expect(ids({ text: '   ' })).toHaveLength(6);
  });

  it('leaves the list it was given in its order', () => {
    filterNotes(ALL, NONE, ORDER);
    filterNotes(ALL, { ...NONE, sort: 'date' }, ORDER);
    expect(ALL.map((a) => a.id)).toEqual(['a4', 'a1', 'a5', 'a3', 'a2', 'a6']);
  });
});

describe('allTags', () => {
  it('lists each tag once in alphabetical order, Vietnamese letters in their place', () => {
    const more = [...ALL, note('a7', DECREE, 'art_1', 0, { tags: ['bảo mật', 'export control', 'an ninh'] })];
    // "Đ" sorts between "b" and "e", not after "z" as in code-unit order.
    expect(allTags(more)).toEqual(['an ninh', 'bảo mật', 'Định nghĩa', 'export control']);
    expect(allTags([])).toEqual([]);
  });
});
