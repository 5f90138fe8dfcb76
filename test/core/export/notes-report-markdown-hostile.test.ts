// The Markdown notes report with hostile notes, quotes, titles, reviewer and marking: opened in any viewer it must
// run no HTML, load no image and follow no link out of the document (issue 17, "Ways out").
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../electron/core/annotations/model';
import { markdownInline, markdownNoteLine } from '../../../electron/core/export/markdown-text';
import { renderNotesMarkdown } from '../../../electron/core/export/notes-report-markdown';
import { annotate, loadDocument } from './corpus-fixture';

const decree = loadDocument('decree-63-2020');

const HOSTILE_NOTES = [
  '<script>alert(1)</script>',
  '<img src="https://evil.example/pixel.png" onerror="alert(1)">',
  '<iframe src="http://evil.example/"></iframe> and <a href="https://evil.example">x</a>',
  '![tracker](https://evil.example/t.png) and ![local](notes.png "title")',
  '[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [file](file:///etc/passwd)',
  '[web](https://evil.example/ "t") [rel](other.md) [proto](//evil.example/x) [ok](#art_6)',
  '<https://evil.example/auto> <javascript:alert(1)> <mailto:a@evil.example>',
  'bare https://evil.example/bare and www.evil.example and spy@evil.example.',
  '[ref]: https://evil.example/ref',
  'a [ref link][ref] and [ref]',
  '\\`<img src=https://evil.example/x.png>` escaped backtick then HTML',
  '`code https://evil.example/in-code` then `<b>`',
  '&lt;script&gt; as entities, &#106;avascript:',
  '[nested [brackets]](https://evil.example/n)',
  '*emphasis* and **strong** stay',
];

function hostileAnnotations(): Annotation[] {
  const base = annotate(decree.doc, decree.nodes, 'art_1', 'Article 34 of the Law', 'x', 'blue', [
    '<b>tag</b>',
    'a`b',
  ]);
  return HOSTILE_NOTES.map((note, i) => ({
    ...base,
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    note,
    target: {
      ...base.target,
      quote: {
        ...base.target.quote!,
        exact: `quoted <img src=https://evil.example/q${i}.png> [q](https://evil.example)`,
      },
    },
  }));
}

/** The report with hostile text everywhere a string reaches it. */
function hostileReport(): string {
  const doc = {
    ...decree.doc,
    title: '<script>t()</script> https://evil.example/title',
    shortTitle: '[s](http://x)',
  };
  return renderNotesMarkdown({
    documents: [{ doc, nodes: decree.nodes }],
    annotations: hostileAnnotations(),
    options: {
      reviewer: '<img src=http://evil.example/r.png>',
      marking: '![m](https://evil.example/m.png)',
      createdAt: new Date('2026-05-01T00:00:00Z'),
      timeZone: 'UTC',
    },
  });
}

/** The report with every code span (ours: inert) removed, i.e. what a viewer parses as Markdown and HTML. */
function outsideCodeSpans(md: string): string {
  return md.replace(/\\\\|\\`/g, '').replace(/`[^`\n]*`/g, '');
}

describe('Markdown notes report with hostile text', () => {
  const md = hostileReport();
  const live = outsideCodeSpans(md);

  it('contains no raw HTML: every < is an entity', () => {
    expect(live).not.toMatch(/</);
    expect(md).toContain('&lt;script>alert(1)&lt;/script>');
    expect(md).toContain('&lt;img src="');
  });

  it('keeps no image: only the description of one remains', () => {
    expect(live).not.toMatch(/!\[/);
    expect(md).toContain('tracker and local');
  });

  it('keeps no link but an in-document anchor', () => {
    const links = [...live.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[1]);
    expect(links).toEqual(['#art_6']);
    expect(md).toContain('click data file');
    expect(md).toContain('web rel proto [ok](#art_6)');
  });

  it('leaves no link reference definition or reference link', () => {
    expect(md).toContain('\\[ref\\]: `https://evil.example/ref`');
    // The one unescaped bracket left is the in-document anchor's.
    expect(live.match(/(?<!\\)\[/g)).toEqual(['[']);
  });

  it('writes every URL and e-mail address as an inert code span, never as text a viewer would link', () => {
    expect(live).not.toMatch(/https?:|www\.|@evil/i);
    expect(md).toContain('bare `https://evil.example/bare` and `www.evil.example` and `spy@evil.example`.');
  });

  it('lets no typed backslash or backtick open or close a code span of its own', () => {
    expect(md).toContain('\\\\\\`&lt;img src=`https://evil.example/x.png`');
    expect(md).toContain('\\`code `https://evil.example/in-code`\\` then \\`&lt;b>\\`');
  });

  it('shows typed entities as typed and keeps the reviewer’s emphasis', () => {
    expect(md).toContain('&amp;lt;script&amp;gt; as entities, &amp;#106;avascript:');
    expect(md).toContain('  *emphasis* and **strong** stay');
  });

  it('escapes titles, quotes, reviewer and marking as literal text', () => {
    expect(md).toContain('&lt;script&gt;t()&lt;/script&gt; `https://evil.example/title`');
    expect(md).toContain('\\[s\\](`http://x`)');
    expect(md).toContain(
      '> quoted &lt;img src=`https://evil.example/q0.png`&gt; \\[q\\](`https://evil.example`)',
    );
    expect(md).toContain('Reviewer: &lt;img src=`http://evil.example/r.png`&gt;');
    expect(md).toContain('**!\\[m\\](`https://evil.example/m.png`)**');
  });

  it('keeps tags as code spans with their backticks replaced', () => {
    expect(md).toContain("`<b>tag</b>` `a'b`");
  });
});

describe('markdown-text', () => {
  it('leaves plain legal text untouched', () => {
    expect(markdownNoteLine('Xem thêm khoản 1, Điều 6.')).toBe('Xem thêm khoản 1, Điều 6.');
    expect(markdownInline('Article 6. Prohibited acts')).toBe('Article 6. Prohibited acts');
  });

  it('keeps trailing punctuation outside an inert URL', () => {
    expect(markdownNoteLine('(see https://x.org/a).')).toBe('(see `https://x.org/a`).');
  });
});
