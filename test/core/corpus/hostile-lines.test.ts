// Issue 17, resource exhaustion through the structure parser: 10k repeated "Article 1." lines (28 s before, each
// duplicate retried every suffix), thousands of endnotes (each placed by rescanning the document), tens of
// thousands of articles (the numbering check copied its list per node), and texts past
// the line and node budgets. Linear behaviour is asserted indirectly: the large cases finish within the default
// test timeout.
import { describe, expect, it } from 'vitest';
import { LecternError } from '../../../electron/core/errors';
import { MAX_NODES, MAX_SOURCE_LINES } from '../../../electron/core/import/limits';
import { parseImportText } from '../../../electron/core/import/preview';
import { formatLimit } from '../../../electron/core/limit-error';
import { repeatedArticles } from '../../support/import/hostile-files';

const source = { fileName: 'hostile.txt', format: 'txt' as const, fileSha256: '0'.repeat(64) };

function refusal(text: string): LecternError {
  try {
    parseImportText(text, source, { language: 'en' });
  } catch (error) {
    if (error instanceof LecternError) return error;
    throw error;
  }
  throw new Error('the text was accepted');
}

describe('hostile texts for the structure parser', () => {
  it('keeps 10,000 repeated "Article 1." lines under suffixed ids, in linear time', () => {
    const parsed = parseImportText(repeatedArticles(10_000), source, { language: 'en' });
    const articles = parsed.nodes.filter((n) => n.kind === 'article');
    expect(articles).toHaveLength(10_000);
    expect(articles.at(1)?.eId).toBe('art_1_dup2');
    expect(articles.at(-1)?.eId).toBe('art_1_dup10000');
    expect(parsed.duplicates).toHaveLength(9_999);
  });

  it('checks the numbering of 20,000 articles in linear time (each one copied the sequence before)', () => {
    const lines = ['DECREE', 'ON MANY ARTICLES'];
    for (let a = 1; a <= 20_000; a++) {
      if (a !== 7) lines.push(`Article ${a}. Heading ${a}`, '1. First clause.', '2. Second clause.');
    }
    const parsed = parseImportText(lines.join('\n'), source, { language: 'en' });
    expect(parsed.nodes.filter((n) => n.kind === 'clause')).toHaveLength(2 * 19_999);
    expect(parsed.warnings.filter((w) => w.code === 'numbering-gap').map((w) => w.eId)).toEqual(['art_8']);
  });

  it('places 5,000 endnotes under their provisions in linear time', () => {
    const lines = ['DECREE', 'ON ENDNOTES'];
    for (let a = 1; a <= 5_000; a++) lines.push(`Article ${a}. Scope [${a}]`, `Text of article ${a}.`);
    for (let a = 1; a <= 5_000; a++) lines.push(`[${a}] Amended by Decree ${a}/2031.`);
    const nodes = parseImportText(lines.join('\n'), source, { language: 'en' }).nodes;
    const notes = nodes.filter((n) => n.kind === 'footnote');
    expect(notes).toHaveLength(5_000);
    expect(notes.every((n) => n.parentEId === `art_${n.num ?? ''}`)).toBe(true);
    // Each note reads right after its article.
    const at = nodes.findIndex((n) => n.eId === 'fn_4321');
    expect(nodes[at - 1]?.eId).toBe('art_4321');
    expect(nodes.map((n) => n.order)).toEqual(nodes.map((_, i) => i));
  });

  it('refuses a text of more lines than the budget before parsing it', () => {
    const error = refusal('x\n'.repeat(MAX_SOURCE_LINES + 1));
    const limit = formatLimit(MAX_SOURCE_LINES, 'count');
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toBe(
      `hostile.txt: this text has more than ${limit} lines; Lectern stops at ${limit}.`,
    );
  });

  it('refuses a text of more provisions and paragraphs than the node budget', () => {
    const error = refusal(Array.from({ length: MAX_NODES + 1 }, (_, i) => `Paragraph ${i}.`).join('\n\n'));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toContain(`more than ${formatLimit(MAX_NODES, 'count')} provisions and paragraphs`);
  });

  it('stops parsing at an aborted signal with CANCELLED', () => {
    const controller = new AbortController();
    controller.abort();
    expect(() =>
      parseImportText(repeatedArticles(10), source, { language: 'en' }, undefined, controller.signal),
    ).toThrow(expect.objectContaining({ code: 'CANCELLED' }) as Error);
  });
});
