// changeParts: what one logged change did to a note, read from its before/after states.
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../electron/shared/types';
import { changeParts } from '../../renderer/src/notes/history-changes';

const note: Annotation = {
  id: '5b1c0f3e-8f43-4c5e-9d1e-2a7b3c4d5e6f',
  target: { docId: 'd', docHash: 'h', eId: 'art_1', position: { start: 0, end: 4 }, quote: null },
  continues: [],
  note: 'text',
  color: 'yellow',
  tags: ['a'],
  author: 'R',
  created: '2026-01-01T00:00:00Z',
  updated: '2026-01-01T00:00:00Z',
  deleted: null,
  anchor: 'anchored',
};

describe('changeParts', () => {
  it('names creation, removal, deletion and restoration', () => {
    expect(changeParts(null, note)).toEqual(['created']);
    expect(changeParts(note, null)).toEqual(['removed']);
    expect(changeParts(note, { ...note, deleted: '2026-02-01T00:00:00Z' })).toEqual(['deleted']);
    expect(changeParts({ ...note, deleted: '2026-02-01T00:00:00Z' }, note)).toEqual(['restored']);
    expect(changeParts(null, null)).toEqual([]);
  });

  it('lists every field that changed, and a move before a mere anchoring change', () => {
    const moved = {
      ...note,
      target: { ...note.target, position: { start: 5, end: 9 } },
      anchor: 'moved' as const,
    };
    expect(changeParts(note, { ...note, note: 'other', color: 'red', tags: ['b'] })).toEqual([
      'note',
      'color',
      'tags',
    ]);
    expect(changeParts(note, moved)).toEqual(['place']);
    expect(changeParts(note, { ...note, anchor: 'fuzzy' })).toEqual(['anchor']);
    expect(changeParts(note, { ...note, tags: ['a'] })).toEqual([]);
    // A passage across provisions whose later part moved has moved too.
    const part = {
      eId: 'art_2',
      position: { start: 0, end: 3 },
      quote: { exact: 'abc', prefix: '', suffix: '' },
    };
    const passage = { ...note, continues: [part] };
    expect(
      changeParts(passage, { ...passage, continues: [{ ...part, position: { start: 0, end: 5 } }] }),
    ).toEqual(['place']);
  });
});
