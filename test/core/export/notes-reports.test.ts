// Notes reports as Markdown and PDF, grouped document › article, over the real corpus.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../electron/core/annotations/model';
import {
  exportNotesMarkdown,
  renderNotesMarkdown,
} from '../../../electron/core/export/notes-report-markdown';
import { exportNotesPdf } from '../../../electron/core/export/notes-report-pdf';
import { annotate, loadDocument } from './corpus-fixture';
import { openPdf, outlineTitles, pdftotext, qpdfCheck } from './pdf-inspect';

const dir = mkdtempSync(join(tmpdir(), 'lectern-notes-'));
const decree = loadDocument('decree-63-2020');
const commentary = loadDocument('law-dsi-2024-commentary');
const sec1 = commentary.nodes.find((n) => n.eId === 'sec_1__p_1')!;
const annotations: Annotation[] = [
  annotate(
    decree.doc,
    decree.nodes,
    'art_6__cl_2',
    null,
    'Xem thêm khoản 1.\n\nSecond paragraph with *stars*.',
    'red',
    ['risk'],
  ),
  annotate(decree.doc, decree.nodes, 'art_1', 'Article 34 of the Law', 'Scope note', 'blue', ['scope']),
  annotate(commentary.doc, commentary.nodes, sec1.eId, sec1.text.slice(0, 40), 'Commentary note', 'green'),
  { ...annotate(decree.doc, decree.nodes, 'art_2', 'This Decree', 'lost', 'grey'), anchor: 'orphaned' },
];
const documents = [decree, commentary];
const createdAt = new Date('2026-05-01T00:00:00Z');

describe('Markdown notes report', () => {
  const md = renderNotesMarkdown({
    documents,
    annotations,
    options: { reviewer: 'Bình', createdAt, timeZone: 'UTC' },
  });

  it('groups by document then article in reading order, unanchored last', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Notes report',
      `## Decree 63/2020/ND-CP — ${decree.doc.title}`,
      '### Article 1. Scope',
      '### Article 6. Prohibited acts',
      '### Unanchored notes',
      `## ${commentary.doc.shortTitle} — ${commentary.doc.title}`,
      `### 1. ${commentary.nodes.find((n) => n.eId === 'sec_1')!.heading!}`,
    ]);
  });

  it('gives each note its citation, colour, tags, quote and full text', () => {
    expect(md).toContain('**1. Article 1, Decree 63/2020/ND-CP** · Blue · `scope`');
    expect(md).toContain('  > Article 34 of the Law');
    expect(md).toContain('Clause 2, Article 6, Decree 63/2020/ND-CP** · Red · `risk`');
    expect(md).toContain('  Second paragraph with *stars*.');
    expect(md).toContain('_unanchored_');
    expect(md).toContain('Reviewer: Bình · Exported 1 May 2026, 00:00 UTC · 4 notes');
  });

  it('filters by tag and writes the file atomically', async () => {
    const out = join(dir, 'notes.md');
    const r = await exportNotesMarkdown({
      documents,
      annotations,
      outPath: out,
      options: { tags: ['risk'], createdAt },
    });
    expect(r.notes).toBe(1);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('Xem thêm khoản 1.');
    expect(text).not.toContain('Scope note');
  });
});

describe('PDF notes report', () => {
  it('lists every note under document and article bookmarks', async () => {
    const out = join(dir, 'notes.pdf');
    const r = await exportNotesPdf({
      documents,
      annotations,
      outPath: out,
      options: { reviewer: 'Bình', marking: 'RESTRICTED', createdAt },
    });
    expect(r).toMatchObject({ notes: 4, unanchored: 1 });
    qpdfCheck(out);
    const text = pdftotext(out);
    for (const s of [
      'Scope note',
      'Commentary note',
      'lost',
      'Xem thêm khoản 1.',
      'RESTRICTED',
      'Clause 2, Article 6, Decree 63/2020/ND-CP',
    ])
      expect(text).toContain(s);
    const titles = await outlineTitles(await openPdf(out));
    expect(titles.filter((t) => t.depth === 0).map((t) => t.title)).toEqual([
      decree.doc.shortTitle,
      commentary.doc.shortTitle,
    ]);
    expect(titles.filter((t) => t.depth === 1).map((t) => t.title)).toContain('Article 6. Prohibited acts');
  });
});
