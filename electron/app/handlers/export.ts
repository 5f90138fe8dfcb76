// The export slice: an annotated PDF of one document and a notes report (PDF or Markdown) of one or every
// document, each a cancellable job with progress; `export:cancel` stops any job of the table (batch imports too).
import { exportAnnotatedPdf } from '../../core/export/annotated-pdf';
import { exportNotesMarkdown } from '../../core/export/notes-report-markdown';
import { exportNotesPdf } from '../../core/export/notes-report-pdf';
import { exportFileName } from '../../core/export/export-file-name';
import { getReviewerName, getSetting } from '../../core/userdb/settings';
import type { HandlerContext, Slice } from './context';

/** The export channels. */
export function exportHandlers(ctx: HandlerContext): Slice<'export:pdf' | 'export:notes' | 'export:cancel'> {
  const { services, platform, jobs, documentOf, confirmed } = ctx;
  const { corpus, annotations } = services;
  const fontsDir = platform.fontsDir ? { fontsDir: platform.fontsDir } : {};
  // Proposed names are worded in the interface language, like the save dialog that shows them.
  const naming = () => ({ lang: getSetting(services.userDb.db, 'locale'), at: new Date() });
  return {
    'export:pdf': async ({ jobId, docId, scope, marking, tags, colors, watermark, replace }) => {
      const doc = documentOf(docId);
      const outPath = await platform.chooseSavePath({
        purpose: 'exportPdf',
        defaultName: exportFileName(
          doc.shortTitle,
          { kind: 'pdf', scope: scope ?? 'all', tags: tags ?? [], colors: colors ?? [] },
          naming(),
        ),
      });
      if (outPath === null) return null;
      const db = services.userDb.db;
      return jobs.run(jobId, (signal) =>
        exportAnnotatedPdf({
          doc,
          nodes: corpus.getNodes(docId),
          annotations: annotations.list({ docId }),
          outPath,
          replace: confirmed(replace),
          signal,
          options: {
            scope: scope ?? 'all',
            marking: marking ?? getSetting(db, 'marking'),
            reviewer: getReviewerName(db),
            tags: tags ?? [],
            colors: colors ?? [],
            watermark: watermark ?? null,
            ...fontsDir,
          },
          onProgress: (done, total) => {
            platform.progress({ jobId, kind: 'export', done, total, label: doc.shortTitle });
          },
        }),
      );
    },
    'export:notes': async ({ jobId, docId, format, replace }) => {
      const docs = docId === undefined ? corpus.listDocuments() : [documentOf(docId)];
      const outPath = await platform.chooseSavePath({
        purpose: format === 'md' ? 'exportReportMarkdown' : 'exportReportPdf',
        defaultName: exportFileName(
          docId === undefined ? null : (docs[0]?.shortTitle ?? docId),
          { kind: 'report', format },
          naming(),
        ),
      });
      if (outPath === null) return null;
      const db = services.userDb.db;
      const request = {
        documents: docs.map((doc) => ({ doc, nodes: corpus.getNodes(doc.docId) })),
        annotations: docs.flatMap((doc) => annotations.list({ docId: doc.docId })),
        outPath,
        replace: confirmed(replace),
        options: { reviewer: getReviewerName(db), marking: getSetting(db, 'marking'), ...fontsDir },
      };
      return jobs.run(jobId, (signal) => {
        const onProgress = (done: number, total: number): void => {
          platform.progress({ jobId, kind: 'export', done, total, label: 'Notes report' });
        };
        return format === 'md'
          ? exportNotesMarkdown({ ...request, signal, onProgress })
          : exportNotesPdf({ ...request, signal, onProgress });
      });
    },
    'export:cancel': ({ jobId }) => jobs.cancel(jobId),
  };
}
