// Notes report as Markdown: document › article › note with quote, note, tags, colour and citation.
// Markdown travels well (mail, wikis, diff) and keeps the note text as the reviewer typed it, made inert.
import { Readable } from 'node:stream';
import type { Annotation } from '../annotations/model';
import { passageQuote } from '../annotations/passage-text';
import { LecternError } from '../errors';
import { AtomicOutput } from './atomic-output';
import { formatMoment } from './format';
import { markdownInline, markdownNoteLine } from './markdown-text';
import { groupNotes, type ReportDocument } from './notes-grouping';
import type { PlacedNote } from './selection';
import type { ExportResult, NoteFilter, ProgressFn } from './types';
import { commonWording, wordingFor, type ExportWording } from './wording';

/** Options shared by both notes reports. */
export interface NotesReportOptions extends NoteFilter {
  reviewer?: string;
  marking?: string;
  createdAt?: Date;
  timeZone?: string;
  fontsDir?: string;
}

/** Input of a notes report: one document or all, plus their annotations. */
export interface NotesReportRequest {
  documents: ReportDocument[];
  annotations: Annotation[];
  options?: NotesReportOptions;
  outPath: string;
  /** Replace an existing regular file at `outPath` (the user confirmed); without it an existing file is EXISTS. */
  replace?: boolean;
  onProgress?: ProgressFn;
  signal?: AbortSignal;
}

// Every piece of text goes through markdown-text.ts: no HTML, no images, no link leaving the report.
const inline = markdownInline;

function entry(note: PlacedNote, words: ExportWording): string {
  const { ann } = note;
  const meta = [
    `**${note.n}. ${inline(note.citation)}**`,
    words.colors[ann.color],
    ann.tags.length > 0 ? ann.tags.map((t) => `\`${t.replace(/`/g, "'")}\``).join(' ') : null,
    note.unanchored ? `_${words.unanchoredMark.toLowerCase()}_` : null,
  ].filter((s) => s !== null);
  const lines = [`- ${meta.join(' · ')}`];
  const quote = passageQuote(ann);
  if (quote !== '') lines.push('', `  > ${inline(quote)}`);
  else if (!note.unanchored) lines.push('', `  _${words.wholeProvision}_`);
  const body = ann.note.trim() === '' ? `_${words.highlightOnly}_` : ann.note.trim();
  lines.push('', ...body.split('\n').map((l) => (l === '' ? '' : `  ${markdownNoteLine(l)}`)));
  return lines.join('\n');
}

/** The report as a Markdown string: its own words in the documents' language, each entry in its document's. */
export function renderNotesMarkdown(req: Omit<NotesReportRequest, 'outPath'>): string {
  const o = req.options ?? {};
  const groups = groupNotes(req.documents, req.annotations, o);
  const total = groups.reduce((s, g) => s + g.count, 0);
  const words = commonWording(req.documents.map((d) => d.doc.language));
  const out: string[] = [];
  if (o.marking !== undefined && o.marking.trim() !== '') out.push(`**${inline(o.marking.trim())}**`, '');
  out.push(`# ${words.report.title}`, '');
  const at = formatMoment(o.createdAt ?? new Date(), o.timeZone, words);
  out.push(`${words.footer(inline(o.reviewer ?? '—'), at)} · ${words.noteCount(total)}`);
  if (groups.length === 0) out.push('', `_${words.report.noNotes}_`);
  for (const g of groups) {
    const own = wordingFor(g.doc.language);
    out.push('', `## ${inline(g.doc.shortTitle)} — ${inline(g.doc.title)}`);
    for (const a of g.articles) {
      out.push('', `### ${inline(a.title)}`, '');
      out.push(a.notes.map((n) => entry(n, own)).join('\n\n'));
    }
  }
  return `${out.join('\n')}\n`;
}

/** Writes the Markdown report atomically. */
export async function exportNotesMarkdown(req: NotesReportRequest): Promise<ExportResult> {
  if (req.signal?.aborted === true) throw new LecternError('CANCELLED', 'Export cancelled');
  const text = renderNotesMarkdown(req);
  const out = await AtomicOutput.open(req.outPath, { replace: req.replace === true });
  const source = Readable.from([Buffer.from(text, 'utf8')]);
  out.attach(source);
  try {
    const bytes = await out.commit(source);
    const notes = groupNotes(req.documents, req.annotations, req.options ?? {}).flatMap((g) =>
      g.articles.flatMap((a) => a.notes),
    );
    req.onProgress?.(1, 1);
    return {
      outPath: out.target,
      pages: 0,
      notes: notes.length,
      unanchored: notes.filter((n) => n.unanchored).length,
      bytes,
    };
  } catch (err) {
    await out.abort();
    throw err;
  }
}
