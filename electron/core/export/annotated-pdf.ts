// Annotated PDF export: cover, outline, running header/footer, the document body with painted highlights that are
// also real PDF Highlight annotations, numbered margin markers and a closing Notes section.
// A function over data (no store, no Electron), called by the app's IPC handler, the CLI and the tests.
import PDFDocument from 'pdfkit';
import { documentLabel } from '../corpus/citation';
import { LecternError } from '../errors';
import { AtomicOutput } from './atomic-output';
import { BodyRenderer } from './body';
import { setCover } from './cover';
import { loadFonts } from './fonts';
import { formatMoment } from './format';
import { MarkTracker } from './marks';
import { NotesSection } from './notes-section';
import { OutlineBuilder } from './outline';
import { A4, PageCursor, type PageChrome } from './page-cursor';
import { planExport, type ExportPlan } from './selection';
import { Progress } from './progress';
import type { AnnotatedPdfRequest, ExportResult, PdfExportOptions } from './types';
import { Typesetter } from './typesetter';
import { wordingFor } from './wording';

/** Writes an annotated PDF of one document to `outPath` (atomically); throws LecternError on bad input or abort. */
export async function exportAnnotatedPdf(req: AnnotatedPdfRequest): Promise<ExportResult> {
  const options = req.options ?? {};
  const nodes = req.nodes.filter((n) => n.docId === req.doc.docId);
  if (nodes.length === 0)
    throw new LecternError('INVALID_INPUT', `Document ${req.doc.docId} has no provisions to export`);
  const scope = options.scope ?? 'all';
  const plan = planExport(req.doc, nodes, req.annotations, options, scope);
  const fonts = loadFonts(options.fontsDir);
  const created = options.createdAt ?? new Date();
  if (Number.isNaN(created.getTime())) throw new LecternError('INVALID_INPUT', 'Invalid creation date');
  const out = await AtomicOutput.open(req.outPath, { replace: req.replace === true });
  const pdf = new PDFDocument({
    autoFirstPage: false,
    compress: true,
    pdfVersion: '1.7',
    lang: req.doc.language,
    displayTitle: true,
    info: documentInfo(req, options, plan, created),
  });
  out.attach(pdf);
  try {
    const ts = new Typesetter(pdf, fonts);
    const progress = new Progress(
      2 * (plan.printed.length + plan.notes.length),
      req.onProgress,
      req.signal,
      out,
    );
    // The copy's own words (cover, footer, notes) follow the document's language, not the interface's.
    const words = wordingFor(req.doc.language);
    const chrome: PageChrome = {
      shortTitle: req.doc.shortTitle,
      marking: (options.marking ?? '').trim(),
      reviewer: options.reviewer ?? '',
      exportedAt: formatMoment(created, options.timeZone, words),
      watermark: options.watermark?.trim() ?? null,
      words,
    };
    const layout = {
      req,
      plan,
      ts,
      chrome,
      nodes,
      scopeLabel: scope === 'all' ? words.scope.all : words.scope.annotated,
    };
    const pages = await typeset(layout, null, progress, options);
    const drawn = await typeset(layout, pages, progress, options);
    if (drawn !== pages)
      throw new LecternError('INTERNAL', `Layout passes disagree (${pages} vs ${drawn} pages)`);
    pdf.end();
    const bytes = await out.commit(pdf);
    return {
      outPath: out.target,
      pages,
      notes: plan.notes.length,
      unanchored: plan.notes.filter((n) => n.unanchored).length,
      bytes,
    };
  } catch (err) {
    pdf.removeAllListeners('data');
    await out.abort();
    throw err;
  }
}

interface Layout {
  req: AnnotatedPdfRequest;
  plan: ExportPlan;
  ts: Typesetter;
  chrome: PageChrome;
  nodes: AnnotatedPdfRequest['nodes'];
  scopeLabel: string;
}

/** One full layout pass; with `totalPages` null it only counts pages. Returns the page count. */
async function typeset(
  l: Layout,
  totalPages: number | null,
  progress: Progress,
  options: PdfExportOptions,
): Promise<number> {
  const cursor = new PageCursor(l.ts, A4, l.chrome, totalPages);
  const subject = documentLabel(l.req.doc, l.req.doc.language);
  const marks = new MarkTracker(cursor, l.chrome.reviewer, subject);
  const flow = { cursor, marks };
  const outline = new OutlineBuilder(cursor, l.req.doc);
  const { notes } = l.plan;
  const words = l.chrome.words;
  const filter = [
    options.tags !== undefined && options.tags.length > 0 ? words.filterTags(options.tags.join(', ')) : null,
    options.colors !== undefined && options.colors.length > 0
      ? words.filterColors(options.colors.map((c) => words.colors[c]).join(', '))
      : null,
  ].filter((s) => s !== null);
  setCover(flow, l.req.doc, {
    reviewer: l.chrome.reviewer,
    exportedAt: l.chrome.exportedAt,
    marking: l.chrome.marking,
    notes: notes.length,
    unanchored: notes.filter((n) => n.unanchored).length,
    scope: l.scopeLabel,
    filter: filter.length > 0 ? filter.join('; ') : null,
  });
  cursor.newPage();
  const body = new BodyRenderer(
    cursor,
    marks,
    l.req.doc,
    l.plan.notesByEId,
    outline,
    l.nodes,
    l.plan.printed,
  );
  for (const printed of l.plan.printed) {
    body.render(printed);
    marks.flush(true);
    await progress.step();
  }
  body.finish();
  const section = new NotesSection(flow, marks, outline, words, true);
  section.begin(notes);
  let seenUnanchored = false;
  for (const note of notes) {
    section.entry(note, note.unanchored && !seenUnanchored);
    seenUnanchored ||= note.unanchored;
    await progress.step();
  }
  cursor.finish();
  return cursor.page;
}

function documentInfo(
  req: AnnotatedPdfRequest,
  options: PdfExportOptions,
  plan: ExportPlan,
  created: Date,
): PDFKit.DocumentInfo {
  const tags = [...new Set(plan.notes.flatMap((n) => n.ann.tags))];
  return {
    Title: req.doc.title,
    Author: options.reviewer ?? '',
    Subject: wordingFor(req.doc.language).subject(
      documentLabel(req.doc, req.doc.language),
      plan.notes.length,
    ),
    Keywords: [req.doc.number ?? req.doc.shortTitle, 'annotated', ...tags].join(', '),
    Creator: 'Lectern',
    Producer: 'Lectern (PDFKit)',
    CreationDate: created,
    ModDate: created,
  };
}
