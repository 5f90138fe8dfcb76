// Notes report as PDF: the same entries as the annotated PDF's Notes section, grouped document › article,
// with the running header/footer and marking, for reviewers who hand in their notes without the full text.
import PDFDocument from 'pdfkit';
import { AtomicOutput } from './atomic-output';
import { loadFonts } from './fonts';
import { formatMoment } from './format';
import { MarkTracker } from './marks';
import { groupNotes, type DocumentGroup } from './notes-grouping';
import type { NotesReportRequest } from './notes-report-markdown';
import { NotesSection } from './notes-section';
import { OutlineBuilder } from './outline';
import { A4, PageCursor, type PageChrome } from './page-cursor';
import { setParagraph } from './paragraph';
import { Progress } from './progress';
import type { ExportResult } from './types';
import { Typesetter } from './typesetter';
import { commonWording, wordingFor, type ExportWording } from './wording';
import { blankDocumentMeta } from '../corpus/blank-meta';
import type { DocumentMeta } from '../corpus/model';

const REPORT_DOC: DocumentMeta = {
  ...blankDocumentMeta({ docId: 'notes-report', title: 'Notes report' }),
  contentHash: '',
};

/** Writes the notes report as a PDF (atomically), with progress per note and cancellation. */
export async function exportNotesPdf(req: NotesReportRequest): Promise<ExportResult> {
  const o = req.options ?? {};
  const groups = groupNotes(req.documents, req.annotations, o);
  const count = groups.reduce((s, g) => s + g.count, 0);
  const created = o.createdAt ?? new Date();
  const words = commonWording(req.documents.map((d) => d.doc.language));
  const fonts = loadFonts(o.fontsDir);
  const out = await AtomicOutput.open(req.outPath, { replace: req.replace === true });
  const pdf = new PDFDocument({
    autoFirstPage: false,
    compress: true,
    pdfVersion: '1.7',
    displayTitle: true,
    lang: words.lang,
    info: {
      Title: words.report.title,
      Author: o.reviewer ?? '',
      Subject: `${count} notes on ${groups.map((g) => g.doc.shortTitle).join(', ') || 'no document'}`,
      Keywords: 'notes, annotations',
      Creator: 'Lectern',
      Producer: 'Lectern (PDFKit)',
      CreationDate: created,
      ModDate: created,
    },
  });
  out.attach(pdf);
  try {
    const ts = new Typesetter(pdf, fonts);
    const chrome: PageChrome = {
      shortTitle: words.report.title,
      marking: (o.marking ?? '').trim(),
      reviewer: o.reviewer ?? '',
      exportedAt: formatMoment(created, o.timeZone, words),
      watermark: null,
      words,
    };
    const progress = new Progress(2 * Math.max(1, count), req.onProgress, req.signal, out);
    const pages = await typesetReport(ts, chrome, groups, count, null, progress);
    await typesetReport(ts, chrome, groups, count, pages, progress);
    pdf.end();
    const bytes = await out.commit(pdf);
    const unanchored = groups
      .flatMap((g) => g.articles.flatMap((a) => a.notes))
      .filter((n) => n.unanchored).length;
    return { outPath: out.target, pages, notes: count, unanchored, bytes };
  } catch (err) {
    pdf.removeAllListeners('data');
    await out.abort();
    throw err;
  }
}

async function typesetReport(
  ts: Typesetter,
  chrome: PageChrome,
  groups: DocumentGroup[],
  count: number,
  totalPages: number | null,
  progress: Progress,
): Promise<number> {
  const cursor = new PageCursor(ts, A4, chrome, totalPages);
  const words: ExportWording = chrome.words;
  const marks = new MarkTracker(cursor, chrome.reviewer, words.report.title);
  const flow = { cursor, marks };
  const outline = new OutlineBuilder(cursor, { ...REPORT_DOC, language: words.lang });
  const section = new NotesSection(flow, marks, outline, words);
  cursor.newPage();
  const x = cursor.left;
  const w = cursor.width;
  setParagraph(flow, { text: words.report.title, style: { font: 'serifBold', size: 17 }, x, width: w });
  const summary = words.report.summary(count, chrome.reviewer || '—', chrome.exportedAt);
  setParagraph(flow, {
    text: summary,
    style: { font: 'sans', size: 8.5, color: [100, 100, 100] },
    x,
    width: w,
  });
  cursor.y += 8;
  if (groups.length === 0)
    setParagraph(flow, { text: words.report.noNotes, style: { font: 'serif', size: 10 }, x, width: w });
  for (const g of groups) {
    const own = wordingFor(g.doc.language);
    cursor.y += 10;
    const at = setParagraph(flow, {
      text: `${g.doc.shortTitle} — ${g.doc.title}`,
      style: { font: 'serifBold', size: 13 },
      x,
      width: w,
      keepWithNext: 4,
    });
    outline.chapter(g.doc.shortTitle, at);
    for (const a of g.articles) {
      cursor.y += 6;
      const head = setParagraph(flow, {
        text: a.title,
        style: { font: 'serifBold', size: 11 },
        x,
        width: w,
        keepWithNext: 4,
      });
      outline.article(a.title, head);
      cursor.y += 4;
      for (const note of a.notes) {
        section.entry(note, false, own);
        await progress.step();
      }
    }
  }
  cursor.finish();
  return cursor.page;
}
