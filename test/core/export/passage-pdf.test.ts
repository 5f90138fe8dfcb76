// A passage across provisions in the annotated PDF of the real decree, parsed back with pdf.js: each part is
// highlighted in its own clause, as one note (one numbered marker, one entry in the Notes section).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../electron/core/annotations/model';
import { exportAnnotatedPdf } from '../../../electron/core/export/annotated-pdf';
import { annotate, loadDocument } from './corpus-fixture';
import { openPdf, pageAnnotations, pageRuns, pageText, quadBounds, type PdfAnnotation } from './pdf-inspect';

const dir = mkdtempSync(join(tmpdir(), 'lectern-passage-pdf-'));
const { doc, nodes } = loadDocument('decree-63-2020');
const text = (eId: string): string => nodes.find((n) => n.eId === eId)?.text ?? '';
const CL1 = text('art_6__cl_1');
const CL2 = text('art_6__cl_2');
const NOTE = 'Clauses 1 and 2 read together';
const TAIL = CL1.slice(-40);
const HEAD = CL2.slice(0, 25);

/** A passage from the last 40 characters of clause 1 to the first 25 of clause 2. */
const passage: Annotation = {
  ...annotate(doc, nodes, 'art_6__cl_1', TAIL, NOTE, 'green'),
  continues: [
    {
      eId: 'art_6__cl_2',
      position: { start: 0, end: HEAD.length },
      quote: { exact: HEAD, prefix: '', suffix: '' },
    },
  ],
};

async function everyAnnotation(pdf: PDFDocumentProxy): Promise<{ page: number; a: PdfAnnotation }[]> {
  const out: { page: number; a: PdfAnnotation }[] = [];
  for (let p = 1; p <= pdf.numPages; p++)
    for (const a of await pageAnnotations(pdf, p)) out.push({ page: p, a });
  return out;
}

describe('a passage across provisions in the annotated PDF', () => {
  let pdf: PDFDocumentProxy;
  beforeAll(async () => {
    const out = join(dir, 'passage.pdf');
    await exportAnnotatedPdf({
      doc,
      nodes,
      annotations: [passage],
      outPath: out,
      options: { reviewer: 'R', createdAt: new Date('2026-05-01T00:00:00Z'), timeZone: 'UTC' },
    });
    pdf = await openPdf(out);
  });

  it('highlights the words of each part, in clause 1 and in clause 2', async () => {
    const highlights = (await everyAnnotation(pdf)).filter(
      (x) => x.a.subtype === 'Highlight' && x.a.contentsObj?.str === NOTE,
    );
    expect(highlights.length).toBeGreaterThan(0);
    const held: string[] = [];
    for (const { page, a } of highlights) {
      const runs = await pageRuns(pdf, page);
      const quads = Array.from({ length: (a.quadPoints?.length ?? 0) / 8 }, (_, i) =>
        quadBounds(a.quadPoints ?? [], i),
      );
      for (const q of quads)
        held.push(
          ...runs
            .filter(
              (r) => r.str.trim() !== '' && r.y > q.y1 && r.y < q.y2 && r.x < q.x2 && r.x + r.width > q.x1,
            )
            .map((r) => r.str),
        );
    }
    // The highlighted lines hold clause 1's last words and clause 2's first words.
    expect(held.some((s) => s.includes(TAIL.slice(-12)))).toBe(true);
    expect(held.some((s) => s.includes(HEAD.slice(0, 12)))).toBe(true);
  });

  it('lists the note once, cited over both clauses, with both parts quoted, and marks it once', async () => {
    const last = await pageText(pdf, pdf.numPages);
    expect(last).toContain('Clauses 1–2, Article 6, Decree 63/2020/ND-CP');
    expect(last.split(NOTE)).toHaveLength(2);
    expect(last).toContain(HEAD.slice(0, 12));
    const all = await everyAnnotation(pdf);
    expect(all.filter((x) => x.a.subtype === 'Link' && x.a.dest === 'passage-1')).toHaveLength(1);
    expect(all.filter((x) => x.a.subtype === 'Link' && x.a.dest === 'note-1')).toHaveLength(1);
  });
});
