// `export pdf|md|notes-pdf`: annotated PDFs and notes reports from the command line, over the same core as the app.
import { ANNOTATION_COLORS, type AnnotationColor } from '../../core/annotations/model';
import type { AnnotationService } from '../../core/annotations/service';
import { normalizeUserText } from '../../shared/user-text';
import { LecternError } from '../../core/errors';
import { exportAnnotatedPdf } from '../../core/export/annotated-pdf';
import type { ReportDocument } from '../../core/export/notes-grouping';
import { exportNotesMarkdown, type NotesReportOptions } from '../../core/export/notes-report-markdown';
import { exportNotesPdf } from '../../core/export/notes-report-pdf';
import type { ExportResult } from '../../core/export/types';
import { getReviewerName, getSetting } from '../../core/userdb/settings';
import type { CliCommand, CliContext, CliInput } from '../command';

const USAGE = [
  'export pdf <docId> --out FILE [--annotated-only] [--marking TEXT] [--watermark TEXT] [--tag T]... [--color C]... [--force] [--json]',
  'export md [<docId>] --out FILE [--tag T]... [--color C]... [--force] [--json]',
  'export notes-pdf [<docId>] --out FILE [--marking TEXT] [--tag T]... [--color C]... [--force] [--json]',
  '(--force replaces an existing FILE; without it an existing FILE is refused)',
];

function str(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new LecternError('INVALID_INPUT', `--${name} needs a value`);
  return value;
}

function list(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value])
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => v.split(','));
}

function colors(value: unknown): AnnotationColor[] {
  return list(value).map((c) => {
    const known = ANNOTATION_COLORS.find((k) => k === c.trim().toLowerCase());
    if (known === undefined)
      throw new LecternError(
        'INVALID_INPUT',
        `Unknown colour "${c}". Use one of: ${ANNOTATION_COLORS.join(', ')}`,
      );
    return known;
  });
}

/** Opens user.sqlite for the notes and the reviewer/marking settings; closed after the command. */
function userData(ctx: CliContext): { service: AnnotationService; reviewer: string; marking: string } {
  const user = ctx.userDb();
  return {
    service: ctx.annotations(),
    reviewer: getReviewerName(user.db),
    marking: getSetting(user.db, 'marking'),
  };
}

function summary(kind: string, r: ExportResult): string {
  const pages = r.pages > 0 ? `, ${r.pages} pages` : '';
  const orphans = r.unanchored > 0 ? ` (${r.unanchored} unanchored)` : '';
  return `Wrote ${kind} ${r.outPath}: ${r.notes} notes${orphans}${pages}, ${r.bytes} bytes`;
}

async function run(ctx: CliContext, input: CliInput): Promise<{ json: unknown; text: string }> {
  const [format, docId] = input.args;
  const out = str(input.flags.out, 'out');
  if (format === undefined || !['pdf', 'md', 'notes-pdf'].includes(format) || out === undefined) {
    throw new LecternError('INVALID_INPUT', `Usage:\n  ${USAGE.join('\n  ')}`);
  }
  if (format === 'pdf' && docId === undefined)
    throw new LecternError('INVALID_INPUT', `Missing <docId>. Usage: ${USAGE[0] ?? ''}`);
  const docs = docId === undefined ? ctx.corpus().listDocuments() : [ctx.requireDocument(docId)];
  const { service, reviewer, marking } = userData(ctx);
  const filter = { tags: list(input.flags.tag), colors: colors(input.flags.color) };
  const annotations = docs.flatMap((d) => service.list({ docId: d.docId }));
  // --marking and --watermark are free text like the stored marking: the same normalisation (shared/user-text.ts).
  const markingText = normalizeUserText(str(input.flags.marking, 'marking') ?? marking);
  const replace = input.flags.force === true;
  const doc = docs[0];
  if (format === 'pdf' && doc !== undefined) {
    const result = await exportAnnotatedPdf({
      doc,
      nodes: ctx.corpus().getNodes(doc.docId),
      annotations,
      outPath: out,
      replace,
      options: {
        ...filter,
        reviewer,
        marking: markingText,
        watermark: ((w) => (w === undefined ? null : normalizeUserText(w)))(
          str(input.flags.watermark, 'watermark'),
        ),
        scope: input.flags['annotated-only'] === true ? 'annotated' : 'all',
      },
    });
    return { json: result, text: summary('annotated PDF', result) };
  }
  const documents: ReportDocument[] = docs.map((doc) => ({ doc, nodes: ctx.corpus().getNodes(doc.docId) }));
  const options: NotesReportOptions = { ...filter, reviewer, marking: markingText };
  const result =
    format === 'md'
      ? await exportNotesMarkdown({ documents, annotations, outPath: out, replace, options })
      : await exportNotesPdf({ documents, annotations, outPath: out, replace, options });
  return {
    json: result,
    text: summary(format === 'md' ? 'Markdown notes report' : 'PDF notes report', result),
  };
}

/** The `export` command group. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'annotated PDF of a document, or a notes report as Markdown or PDF',
  usage: USAGE,
  options: {
    out: { type: 'string', short: 'o' },
    'annotated-only': { type: 'boolean' },
    marking: { type: 'string' },
    watermark: { type: 'string' },
    tag: { type: 'string', multiple: true },
    color: { type: 'string', multiple: true },
    force: { type: 'boolean' },
  },
  run,
};
