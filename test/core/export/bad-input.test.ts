// Bad input and interruptions: unwritable paths, cancellation, no notes, hostile Unicode, orphans, page breaks.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../electron/core/annotations/model';
import { exportAnnotatedPdf } from '../../../electron/core/export/annotated-pdf';
import { LecternError } from '../../../electron/core/errors';
import { annotate, loadDocument } from './corpus-fixture';
import {
  openPdf,
  pageAnnotations,
  pageRuns,
  pageText,
  pdftotext,
  qpdfCheck,
  quadBounds,
  rawAnnotations,
} from './pdf-inspect';
import { syntheticMeta, syntheticNodes } from './synthetic';

const dir = mkdtempSync(join(tmpdir(), 'lectern-export-bad-'));
const { doc, nodes } = loadDocument('decree-63-2020');
const createdAt = new Date('2026-05-01T00:00:00Z');

async function rejection(p: Promise<unknown>): Promise<LecternError> {
  const err: unknown = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(LecternError);
  return err as LecternError;
}

describe('export failures leave nothing behind', () => {
  it('rejects an output folder that does not exist with a clear IO error', async () => {
    const out = join(dir, 'missing-folder', 'x.pdf');
    const err = await rejection(exportAnnotatedPdf({ doc, nodes, annotations: [], outPath: out }));
    expect(err.code).toBe('IO');
    expect(err.message).toContain('does not exist');
    expect(existsSync(out)).toBe(false);
  });

  it('rejects a path that is a folder', async () => {
    const err = await rejection(exportAnnotatedPdf({ doc, nodes, annotations: [], outPath: dir }));
    expect(err.code).toBe('IO');
  });

  it('cancels on abort with CANCELLED, leaving no file and no temporary file', async () => {
    const sub = mkdtempSync(join(dir, 'cancel-'));
    const out = join(sub, 'cancelled.pdf');
    const ctl = new AbortController();
    const err = await rejection(
      exportAnnotatedPdf({
        doc,
        nodes,
        annotations: [],
        outPath: out,
        signal: ctl.signal,
        onProgress: (done) => {
          if (done === 40) ctl.abort();
        },
      }),
    );
    expect(err.code).toBe('CANCELLED');
    expect(readdirSync(sub)).toEqual([]);
  });

  it('rejects a document without provisions', async () => {
    const err = await rejection(
      exportAnnotatedPdf({ doc, nodes: [], annotations: [], outPath: join(dir, 'e.pdf') }),
    );
    expect(err.code).toBe('INVALID_INPUT');
  });
});

describe('awkward but valid input', () => {
  it('exports a clean PDF with an empty Notes section when there are no annotations', async () => {
    const out = join(dir, 'none.pdf');
    const r = await exportAnnotatedPdf({ doc, nodes, annotations: [], outPath: out, options: { createdAt } });
    expect(r.notes).toBe(0);
    qpdfCheck(out);
    const pdf = await openPdf(out);
    expect(await pageText(pdf, pdf.numPages)).toContain('No notes in this export.');
    expect(rawAnnotations(out).filter((a) => a['/Subtype'] === '/Highlight')).toEqual([]);
  });

  it('renders or visibly replaces emoji, RTL and control characters, keeping the exact note in Contents', async () => {
    const note = 'Ghi chú: điểm đ 😀👩‍👩‍👧 שלום مرحبا \u0007 𝔘 end';
    const a = annotate(doc, nodes, 'art_2', 'Vietnamese and foreign organizations', note, 'purple', [
      'ünïcødé',
      '标签',
    ]);
    const out = join(dir, 'unicode.pdf');
    await exportAnnotatedPdf({
      doc,
      nodes,
      annotations: [a],
      outPath: out,
      options: { createdAt, reviewer: 'Lê Thị Hương' },
    });
    qpdfCheck(out);
    const raw = rawAnnotations(out).find((x) => x['/Subtype'] === '/Highlight')!;
    expect(raw['/Contents']).toBe(`u:${note}`);
    const text = pdftotext(out);
    expect(text).toContain('Ghi chú: điểm đ');
    expect(text).toContain('end');
    expect(text).toContain('Lê Thị Hương');
    // Characters DejaVu lacks (𝔘, CJK) come out as U+FFFD, never as nothing.
    expect(text).toMatch(/\uFFFD/);
  });

  it('lists orphaned notes and notes on vanished provisions as unanchored, never dropping them', async () => {
    const orphan: Annotation = {
      ...annotate(doc, nodes, 'art_3', 'For the purposes', 'orphan note', 'red'),
      anchor: 'orphaned',
    };
    const gone: Annotation = { ...annotate(doc, nodes, 'art_3', 'For the purposes', 'gone note', 'grey') };
    gone.target = { ...gone.target, eId: 'art_99__cl_1' };
    const deleted: Annotation = {
      ...annotate(doc, nodes, 'art_3', null, 'deleted note'),
      deleted: '2026-01-01T00:00:00Z',
    };
    const out = join(dir, 'orphans.pdf');
    const r = await exportAnnotatedPdf({
      doc,
      nodes,
      annotations: [orphan, gone, deleted],
      outPath: out,
      options: { createdAt },
    });
    expect(r).toMatchObject({ notes: 2, unanchored: 2 });
    const text = pdftotext(out);
    expect(text).toContain('Unanchored notes');
    expect(text).toContain('orphan note');
    expect(text).toContain('gone note');
    expect(text).not.toContain('deleted note');
  });

  it('splits a highlight across a page break into grouped Highlight annotations, one quad per line', async () => {
    const meta = syntheticMeta();
    const synth = syntheticNodes(12);
    const long = synth.find((n) => n.eId === 'art_1__cl_2')!;
    long.text = Array.from({ length: 14 }, () => long.text).join(' ');
    const a: Annotation = {
      ...annotate(meta, synth, long.eId, long.text, 'spans pages', 'green'),
    };
    const out = join(dir, 'break.pdf');
    await exportAnnotatedPdf({
      doc: meta,
      nodes: synth,
      annotations: [a],
      outPath: out,
      options: { createdAt },
    });
    const pdf = await openPdf(out);
    const pages: number[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const hls = (await pageAnnotations(pdf, p)).filter((x) => x.subtype === 'Highlight');
      if (hls.length === 0) continue;
      pages.push(p);
      const runs = (await pageRuns(pdf, p)).filter((r) => r.str.trim() !== '');
      const quads = hls[0]!.quadPoints!;
      for (let i = 0; i < quads.length / 8; i++) {
        const q = quadBounds(quads, i);
        expect(
          runs.filter((r) => r.y > q.y1 && r.y < q.y2 && r.x + r.width > q.x1 && r.x < q.x2),
        ).toHaveLength(1);
      }
    }
    expect(pages.length).toBeGreaterThan(1);
    expect(pages).toEqual(Array.from({ length: pages.length }, (_, i) => pages[0]! + i));
    const raw = rawAnnotations(out).filter((x) => x['/Subtype'] === '/Highlight');
    expect(raw.map((x) => x['/NM'])).toEqual(
      pages.map((_, i) => (i === 0 ? `u:${a.id}` : `u:${a.id}#${i + 1}`)),
    );
    expect(raw.slice(1).every((x) => x['/RT'] === '/Group' && typeof x['/IRT'] === 'string')).toBe(true);
  });
});
