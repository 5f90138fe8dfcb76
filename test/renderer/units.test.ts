import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { vi } from '../../renderer/src/i18n/vi';
import { findMatches, segmentText, type DecoratedRange } from '../../renderer/src/reader/segments';
import { excerptParts, markedWords } from '../../renderer/src/search/snippet';
import {
  deepLink,
  emptyHistory,
  parseDeepLink,
  step,
  visit,
  current,
} from '../../renderer/src/state/nav-history';
import { actionLabelKey } from '../../renderer/src/state/action-label';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('segments', () => {
  it('cuts overlapping decorations into runs whose text joins back to the original', () => {
    const text = 'Revealing state secrets about security industry';
    const ranges: DecoratedRange[] = [
      { start: 10, end: 23, deco: { type: 'hit' } },
      { start: 16, end: 36, deco: { type: 'find', index: 0, current: true } },
    ];
    const segments = segmentText(text, ranges);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    const overlap = segments.find((s) => s.text === 'secrets')!;
    expect(overlap.decos.map((d) => d.type)).toEqual(['hit', 'find']);
    expect(segmentText(text, [{ start: 5, end: 999, deco: { type: 'hit' } }])).toHaveLength(1);
  });

  it('finds every case-insensitive match', () => {
    expect(findMatches('State secrets; state SECRETS', 'state secrets')).toEqual([
      { start: 0, end: 13 },
      { start: 15, end: 28 },
    ]);
    expect(findMatches('anything', '   ')).toEqual([]);
  });
});

describe('snippets', () => {
  it('splits the plain-text excerpt at the core ranges, in order, without reading any markup', () => {
    const text = 'a <b> state & secrets';
    expect(
      excerptParts({
        text,
        ranges: [
          [14, 21],
          [6, 11],
        ],
      }),
    ).toEqual([
      { text: 'a <b> ', marked: false },
      { text: 'state', marked: true },
      { text: ' & ', marked: false },
      { text: 'secrets', marked: true },
    ]);
    // Overlapping and out-of-range ranges never duplicate or invent text.
    expect(
      excerptParts({
        text: 'abcdef',
        ranges: [
          [1, 4],
          [2, 5],
          [9, 12],
        ],
      }),
    ).toEqual([
      { text: 'a', marked: false },
      { text: 'bcde', marked: true },
      { text: 'f', marked: false },
    ]);
    expect(excerptParts({ text: 'plain', ranges: [] })).toEqual([{ text: 'plain', marked: false }]);
    expect(
      markedWords({
        text: 'State x State',
        ranges: [
          [0, 5],
          [8, 13],
        ],
      }),
    ).toEqual(['State']);
  });
});

describe('navigation history', () => {
  it('goes back and forward and drops the forward branch on a new visit', () => {
    let h = visit(emptyHistory, { docId: 'd', eId: 'art_18' });
    h = visit(h, { docId: 'd', eId: 'art_4' });
    h = step(h, -1);
    expect(current(h)).toEqual({ docId: 'd', eId: 'art_18' });
    expect(step(step(h, -1), -1)).toBe(step(h, -1));
    h = visit(h, { docId: 'd', eId: 'art_6' });
    expect(step(h, 1)).toBe(h);
    expect(h.entries.map((e) => e.eId)).toEqual(['art_18', 'art_6']);
  });

  it('parses and formats lectern:// deep links and rejects anything else', () => {
    expect(parseDeepLink('lectern://decree-63-2020/art_6__cl_1')).toEqual({
      docId: 'decree-63-2020',
      eId: 'art_6__cl_1',
    });
    expect(parseDeepLink('lectern://decree-63-2020')).toEqual({ docId: 'decree-63-2020', eId: null });
    expect(parseDeepLink('https://example.com/art_6')).toBeNull();
    expect(parseDeepLink('lectern://../etc/passwd')).toBeNull();
    expect(deepLink({ docId: 'decree-63-2020', eId: 'art_6' })).toBe('lectern://decree-63-2020/art_6');
  });
});

describe('action labels', () => {
  it('names every kind of logged action in both interface languages, with distinct names', () => {
    const kinds = [
      'create',
      'update',
      'delete',
      'restore',
      'tag-rename',
      'import',
      'reanchor',
      'attach',
      'resolve',
      'undo',
      'redo',
    ] as const;
    const get = (o: object, k: string) =>
      k.split('.').reduce<unknown>((v, p) => (v as Record<string, unknown> | undefined)?.[p], o);
    for (const lang of [en, vi]) {
      const names = kinds.map((k) => get(lang, actionLabelKey(k)));
      expect(
        names.every((n) => typeof n === 'string' && n.length > 0),
        JSON.stringify(names),
      ).toBe(true);
      expect(new Set(names).size).toBe(kinds.length);
    }
  });
});

describe('interface strings', () => {
  it('has the same keys in English and Vietnamese, and no untranslated Vietnamese value', () => {
    expect(keys(vi)).toEqual(keys(en));
    const same = keys(en).filter((k) => {
      const get = (o: object) => k.split('.').reduce<unknown>((v, p) => (v as Record<string, unknown>)[p], o);
      const a = get(en);
      return a === get(vi) && typeof a === 'string' && /[a-z]{4,}/i.test(a.replace(/\{\{\w+\}\}/g, ''));
    });
    expect(same).toEqual(['app.name']);
  });
});
