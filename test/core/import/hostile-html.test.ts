// Issue 17, resource exhaustion through HTML: nested lists (quadratic before), unclosed "<a" (each rescanned the
// page before), and pages past the depth and token budgets. Linear behaviour is asserted indirectly: the large
// cases must finish within the default test timeout; test/bench/hostile.ts measures the times.
import { describe, expect, it } from 'vitest';
import { LecternError } from '../../../electron/core/errors';
import { ImportBudget } from '../../../electron/core/import/budget';
import { extractText } from '../../../electron/core/import/extract';
import { htmlToText } from '../../../electron/core/import/html-to-text';
import { MAX_HTML_DEPTH, MAX_HTML_TOKENS } from '../../../electron/core/import/limits';
import { formatLimit } from '../../../electron/core/limit-error';
import { nestedListsHtml, unclosedAnchorsHtml } from '../../support/import/hostile-files';

const encode = (html: string): Uint8Array => new TextEncoder().encode(html);

async function refusal(html: string, name: string): Promise<LecternError> {
  const error: unknown = await extractText(encode(html), name).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LecternError);
  return error as LecternError;
}

describe('hostile HTML', () => {
  it('refuses lists nested deeper than the depth budget, naming it', async () => {
    const error = await refusal(nestedListsHtml(MAX_HTML_DEPTH + 1), 'deep.html');
    expect(error.code).toBe('TOO_LARGE');
    const limit = formatLimit(MAX_HTML_DEPTH, 'count');
    expect(error.message).toBe(
      `deep.html: this HTML nests lists more than ${limit} deep; Lectern stops at ${limit}.`,
    );
  });

  it('numbers nested lists within the budget in linear time (1.8 MB of nesting took minutes)', () => {
    // 200 deep, repeated until the page is ~1.8 MB: the shape of the file, inside the depth budget.
    const block = nestedListsHtml(200).replace(/^<html><body>|<\/body><\/html>$/gu, '');
    const html = `<html><body>${block.repeat(Math.ceil(1_800_000 / block.length))}</body></html>`;
    const text = htmlToText(html);
    expect(text.split('\n')[0]).toBe('1. Item of the list');
    expect(text.split('\n')[1]).toBe('a) Item of the list');
  });

  it('reads 60k unclosed "<a" as text in linear time', async () => {
    const { text } = await extractText(encode(unclosedAnchorsHtml(60_000)), 'anchors.html');
    expect(text.startsWith('Article 1. Scope\nThis Decree applies.\n<a href="x" <a')).toBe(true);
  });

  it('refuses a page of more tokens than the budget', async () => {
    const error = await refusal(
      `<html><body>${'<b>'.repeat(MAX_HTML_TOKENS + 8192)}</body></html>`,
      'tags.html',
    );
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toContain(`more than ${formatLimit(MAX_HTML_TOKENS, 'count')} tags and text runs`);
  });

  it('stops at an aborted signal with CANCELLED', () => {
    const controller = new AbortController();
    controller.abort();
    const html = `<p>${'Article 1. Scope</p><p>'.repeat(10_000)}</p>`;
    expect(() => htmlToText(html, new ImportBudget('page.html', controller.signal))).toThrow(
      expect.objectContaining({ code: 'CANCELLED' }) as Error,
    );
  });
});
