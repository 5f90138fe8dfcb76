// Exports of a Vietnamese act are Vietnamese documents: the cover, footer, Notes section, outline and notes
// reports are worded in Vietnamese and provisions cited in Vietnamese, whatever the interface language; parts
// head the outline above chapters and footnotes follow their provision in smaller type.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../electron/core/annotations/model';
import { exportAnnotatedPdf } from '../../../electron/core/export/annotated-pdf';
import { renderNotesMarkdown } from '../../../electron/core/export/notes-report-markdown';
import { exportNotesPdf } from '../../../electron/core/export/notes-report-pdf';
import { annotate, loadDocument } from './corpus-fixture';
import { openPdf, outlineTitles, pageRuns, pageText } from './pdf-inspect';
import { vietnameseMeta, vietnameseNodes } from './vietnamese-fixture';

const dir = mkdtempSync(join(tmpdir(), 'lectern-vi-export-'));
const doc = vietnameseMeta();
const nodes = vietnameseNodes();
const createdAt = new Date('2026-05-01T00:00:00Z');
const annotations: Annotation[] = [
  annotate(doc, nodes, 'art_2__cl_1', null, 'Đối chiếu với Bộ luật Dân sự.', 'blue', ['đối chiếu']),
  annotate(doc, nodes, 'art_1', 'thử nghiệm cấu trúc', 'Phạm vi hẹp.', 'green'),
];

let pdf: PDFDocumentProxy;
let pages: string[];
beforeAll(async () => {
  const outPath = join(dir, 'vi.pdf');
  await exportAnnotatedPdf({
    doc,
    nodes,
    annotations,
    outPath,
    options: { reviewer: 'Trần Thị Bình', createdAt, timeZone: 'UTC' },
  });
  pdf = await openPdf(outPath);
  pages = [];
  for (let p = 1; p <= pdf.numPages; p++) pages.push(await pageText(pdf, p));
});

describe('annotated PDF of a Vietnamese act', () => {
  it('gives the file a Vietnamese subject and language', async () => {
    const { info } = (await pdf.getMetadata()) as { info: { Subject?: string; Language?: string } };
    expect(info.Subject).toBe('Bản có ghi chú của Luật 12/2030/QH15: 2 ghi chú');
  });

  it('words the cover and every footer in Vietnamese', () => {
    const cover = pages[0] ?? '';
    expect(cover).toContain('BẢN CÓ GHI CHÚ');
    expect(cover).toContain('Người rà soát');
    expect(cover).toContain('Ngày có hiệu lực');
    expect(cover).toContain('ngày 1 tháng 1 năm 2031');
    expect(cover).toContain('Toàn văn');
    expect(cover).not.toMatch(/ANNOTATED COPY|Reviewer|Whole document/);
    pages.forEach((t, i) => {
      expect(t, `page ${i + 1}`).toContain(`Trang ${i + 1}/${pages.length}`);
      expect(t, `page ${i + 1}`).toContain('Xuất lúc ngày 1 tháng 5 năm 2026, 00:00 UTC');
    });
  });

  it('heads parts, chapters, sections, sub-sections and articles in Vietnamese and keeps the notes of articles', () => {
    const body = pages.slice(1, -1).join(' ');
    for (const s of [
      'Phần thứ nhất',
      'QUY ĐỊNH CHUNG',
      'Chương I',
      'Điều 1. Phạm vi điều chỉnh',
      'Mục 1. QUYỀN SỞ HỮU',
      'Tiểu mục 1. QUYỀN CHIẾM HỮU',
      'Điều 2. Chiếm hữu',
      '(Điều 1 Luật số 24/2018/QH14',
      '(Điều này có nội dung liên quan đến Điều 5',
      'Phần thứ hai',
      'đ)',
    ])
      expect(body).toContain(s);
    expect(body).not.toMatch(/Chapter|Article|Part /);
  });

  it("sets an article's source note under its heading, before its text, and related articles after it", () => {
    const body = pages.slice(1, -1).join(' ');
    const heading = body.indexOf('Điều 1. Phạm vi điều chỉnh');
    const source = body.indexOf('(Điều 1 Luật số 24/2018/QH14');
    const text = body.indexOf('Luật này quy định về thử nghiệm');
    const related = body.indexOf('(Điều này có nội dung liên quan');
    expect(heading).toBeGreaterThan(0);
    expect([heading < source, source < text, text < related]).toEqual([true, true, true]);
    expect(body.match(/\(Điều 1 Luật số 24\/2018\/QH14/g)).toHaveLength(1);
  });

  it('sets the footnote right after its clause, with its number, in smaller type', async () => {
    const body = pages.slice(1, -1).join(' ');
    const clause = body.indexOf('nắm giữ tài sản[1].');
    const footnote = body.indexOf('Khoản này được sửa đổi');
    const nextClause = body.indexOf('Người chiếm hữu có quyền.');
    expect(clause).toBeGreaterThan(0);
    expect(footnote).toBeGreaterThan(clause);
    expect(footnote).toBeLessThan(nextClause);
    let bodySize = 0;
    let noteSize = 0;
    for (let p = 2; p < pdf.numPages; p++) {
      for (const r of await pageRuns(pdf, p)) {
        if (r.str.includes('Chiếm hữu là việc')) bodySize = r.height;
        if (r.str.includes('Khoản này được sửa đổi')) noteSize = r.height;
      }
    }
    expect(noteSize).toBeGreaterThan(0);
    expect(noteSize).toBeLessThan(bodySize);
    expect(body).toMatch(/\[1\] Khoản này được sửa đổi/);
  });

  it('outlines parts above chapters, chapters above articles, in Vietnamese', async () => {
    const titles = await outlineTitles(pdf);
    expect(titles.slice(0, 4)).toEqual([
      { title: 'Phần thứ nhất. QUY ĐỊNH CHUNG', depth: 0 },
      { title: 'Chương I. PHẠM VI', depth: 1 },
      { title: 'Điều 1. Phạm vi điều chỉnh', depth: 2 },
      { title: 'Mục 1. QUYỀN SỞ HỮU', depth: 2 },
    ]);
    expect(titles).toContainEqual({ title: 'khoản 1 — ghi chú 2', depth: 3 });
    expect(titles).toContainEqual({ title: 'Phần thứ hai. ĐIỀU KHOẢN THI HÀNH', depth: 0 });
    expect(titles).toContainEqual({ title: 'Chương II. HIỆU LỰC', depth: 1 });
    expect(titles.at(-1)).toEqual({ title: 'Ghi chú', depth: 0 });
  });

  it('lists the notes with Vietnamese citations and wording', () => {
    const notes = pages.at(-1) ?? '';
    expect(notes).toContain('Ghi chú');
    expect(notes).toContain('2 ghi chú theo thứ tự đọc.');
    expect(notes).toContain('khoản 1 Điều 2 Luật 12/2030/QH15');
    expect(notes).toContain('Điều 1 Luật 12/2030/QH15');
    expect(notes).toContain('Ghi chú cho toàn bộ quy định.');
    expect(notes).toContain('Xanh dương · thẻ: đối chiếu');
    expect(notes).not.toMatch(/Note on the whole provision|tags:|Blue/);
  });
});

describe('notes reports with a Vietnamese act', () => {
  it('words a Markdown report of the Vietnamese act alone in Vietnamese', () => {
    const md = renderNotesMarkdown({
      documents: [{ doc, nodes }],
      annotations,
      options: { reviewer: 'Bình', createdAt, timeZone: 'UTC' },
    });
    expect(md.split('\n').filter((l) => l.startsWith('#'))).toEqual([
      '# Báo cáo ghi chú',
      `## Luật 12/2030/QH15 — ${doc.title}`,
      '### Điều 1. Phạm vi điều chỉnh',
      '### Điều 2. Chiếm hữu',
    ]);
    expect(md).toContain('Người rà soát: Bình · Xuất lúc ngày 1 tháng 5 năm 2026, 00:00 UTC · 2 ghi chú');
    expect(md).toContain('**2. khoản 1 Điều 2 Luật 12/2030/QH15** · Xanh dương · `đối chiếu`');
    expect(md).toContain('  _Ghi chú cho toàn bộ quy định._');
  });

  it('keeps each document in its own language in a report over an English and a Vietnamese document', async () => {
    const decree = loadDocument('decree-63-2020');
    const both = [
      ...annotations,
      annotate(decree.doc, decree.nodes, 'art_6', null, 'Whole article.', 'red'),
      { ...annotate(doc, nodes, 'art_3', 'hiệu lực', 'gone', 'grey'), anchor: 'orphaned' as const },
    ];
    const documents = [decree, { doc, nodes }];
    const md = renderNotesMarkdown({ documents, annotations: both, options: { createdAt, timeZone: 'UTC' } });
    expect(md).toContain('# Notes report');
    expect(md).toContain('Article 6, Decree 63/2020/ND-CP** · Red');
    expect(md).toContain('  _Note on the whole provision._');
    expect(md).toContain('  _Ghi chú cho toàn bộ quy định._');
    expect(md).toContain('### Ghi chú không còn gắn với văn bản');
    const outPath = join(dir, 'report.pdf');
    await exportNotesPdf({ documents, annotations: both, outPath, options: { createdAt, timeZone: 'UTC' } });
    const report = await openPdf(outPath);
    const text: string[] = [];
    for (let p = 1; p <= report.numPages; p++) text.push(await pageText(report, p));
    const all = text.join(' ');
    expect(all).toContain('Notes report');
    expect(all).toContain('Điều 2. Chiếm hữu');
    expect(all).toContain('Ghi chú cho toàn bộ quy định.');
    expect(all).toContain('Note on the whole provision.');
    expect(all).toContain('Page 1 of');
  });
});
