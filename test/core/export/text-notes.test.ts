// Every exported note is in the PDF: quoted ranges as Highlight annotations, whole-provision notes as Text (sticky
// note) annotations at their provision's first line, unanchored ones beside their Notes entry; deleted notes never.
// The exports are parsed back with pdf.js (Contents, author, colour, dates, rect) and qpdf (NM, structure).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../electron/core/annotations/model';
import type { CorpusNode, DocumentMeta } from '../../../electron/core/corpus/model';
import { exportAnnotatedPdf } from '../../../electron/core/export/annotated-pdf';
import { MarginSlots } from '../../../electron/core/export/margin-slots';
import { exportNotesPdf } from '../../../electron/core/export/notes-report-pdf';
import { PRINT_PALETTE } from '../../../electron/core/export/palette';
import type { ExportScope } from '../../../electron/core/export/types';
import { annotate, loadDocument } from './corpus-fixture';
import { syntheticMeta } from './synthetic';
import { mixedNotes } from './mixed-notes-fixture';
import {
  hasTool,
  openPdf,
  pageAnnotations,
  pageRuns,
  qpdfCheck,
  rawAnnotations,
  type PdfAnnotation,
  type TextRun,
} from './pdf-inspect';
import { vietnameseMeta, vietnameseNodes } from './vietnamese-fixture';

const dir = mkdtempSync(join(tmpdir(), 'lectern-text-notes-'));
const QPDF = hasTool('qpdf');
if (!QPDF) console.warn('qpdf is not installed: NM and `qpdf --check` assertions are skipped');
const NOTE_TYPES = new Set(['Highlight', 'Text']);

interface Exported {
  path: string;
  annots: { page: number; a: PdfAnnotation }[];
  runs: TextRun[][];
  pageSize: [number, number];
}

async function exportAndRead(
  doc: DocumentMeta,
  nodes: CorpusNode[],
  annotations: Annotation[],
  scope: ExportScope,
  name: string,
): Promise<Exported> {
  const path = join(dir, name);
  await exportAnnotatedPdf({
    doc,
    nodes,
    annotations,
    outPath: path,
    options: { reviewer: 'Người rà soát', scope, createdAt: new Date('2026-05-01T00:00:00Z') },
  });
  const pdf = await openPdf(path);
  const annots: Exported['annots'] = [];
  const runs: TextRun[][] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    for (const a of await pageAnnotations(pdf, p)) annots.push({ page: p, a });
    runs.push(await pageRuns(pdf, p));
  }
  const view = (await pdf.getPage(1)).view;
  return { path, annots, runs, pageSize: [view[2] ?? 0, view[3] ?? 0] };
}

/** The words a provision's first printed line starts with: its heading label, else its text (or first cell). */
function firstWords(node: CorpusNode, lang: DocumentMeta['language']): string {
  if (node.kind === 'article') return `${lang === 'vi' ? 'Điều' : 'Article'} ${node.num ?? ''}.`;
  const text = node.text !== '' ? node.text : (node.cells?.[0]?.text ?? '');
  return text.split(/\s+/).slice(0, 3).join(' ');
}

function noteAnnots(x: Exported, ann: Annotation): { page: number; a: PdfAnnotation }[] {
  return x.annots.filter((e) => NOTE_TYPES.has(e.a.subtype) && e.a.contentsObj?.str === ann.note);
}

/** Asserts that every live note appears exactly once, whole-provision ones as Text at their first line. */
function expectEveryNote(
  x: Exported,
  { doc, nodes }: { doc: DocumentMeta; nodes: CorpusNode[] },
  live: Annotation[],
  whole: Annotation[],
  gone: Annotation[],
): void {
  const notes = x.annots.filter((e) => NOTE_TYPES.has(e.a.subtype));
  expect(notes).toHaveLength(live.length);
  for (const ann of live) {
    const found = noteAnnots(x, ann);
    expect(found, ann.note).toHaveLength(1);
    const { a } = found[0]!;
    expect(a.titleObj?.str).toBe(ann.author);
    expect(Array.from(a.color ?? [])).toEqual([...PRINT_PALETTE[ann.color].fill]);
    expect(a.creationDate).toBe('D:20260201080000Z');
    expect(a.modificationDate).toBe('D:20260202093000Z');
    expect(a.popupRef, 'linked Popup').toBeDefined();
  }
  for (const ann of gone) expect(noteAnnots(x, ann), ann.note).toHaveLength(0);
  const [width, height] = x.pageSize;
  for (const ann of whole) {
    const { page, a } = noteAnnots(x, ann)[0]!;
    expect(a.subtype).toBe('Text');
    const [x1 = -1, y1 = -1, x2 = -1, y2 = -1] = a.rect;
    expect(x1 >= 0 && y1 >= 0 && x2 <= width && y2 <= height, `${ann.note} on the page`).toBe(true);
    const node = nodes.find((n) => n.eId === ann.target.eId)!;
    const words = firstWords(node, doc.language);
    const line = (x.runs[page - 1] ?? []).filter((r) => r.str.startsWith(words));
    expect(line.length, `"${words}" on page ${page}`).toBeGreaterThan(0);
    expect(
      line.some((r) => r.y > y1 && r.y < y2),
      `${ann.note} beside the first line`,
    ).toBe(true);
  }
  if (QPDF) {
    const nm = rawAnnotations(x.path)
      .filter((d) => d['/Subtype'] === '/Highlight' || d['/Subtype'] === '/Text')
      .map((d) => String(d['/NM']));
    expect(nm.sort()).toEqual(live.map((n) => `u:${n.id}`).sort());
    expect(qpdfCheck(x.path)).toContain('No syntax or stream encoding errors');
  }
}

function disjoint(a: number[], b: number[]): boolean {
  const [ax1 = 0, ay1 = 0, ax2 = 0, ay2 = 0] = a;
  const [bx1 = 0, by1 = 0, bx2 = 0, by2 = 0] = b;
  return ax2 <= bx1 || bx2 <= ax1 || ay2 <= by1 || by2 <= ay1;
}

describe('every note of the bundled decree is a PDF annotation', () => {
  const { doc, nodes } = loadDocument('decree-63-2020');
  const m = mixedNotes(doc, nodes);
  const gone = m.all.filter((n) => n.deleted !== null);
  let full: Exported;
  let only: Exported;

  beforeAll(async () => {
    full = await exportAndRead(doc, nodes, m.all, 'all', 'decree-all.pdf');
    only = await exportAndRead(doc, nodes, m.all, 'annotated', 'decree-annotated.pdf');
  });

  it('writes each live note once (ranged: Highlight, whole provision: Text) and no deleted note', () => {
    expectEveryNote(full, { doc, nodes }, m.live, m.whole, gone);
    expect(full.annots.filter((e) => e.a.subtype === 'Text')).toHaveLength(m.whole.length + 1);
  });

  it('does the same in an annotated-provisions-only export', () => {
    expectEveryNote(only, { doc, nodes }, m.live, m.whole, gone);
  });

  it('keeps notes on one provision apart, side by side on its first line', () => {
    for (const x of [full, only]) {
      const same = m.whole.filter((n) => n.target.eId === 'art_6__cl_2').map((n) => noteAnnots(x, n)[0]!);
      expect(same).toHaveLength(3);
      expect(new Set(same.map((s) => s.page)).size).toBe(1);
      for (const [i, s] of same.entries())
        for (const t of same.slice(i + 1)) expect(disjoint(s.a.rect, t.a.rect)).toBe(true);
      expect(new Set(same.map((s) => Math.round(s.a.rect[3] ?? 0))).size).toBe(1);
    }
  });

  it('puts an unanchored note beside its entry in the Notes section', () => {
    const { page, a } = noteAnnots(full, m.orphaned)[0]!;
    expect(a.subtype).toBe('Text');
    const runs = full.runs[page - 1] ?? [];
    expect(runs.some((r) => r.str.includes('Its provision changed.'))).toBe(true);
    expect(
      runs.some(
        (r) =>
          r.str.startsWith('Article 9, Decree 63/2020/ND-CP') &&
          r.y > (a.rect[1] ?? 0) &&
          r.y < (a.rect[3] ?? 0),
      ),
    ).toBe(true);
  });
});

describe('the PDF notes report', () => {
  it('lists notes without annotating them, unanchored ones included', async () => {
    const decree = loadDocument('decree-63-2020');
    const out = join(dir, 'report.pdf');
    const annotations = mixedNotes(decree.doc, decree.nodes).all;
    await exportNotesPdf({ documents: [decree], annotations, outPath: out });
    const pdf = await openPdf(out);
    for (let p = 1; p <= pdf.numPages; p++)
      expect((await pageAnnotations(pdf, p)).filter((a) => NOTE_TYPES.has(a.subtype))).toEqual([]);
  });
});

describe('a Vietnamese act', () => {
  it('writes its whole-provision notes as Text annotations with the Vietnamese note and author', async () => {
    const doc = vietnameseMeta();
    const nodes = vietnameseNodes();
    const whole = [
      annotate(doc, nodes, 'art_2__cl_1', null, 'Đối chiếu với Bộ luật Dân sự.', 'blue'),
      annotate(doc, nodes, 'art_3', null, 'Điều khoản hiệu lực: kiểm tra ngày 01/01/2031.', 'red'),
      annotate(doc, nodes, 'art_2__cl_2__pt_dd', null, 'Điểm đ: quyền khác.', 'green'),
    ];
    const live = [...whole, annotate(doc, nodes, 'art_1', 'thử nghiệm cấu trúc', 'Phạm vi hẹp.', 'green')];
    const gone = [
      { ...annotate(doc, nodes, 'art_3', null, 'Ghi chú đã xoá.'), deleted: '2026-03-01T00:00:00Z' },
    ];
    const x = await exportAndRead(doc, nodes, [...live, ...gone], 'all', 'vi.pdf');
    expectEveryNote(x, { doc, nodes }, live, whole, gone);
  });
});

describe('a table row whose cells do not hold the quote', () => {
  it('still writes its quoted note once, as a Text annotation beside the row', async () => {
    const doc = syntheticMeta('table-doc');
    const node = (
      eId: string,
      kind: CorpusNode['kind'],
      order: number,
      text: string,
      cells: string[] | null,
    ): CorpusNode => ({
      docId: doc.docId,
      eId,
      parentEId: order === 0 ? null : 'annex_1',
      kind,
      num: null,
      heading: order === 0 ? 'LIST' : null,
      text,
      order,
      depth: order === 0 ? 0 : 1,
      cells: cells?.map((t) => ({ text: t, continued: false })) ?? null,
    });
    const nodes = [
      node('annex_1', 'annex', 0, 'List of products', ['No.', 'Product']),
      node('annex_1__row_1', 'annex-row', 1, 'Row summary: night vision devices', ['1', 'Devices']),
      node('annex_1__row_2', 'annex-row', 2, 'Body armour', ['2', 'Body armour']),
    ];
    const lost = annotate(doc, nodes, 'annex_1__row_1', 'night vision', 'Not in any cell.', 'blue');
    const found = annotate(doc, nodes, 'annex_1__row_2', 'armour', 'In the second cell.', 'red');
    const x = await exportAndRead(doc, nodes, [lost, found], 'all', 'table.pdf');
    expect(noteAnnots(x, lost).map((e) => e.a.subtype)).toEqual(['Text']);
    expect(noteAnnots(x, found).map((e) => e.a.subtype)).toEqual(['Highlight']);
    const { page, a } = noteAnnots(x, lost)[0]!;
    const row = (x.runs[page - 1] ?? []).find((r) => r.str === 'Devices')!;
    expect(row.y > (a.rect[1] ?? 0) && row.y < (a.rect[3] ?? 0)).toBe(true);
  });
});

describe('MarginSlots', () => {
  it('never overlaps two icons and keeps them on the page, even many on a line near the foot', () => {
    const slots = new MarginSlots({ x: 539, columns: 3, size: 16, gap: 2, pageHeight: 842 });
    for (const y of [100, 820]) {
      const boxes = Array.from({ length: 20 }, () => slots.place(y === 100 ? 1 : 2, y));
      for (const [i, b] of boxes.entries()) {
        expect(b.y >= 0 && b.y + b.h <= 842 && b.x + b.w <= 595).toBe(true);
        for (const c of boxes.slice(i + 1))
          expect(disjoint([b.x, b.y, b.x + b.w, b.y + b.h], [c.x, c.y, c.x + c.w, c.y + c.h])).toBe(true);
      }
      expect(boxes.slice(0, 3).every((b) => b.y === Math.min(y, boxes[0]!.y))).toBe(true);
    }
  });
});
