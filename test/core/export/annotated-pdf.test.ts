// The annotated PDF of the real decree, parsed back with pdf.js, qpdf and pdftotext.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../electron/core/annotations/model';
import { exportAnnotatedPdf } from '../../../electron/core/export/annotated-pdf';
import { annotate, loadDocument } from './corpus-fixture';
import {
  openPdf,
  outlineTitles,
  pageAnnotations,
  pageRuns,
  pageText,
  pdftotext,
  qpdfCheck,
  quadBounds,
  rawAnnotations,
  type PdfAnnotation,
} from './pdf-inspect';

const dir = mkdtempSync(join(tmpdir(), 'lectern-export-'));
const { doc, nodes } = loadDocument('decree-63-2020');
const text = (eId: string): string => nodes.find((n) => n.eId === eId)!.text;
const REVEAL =
  'Revealing state secrets about security industry building and development programs and plans and scientific and technological achievements related to security industry';
const VI_NOTE =
  'Điều 6 cấm tiết lộ bí mật nhà nước; đối chiếu Nghị định 63/2020/NĐ-CP và Quyết định 717/QĐ-TTg.';
const notes: Annotation[] = [
  annotate(doc, nodes, 'art_6__cl_1', REVEAL, VI_NOTE, 'yellow', ['secret']),
  annotate(
    doc,
    nodes,
    'art_1',
    'Article 34 of the Law',
    'Check the Law on People’s Public Security Force.',
    'blue',
  ),
  annotate(doc, nodes, 'art_4', null, 'Whole article: compare with Article 18.', 'pink', ['compare']),
];
const createdAt = new Date('2026-05-01T07:05:00Z');

async function allAnnotations(pdf: PDFDocumentProxy): Promise<{ page: number; a: PdfAnnotation }[]> {
  const out: { page: number; a: PdfAnnotation }[] = [];
  for (let p = 1; p <= pdf.numPages; p++)
    for (const a of await pageAnnotations(pdf, p)) out.push({ page: p, a });
  return out;
}

describe('annotated PDF of Decree 63/2020/ND-CP', () => {
  const whole = join(dir, 'decree.pdf');
  let pdf: PDFDocumentProxy;
  const progress: [number, number][] = [];

  beforeAll(async () => {
    await exportAnnotatedPdf({
      doc,
      nodes,
      annotations: notes,
      outPath: whole,
      options: {
        reviewer: 'Trần Thị Bình',
        marking: 'CONFIDENTIAL',
        createdAt,
        timeZone: 'Asia/Ho_Chi_Minh',
      },
      onProgress: (done, total) => progress.push([done, total]),
    });
    pdf = await openPdf(whole);
  });

  it('has an outline with the 5 chapters and 23 articles, annotated clauses nested under their article', async () => {
    const titles = await outlineTitles(pdf);
    const chapters = titles.filter((t) => t.depth === 0 && /^Chapter [IVX]+\b/.test(t.title));
    const articles = titles.filter((t) => t.depth === 1 && /^Article \d+\. /.test(t.title));
    expect(chapters.map((c) => c.title.split('.')[0])).toEqual([
      'Chapter I',
      'Chapter II',
      'Chapter III',
      'Chapter IV',
      'Chapter V',
    ]);
    expect(articles.map((a) => Number(/\d+/.exec(a.title)![0]))).toEqual(
      Array.from({ length: 23 }, (_, i) => i + 1),
    );
    const art6 = titles.findIndex((t) => t.title.startsWith('Article 6.'));
    expect(titles[art6 + 1]).toMatchObject({ depth: 2, title: 'Clause 1 — note 3' });
    expect(titles.at(-1)?.title).toBe('Notes');
  });

  it("contains Article 6's text and the marking on every page", async () => {
    const all: string[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const t = await pageText(pdf, p);
      expect(t, `page ${p}`).toContain('CONFIDENTIAL');
      expect(t, `page ${p}`).toContain(`Page ${p} of ${pdf.numPages}`);
      all.push(t);
    }
    const joined = all.join(' ');
    for (const eId of ['art_6__cl_1', 'art_6__cl_2', 'art_6__cl_5']) {
      // Line breaks become spaces in extraction; compare the first 12 words of each clause.
      expect(joined).toContain(text(eId).split(/\s+/).slice(0, 12).join(' '));
    }
  });

  it('writes each highlight as a Highlight annotation whose Contents is the note, on the lines of the quote', async () => {
    const annots = await allAnnotations(pdf);
    const hl = annots.find((x) => x.a.subtype === 'Highlight' && x.a.contentsObj?.str === VI_NOTE)!;
    expect(hl).toBeDefined();
    expect(hl.a.titleObj?.str).toBe('Trần Thị Bình');
    expect(hl.a.annotationFlags & 4).toBe(4);
    const runs = await pageRuns(pdf, hl.page);
    const first = runs.find((r) => r.str.startsWith('Revealing state secrets'))!;
    expect(first, 'quote starts a line on the highlighted page').toBeDefined();
    const q0 = quadBounds(hl.a.quadPoints!, 0);
    expect(first.y).toBeGreaterThan(q0.y1);
    expect(first.y).toBeLessThan(q0.y2);
    expect(Math.abs(q0.x1 - first.x)).toBeLessThan(2);
    // One quad per line: each quad holds the baseline of exactly one text run of the page body.
    const quads = Array.from({ length: hl.a.quadPoints!.length / 8 }, (_, i) =>
      quadBounds(hl.a.quadPoints!, i),
    );
    expect(quads.length).toBe(3);
    for (const q of quads)
      expect(
        runs.filter(
          (r) => r.str.trim() !== '' && r.y > q.y1 && r.y < q.y2 && r.x < q.x2 && r.x + r.width > q.x1,
        ),
      ).toHaveLength(1);
  });

  it('places a mid-line highlight inside its line, after the words before it', async () => {
    const annots = await allAnnotations(pdf);
    const hl = annots.find(
      (x) => x.a.subtype === 'Highlight' && x.a.contentsObj?.str.startsWith('Check the Law') === true,
    )!;
    const runs = await pageRuns(pdf, hl.page);
    const line = runs.find((r) => r.str.startsWith('This Decree elaborates'))!;
    const q = quadBounds(hl.a.quadPoints!, 0);
    expect(line.y).toBeGreaterThan(q.y1);
    expect(line.y).toBeLessThan(q.y2);
    expect(q.x1).toBeGreaterThan(line.x + 40);
    expect(q.x2).toBeLessThan(line.x + line.width);
    // The quad covers roughly the quote's share of the line's width.
    const lineText = line.str;
    const share = 'Article 34 of the Law'.length / lineText.length;
    expect((q.x2 - q.x1) / line.width).toBeGreaterThan(share * 0.7);
    expect((q.x2 - q.x1) / line.width).toBeLessThan(share * 1.4);
  });

  it('links a Popup to every highlight and stores NM = annotation id', async () => {
    const annots = await allAnnotations(pdf);
    const highlights = annots.filter((x) => x.a.subtype === 'Highlight');
    expect(highlights).toHaveLength(2);
    for (const h of highlights) {
      const popup = annots.find((x) => x.a.subtype === 'Popup' && x.a.id === h.a.popupRef);
      expect(popup, 'popup present').toBeDefined();
      expect(popup!.page).toBe(h.page);
      expect(popup!.a.parentRect!.map(Math.round)).toEqual(h.a.rect.map(Math.round));
    }
    const raw = rawAnnotations(whole).filter((a) => a['/Subtype'] === '/Highlight');
    expect(raw.map((a) => a['/NM']).sort()).toEqual(
      notes
        .filter((n) => n.target.position !== null)
        .map((n) => `u:${n.id}`)
        .sort(),
    );
  });

  it('lists every note in the Notes section with citation, colour, tags and a link back to its page', async () => {
    const last = await pageText(pdf, pdf.numPages);
    expect(last).toContain('Notes');
    expect(last).toContain('Clause 1, Article 6, Decree 63/2020/ND-CP');
    expect(last).toContain('Article 4, Decree 63/2020/ND-CP');
    expect(last).toContain('Whole article: compare with Article 18.');
    expect(last).toContain('tags: secret');
    expect(last).toContain('Yellow');
    expect(last).toContain(VI_NOTE.slice(0, 40));
    const links = (await pageAnnotations(pdf, pdf.numPages)).filter((a) => a.subtype === 'Link');
    expect(links.map((l) => l.dest).sort()).toEqual(['passage-1', 'passage-2', 'passage-3']);
  });

  it('keeps Vietnamese intact for pdftotext and passes qpdf --check', () => {
    expect(qpdfCheck(whole)).toContain('No syntax or stream encoding errors');
    const t = pdftotext(whole);
    expect(t).toContain('63/2020/NĐ-CP');
    expect(t).toContain('717/QĐ-TTg');
    expect(t).toContain('Trần Thị Bình');
    expect(t).toContain('Article 6. Prohibited acts');
  });

  it('sets document info and reports monotonic progress to completion', async () => {
    const info = (await pdf.getMetadata()).info as unknown as Record<string, string>;
    expect(info).toMatchObject({
      Title: doc.title,
      Author: 'Trần Thị Bình',
      Creator: 'Lectern',
      CreationDate: 'D:20260501070500Z',
    });
    expect(info.Keywords).toContain('63/2020/ND-CP');
    expect(progress.length).toBeGreaterThan(nodes.length);
    expect(progress.at(-1)![0]).toBe(progress.at(-1)![1]);
    expect(progress.every(([d], i) => i === 0 || d >= progress[i - 1]![0])).toBe(true);
  });

  it('is reproducible with a fixed creation date', async () => {
    const again = join(dir, 'again.pdf');
    await exportAnnotatedPdf({
      doc,
      nodes,
      annotations: notes,
      outPath: again,
      options: {
        reviewer: 'Trần Thị Bình',
        marking: 'CONFIDENTIAL',
        createdAt,
        timeZone: 'Asia/Ho_Chi_Minh',
      },
    });
    expect(readFileSync(again).equals(readFileSync(whole))).toBe(true);
  });
});

describe('annotated-provisions-only export', () => {
  it('drops unannotated articles and keeps the annotated ones with their headings', async () => {
    const out = join(dir, 'only.pdf');
    const result = await exportAnnotatedPdf({
      doc,
      nodes,
      annotations: notes,
      outPath: out,
      options: { scope: 'annotated', createdAt },
    });
    const pdf = await openPdf(out);
    const titles = (await outlineTitles(pdf)).map((t) => t.title);
    const articles = titles.filter((t) => /^Article \d+\./.test(t)).map((t) => /^Article (\d+)/.exec(t)![1]);
    expect(articles).toEqual(['1', '4', '6']);
    const body = pdftotext(out);
    expect(body).toContain('Revealing state secrets');
    expect(body).not.toContain('Article 2. Regulated entities');
    expect(body).not.toContain(text('art_6__cl_2').slice(0, 40));
    expect(result.pages).toBeLessThan(6);
  });

  it('filters by tag and by colour', async () => {
    const out = join(dir, 'tag.pdf');
    const r = await exportAnnotatedPdf({
      doc,
      nodes,
      annotations: notes,
      outPath: out,
      options: { tags: ['secret'], createdAt },
    });
    expect(r.notes).toBe(1);
    const r2 = await exportAnnotatedPdf({
      doc,
      nodes,
      annotations: notes,
      outPath: out,
      replace: true, // the same file again: replacing it is asked for
      options: { colors: ['blue', 'pink'], createdAt },
    });
    expect(r2.notes).toBe(2);
    const raw = rawAnnotations(out).filter((a) => a['/Subtype'] === '/Highlight');
    expect(raw.map((a) => a['/Contents'])).toEqual([`u:${notes[1]!.note}`]);
  });
});

describe('the commentary', () => {
  it('keeps its headings, caption, author line and Vietnamese document numbers', async () => {
    const c = loadDocument('law-dsi-2024-commentary');
    const out = join(dir, 'commentary.pdf');
    await exportAnnotatedPdf({
      doc: c.doc,
      nodes: c.nodes,
      annotations: [],
      outPath: out,
      options: { watermark: 'DRAFT', createdAt },
    });
    const t = pdftotext(out);
    expect(t).toContain('717/QĐ-TTg');
    expect(t).toContain('99/2025/NĐ-CP');
    const pdf = await openPdf(out);
    const titles = (await outlineTitles(pdf)).map((x) => x.title);
    expect(titles.filter((x) => /^[1-7]\. /.test(x))).toHaveLength(7);
    const caption = c.nodes.find((n) => n.kind === 'caption')!.text;
    expect(t.replace(/\s+/g, ' ')).toContain(caption.split(/\s+/).slice(0, 8).join(' '));
    expect(t).toContain('No notes in this export.');
  });
});
