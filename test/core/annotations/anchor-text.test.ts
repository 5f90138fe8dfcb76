// Quote context and W3C code-point positions on text with characters outside the Basic Multilingual Plane.
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  fromCodePointOffset,
  quoteAt,
  toCodePointOffset,
} from '../../../electron/core/annotations/anchor-text.js';
import type { JsonLdLive as JsonLdAny } from '../../../electron/core/annotations/exchange/jsonld.js';

/** An exported live note on one provision (a passage's target is an array; none is made here). */
type JsonLdLive = Omit<JsonLdAny, 'target'> & { target: Exclude<JsonLdAny['target'], readonly unknown[]> };
import { AnnotationService } from '../../../electron/core/annotations/service.js';
import { FixtureCorpus } from '../../support/annotations/fixture-corpus.js';
import { openTempUserDb } from '../../support/annotations/temp-db.js';

// "𝔇" (U+1D507) takes two UTF-16 code units but is one code point.
const TEXT = '𝔇𝔢𝔠𝔯𝔢𝔢 63: security industry establishments shall protect state secrets.';

let envA: ReturnType<typeof openTempUserDb>;
let envB: ReturnType<typeof openTempUserDb>;
beforeEach(() => {
  envA = openTempUserDb();
  envB = openTempUserDb();
});
afterEach(() => {
  envA.cleanup();
  envB.cleanup();
});

it('converts between UTF-16 and code point offsets', () => {
  const utf16 = TEXT.indexOf('state');
  expect(toCodePointOffset(TEXT, utf16)).toBe(utf16 - 6);
  expect(fromCodePointOffset(TEXT, utf16 - 6)).toBe(utf16);
  expect(toCodePointOffset(TEXT, 0)).toBe(0);
});

it('never splits a surrogate pair at the edge of the context', () => {
  const start = TEXT.indexOf(' 63');
  const q = quoteAt(TEXT, start, start + 3);
  expect(q.prefix).toBe('𝔇𝔢𝔠𝔯𝔢𝔢');
  // 32 code units before index 33 is index 1, the second half of "𝔇": the prefix takes the whole character.
  const mid = quoteAt(TEXT, 33, 40);
  expect(mid.prefix).toBe(TEXT.slice(0, 33));
  expect(mid.prefix.codePointAt(0)).toBe(0x1d507);
});

it('exports TextPositionSelector in code points and imports it back to the same UTF-16 range', () => {
  const fixture = {
    'decree-63-2020': [{ eId: 'art_1', parent: null, kind: 'article' as const, text: TEXT }],
  };
  const a = new AnnotationService({ db: envA.db, corpus: new FixtureCorpus(fixture), author: () => 'A' });
  const b = new AnnotationService({ db: envB.db, corpus: new FixtureCorpus(fixture), author: () => 'B' });
  const made = a.create({ docId: 'decree-63-2020', eId: 'art_1', quote: 'state secrets' });
  const file = a.exportNotes({ format: 'json' }).text;
  const item = (JSON.parse(file) as { first: { items: JsonLdLive[] } }).first.items[0]!;
  expect((item.target.selector as unknown[])[1]).toEqual({
    type: 'TextPositionSelector',
    start: made.target.position!.start - 6,
    end: made.target.position!.end - 6,
  });
  b.importNotes(file, { acceptUntrusted: true });
  expect(b.get(made.id).target).toEqual(made.target);
});
