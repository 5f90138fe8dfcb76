// The linear tokenizer produces exactly the tokens of the regular expression it replaced, on random markup made
// of the characters that matter (quotes, angle brackets, comment and CDATA openers, name characters).
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlTokens } from '../../../electron/core/import/html-tokens';

/** The tokenizer expression html-to-text.ts used before it was made linear. */
const OLD_TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>|<(\/?)([A-Za-z][A-Za-z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+|</gu;

const old = (html: string): [string, boolean, string | undefined][] =>
  [...html.matchAll(OLD_TOKEN)].map((m) => [m[0], m[1] === '/', m[2]]);
const now = (html: string): [string, boolean, string | undefined][] =>
  [...htmlTokens(html)].map((t) => [t.token, t.closing, t.name]);

const PIECES = [
  '<',
  '>',
  '"',
  "'",
  'a',
  'B',
  '1',
  '-',
  '_',
  '/',
  '!',
  '?',
  ' ',
  '=',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '\n',
  'đ',
];

describe('htmlTokens', () => {
  it('matches the old expression on random markup', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (pieces) => {
        const html = pieces.join('');
        expect(now(html)).toEqual(old(html));
      }),
      { numRuns: 20_000 },
    );
  });

  it('matches the old expression on a real decree page', () => {
    const file = join(import.meta.dirname, '../../../../shared/real-docs/nghi-dinh-21-2021-nd-cp.html');
    let html: string;
    try {
      html = readFileSync(file, 'latin1');
    } catch {
      html = '<html><body><p class="x">Điều 1. <a href="#fn1">[1]</a></p><!-- c --></body></html>';
    }
    expect(now(html)).toEqual(old(html));
  });
});
