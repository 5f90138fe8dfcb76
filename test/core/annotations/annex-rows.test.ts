// Notes on appendix rows, whose words live in cells (their `text` is empty): created on a cell's words through the
// real AnnotationService and the real corpus, cited by place, re-anchored when a cell changes, carried by a
// bundle into another user.sqlite (valid against the W3C suite), and drawn and listed in the annotated PDF.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../electron/core/annotations/model';
import { reanchor } from '../../../electron/core/annotations/reanchor';
import { annotatableText, cellSpans } from '../../../electron/core/corpus/annotatable-text';
import { ancestorsOf, formatCitation } from '../../../electron/core/corpus/citation';
import type { CorpusNode } from '../../../electron/core/corpus/model';
import { exportAnnotatedPdf } from '../../../electron/core/export/annotated-pdf';
import { loadDocument } from '../export/corpus-fixture';
import { openPdf, pageAnnotations, pageRuns, pageText, quadBounds } from '../export/pdf-inspect';
import { loadSuite } from '../../support/annotations/w3c-suite';
import { openTestServices } from '../../support/services';

const DOC = 'decree-63-2020';
const ROW = 'annex_1__grp_1__row_1';
const GEARS = 'Specialized and dedicated security combat gears';
const PROVIDER = 'Security industry establishments as commissioned or requested';
const { doc, nodes } = loadDocument(DOC);
const row = nodes.find((n) => n.eId === ROW)!;

let a: ReturnType<typeof openTestServices>;
let b: ReturnType<typeof openTestServices>;
beforeAll(() => {
  a = openTestServices();
  b = openTestServices();
});
afterAll(() => {
  a.cleanup();
  b.cleanup();
});

describe('an appendix row as a target', () => {
  it('has its own cells, one per line, as the text notes anchor to', () => {
    expect(row.text).toBe('');
    expect(annotatableText(row)).toBe(`1\n${GEARS}\n${PROVIDER}`);
    expect(cellSpans(row).map((s) => s.column)).toEqual([0, 1, 2]);
    // A cell merged down from the row above belongs to that row, not to this one.
    const row3 = nodes.find((n) => n.eId === 'annex_1__grp_1__row_3')!;
    expect(annotatableText(row3)).toBe('3\nSecurity and national defense arms');
  });

  it('takes a highlight on a cell’s words, a passage across two cells and a whole-row note', () => {
    const start = annotatableText(row).indexOf('combat gears');
    const hl = a.services.annotations.create({
      docId: DOC,
      eId: ROW,
      position: { start, end: start + 'combat gears'.length },
      quote: 'combat gears',
      note: 'Which gears?',
      color: 'green',
    });
    const text = annotatableText(row);
    expect(hl.target.quote).toEqual({
      exact: 'combat gears',
      prefix: text.slice(start - 32, start),
      suffix: text.slice(start + 12, start + 44),
    });
    expect(hl.target.quote?.suffix.startsWith('\nSecurity industry')).toBe(true);
    const across = a.services.annotations.create({ docId: DOC, eId: ROW, quote: `gears\nSecurity industry` });
    expect(across.target.position?.start).toBe(annotatableText(row).indexOf('gears\n'));
    const whole = a.services.annotations.create({ docId: DOC, eId: ROW, note: 'The whole row.' });
    expect(whole.target.position).toBeNull();
    expect(() =>
      a.services.annotations.create({ docId: DOC, eId: ROW, position: { start: 0, end: 500 } }),
    ).toThrow(/outside annex_1__grp_1__row_1/);
  });

  it('follows a row’s words when a cell of it changes', () => {
    const hl = a.services.annotations.list({ docId: DOC }).find((n) => n.note === 'Which gears?')!;
    const revised: CorpusNode[] = nodes.map((n) =>
      n.eId === ROW
        ? { ...n, cells: (n.cells ?? []).map((c, i) => (i === 1 ? { ...c, text: `New: ${c.text}` } : c)) }
        : n,
    );
    const { results } = reanchor(nodes, revised, [hl], { newDocHash: 'next' });
    const moved = results[0]!;
    expect(moved.outcome).toBe('moved');
    const text = annotatableText(revised.find((n) => n.eId === ROW)!);
    expect(text.slice(moved.target.position!.start, moved.target.position!.end)).toBe('combat gears');
  });

  it('travels in a bundle to another machine, anchored where it was, and the bundle meets the W3C MUSTs', () => {
    const bundle = a.services.annotations.exportNotes({ format: 'json', docId: DOC });
    const report = b.services.annotations.importNotes(bundle.text, { acceptUntrusted: true });
    expect(report.rejected).toEqual([]);
    const there = b.services.annotations.list({ docId: DOC }).find((n) => n.note === 'Which gears?')!;
    const here = a.services.annotations.list({ docId: DOC }).find((n) => n.note === 'Which gears?')!;
    expect(there.anchor).toBe('anchored');
    expect(there.target).toEqual(here.target);
    const suite = loadSuite();
    if (suite === null) return; // reported by w3c-conformance.test.ts
    const parsed = JSON.parse(bundle.text) as {
      '@context': unknown;
      first: { items: Record<string, unknown>[] };
    };
    const checks = suite.checks('annotations/annotationMusts.test');
    for (const item of parsed.first.items) {
      const failed = checks.filter((c) => !c.holds({ '@context': parsed['@context'], ...item }));
      expect(failed.map((c) => `${c.file}: ${c.errors()}`)).toEqual([]);
    }
  });

  it('is highlighted in its cell and listed by place in the annotated PDF', async () => {
    const annotations: Annotation[] = a.services.annotations.list({ docId: DOC });
    const out = join(mkdtempSync(join(tmpdir(), 'lectern-annex-')), 'annex.pdf');
    await exportAnnotatedPdf({
      doc,
      nodes,
      annotations,
      outPath: out,
      options: {
        reviewer: 'R',
        createdAt: new Date('2026-05-01T07:05:00Z'),
        timeZone: 'UTC',
        scope: 'annotated',
      },
    });
    const pdf = await openPdf(out);
    const all: { page: number; a: Awaited<ReturnType<typeof pageAnnotations>>[number] }[] = [];
    for (let p = 1; p <= pdf.numPages; p++)
      for (const x of await pageAnnotations(pdf, p)) all.push({ page: p, a: x });
    const hl = all.find((x) => x.a.subtype === 'Highlight' && x.a.contentsObj?.str === 'Which gears?');
    expect(hl, 'the cell highlight is a PDF Highlight').toBeDefined();
    const runs = await pageRuns(pdf, hl!.page);
    const q = quadBounds(hl!.a.quadPoints!, 0);
    const under = runs.filter((r) => r.y > q.y1 && r.y < q.y2 && r.x < q.x2 && r.x + r.width > q.x1);
    expect(under.map((r) => r.str).join(' ')).toContain('combat');
    // The highlight sits in the product column, right of the number column.
    const one = runs.find((r) => r.str === '1' && r.y > q.y1 - 2 && r.y < q.y2 + 2);
    if (one) expect(q.x1).toBeGreaterThan(one.x);
    let last = '';
    for (let p = 1; p <= pdf.numPages; p++) last += ` ${await pageText(pdf, p)}`;
    expect(last).toContain('No. 1, Specialized security products, Appendix, Decree 63/2020/ND-CP');
    expect(last).toContain('The whole row.');
    expect(last).toContain('Which gears?');
  });

  it('works the same on an imported document’s appendix, an unnumbered row cited by its first words', async () => {
    const source = [
      'NGHỊ ĐỊNH',
      'Căn cứ Luật;',
      'Điều 1. Phạm vi',
      'Nội dung.',
      'Phụ lục II',
      'CÁC MẪU',
      '',
      '\tMục',
      '\tNội dung',
      '',
      '\tHọ và tên người yêu cầu',
      '\tGhi đầy đủ bằng chữ in hoa',
    ].join('\n');
    const { document } = await a.services.importer.importFile({
      fileName: 'mau.txt',
      bytes: Buffer.from(source, 'utf8'),
    });
    const imported = a.services.corpus.getNodes(document.docId);
    const unnumbered = imported.find((n) => n.kind === 'annex-row')!;
    expect(unnumbered.num).toBeNull();
    expect(annotatableText(unnumbered)).toBe('Họ và tên người yêu cầu\nGhi đầy đủ bằng chữ in hoa');
    const note = a.services.annotations.create({
      docId: document.docId,
      eId: unnumbered.eId,
      quote: 'chữ in hoa',
      note: 'In hoa có dấu?',
    });
    const at = annotatableText(unnumbered).indexOf('chữ in hoa');
    expect(note.target.position).toEqual({ start: at, end: at + 10 });
    const byEId = new Map(imported.map((n) => [n.eId, n]));
    const meta = a.services.corpus.getDocument(document.docId)!;
    expect(formatCitation(meta, unnumbered, ancestorsOf(unnumbered.eId, byEId), 'vi')).toMatch(
      /^dòng “Họ và tên người yêu cầu” Phụ lục II /u,
    );
  });
});
