// The handler table behind every IPC channel, built from the core services and a host Platform.
// Main and the loopback test host register this same table, so Chromium tests exercise the real wiring.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { CorpusNode } from '../core/corpus/model';
import { LecternError } from '../core/errors';
import { readBundleFile } from '../core/annotations/exchange/bundle';
import { writeTextFile } from '../core/export/text-file';
import { createBackupNow } from '../core/userdb/backups';
import { exportAnnotatedPdf } from '../core/export/annotated-pdf';
import { readImportFile } from '../core/import/read-file';
import { exportNotesMarkdown } from '../core/export/notes-report-markdown';
import { exportNotesPdf } from '../core/export/notes-report-pdf';
import {
  clearReadingPosition,
  getReadingPosition,
  setReadingPosition,
} from '../core/userdb/reading-positions';
import type { SettingKey, SettingValue } from '../core/userdb/settings';
import { getAllSettings, getReviewerName, getSetting, setSetting } from '../core/userdb/settings';
import type { Settings, TocEntry } from '../shared/types';
import { batchHandlers } from './batch-handlers';
import { ExchangeSession, exchangeHandlers, signingKeysOf } from './exchange-handlers';
import type { Handlers } from './dispatch';
import { JobRegistry } from './jobs';
import type { Platform } from './platform';
import type { Services } from './open-services';

/** Longest stretch of a notes import between two turns of the event loop (calls waiting are answered then). */
export const IMPORT_SLICE_MS = 25;

/** A file name safe on every OS, from a document's short title. */
export function safeFileName(title: string, extension: string): string {
  const base = title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a file name
    .replace(/[<>:"/\\|?*\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base || 'Lectern export'}.${extension}`;
}

function toTocEntry({ docId, eId, parentEId, kind, num, heading, order, depth }: CorpusNode): TocEntry {
  return { docId, eId, parentEId, kind, num, heading, order, depth };
}

function readSettings(services: Services): Settings {
  return getAllSettings(services.userDb.db);
}

/** Builds the full table; `jobs` is shared with the caller so shutdown can cancel running exports. */
export function createHandlers(services: Services, platform: Platform, jobs = new JobRegistry()): Handlers {
  const { corpus, annotations, importer } = services;
  const exchange = new ExchangeSession();
  const documentOf = (docId: string) => {
    const doc = corpus.getDocument(docId);
    if (!doc)
      throw new LecternError('NOT_FOUND', `No document "${docId}". List the documents to see valid ids.`);
    return doc;
  };
  // A path from a save dialog that asked before replacing is confirmed; otherwise only the renderer's explicit
  // `replace: true` (sent after the user answered the EXISTS question) lets an existing file be replaced.
  const confirmed = (replace: boolean | undefined): boolean =>
    replace === true || platform.saveDialogConfirmsReplace === true;

  return {
    'app:info': () => platform.info(),
    'app:licenses': () => platform.licenses(),

    'documents:list': () => corpus.listDocuments(),
    'documents:get': ({ docId }) => documentOf(docId),
    'documents:toc': ({ docId }) => {
      documentOf(docId);
      return corpus.getNodes(docId).map(toTocEntry);
    },
    'documents:nodes': ({ docId }) => {
      documentOf(docId);
      return corpus.getNodes(docId);
    },
    'documents:node': ({ docId, eId }) => {
      documentOf(docId);
      const node = corpus.getNode(docId, eId);
      if (!node) throw new LecternError('NOT_FOUND', `No provision "${eId}" in ${docId}.`);
      return { node, children: corpus.getNodes(docId).filter((n) => n.parentEId === eId) };
    },
    'documents:refs': ({ docId }) => {
      documentOf(docId);
      // References to other acts link to them when the library holds them (resolved now: the library changes).
      return services.search.linkRefs(corpus.getRefs(docId));
    },
    'documents:terms': ({ docId }) => {
      documentOf(docId);
      return corpus.getTerms(docId);
    },

    'documents:importPreview': async ({ edits }) => {
      const path = await platform.chooseOpenPath({
        title: 'Import a document',
        filters: [{ name: 'Documents', extensions: ['txt', 'docx', 'pdf', 'html', 'htm'] }],
      });
      if (path === null) return null;
      const { fileName, bytes } = readImportFile(path);
      return importer.preview({ fileName, bytes, ...(edits ? { edits } : {}) });
    },
    'documents:importCommit': ({ previewId, edits, confirm }) => importer.commit(previewId, edits, confirm),
    ...batchHandlers(importer, platform, jobs),
    ...exchangeHandlers(annotations, signingKeysOf(services.userDb.db), platform, exchange),
    'documents:imported': () => importer.list(),
    'documents:remove': ({ docId, deleteAnnotations }) =>
      importer.remove(docId, deleteAnnotations === undefined ? {} : { deleteAnnotations }),
    'documents:pair': ({ docId, otherDocId }) => importer.pair(docId, otherDocId),
    'documents:sideBySide': ({ docId, otherDocId }) => importer.sideBySide(docId, otherDocId),

    'search:query': ({ query, ...options }) => services.search.search(query, options),

    'annotations:create': (request) => annotations.create(request),
    'annotations:update': (request) => annotations.update(request),
    'annotations:delete': ({ id }) => annotations.delete(id),
    'annotations:restore': ({ id }) => annotations.restore(id),
    'annotations:get': ({ id }) => annotations.get(id),
    'annotations:list': (filter) => annotations.list(filter),
    'annotations:history': ({ id }) => annotations.history(id),
    'annotations:undo': ({ expect }) => annotations.undo(expect),
    'annotations:redo': () => annotations.redo(),
    'annotations:conflicts': () => annotations.conflicts(),
    'annotations:resolve': ({ id, keep }) => annotations.resolve(id, keep),
    'annotations:attach': (request) => annotations.attach(request),
    'annotations:export': async ({ format, docId, replace }) => {
      const outPath = await platform.chooseSavePath({
        title: 'Export notes',
        defaultName: format === 'csv' ? 'lectern-notes.csv' : 'notes.lectern-notes.json',
        filters:
          format === 'csv'
            ? [{ name: 'CSV', extensions: ['csv'] }]
            : [{ name: 'Lectern notes', extensions: ['json'] }],
      });
      if (outPath === null) return null;
      const { text, count } = annotations.exportNotes(docId === undefined ? { format } : { format, docId });
      writeTextFile(outPath, text, { replace: confirmed(replace) });
      return { outPath, count };
    },
    'annotations:import': async ({ jobId, previewId, acceptUntrusted }) => {
      // The previewed bundle's own bytes (what the reviewer saw verified), else a file chosen now.
      const path =
        previewId === undefined
          ? await platform.chooseOpenPath({
              title: 'Import notes',
              filters: [{ name: 'Lectern notes', extensions: ['json'] }],
            })
          : undefined;
      if (path === null) return null;
      const text = path === undefined ? exchange.take(previewId ?? '') : readBundleFile(path);
      return jobs.run(jobId, async (signal) => {
        const label = 'Importing notes';
        platform.progress({ jobId, kind: 'import', done: 0, total: 1, label });
        // Like the CLI's: a backup just before the merge, never for a refused bundle. Notes are placed a slice at
        // a time, so calls are answered while thousands of quotes are re-anchored, and Cancel stops it.
        const report = await annotations.importNotesGradually(
          text,
          {
            acceptUntrusted: acceptUntrusted === true,
            beforeChange: () => {
              createBackupNow(services.userDb.db, services.dataDir);
            },
          },
          {
            sliceMs: IMPORT_SLICE_MS,
            pause: () => nextTurn(),
            onProgress: (done, total) => {
              platform.progress({ jobId, kind: 'import', done, total, label });
            },
            signal,
          },
        );
        if (previewId !== undefined) exchange.forget(previewId);
        return report;
      });
    },

    'tags:list': () => annotations.tags(),
    'tags:rename': (request) => annotations.renameTag(request),

    'export:pdf': async ({ jobId, docId, scope, marking, tags, colors, watermark, replace }) => {
      const doc = documentOf(docId);
      const outPath = await platform.chooseSavePath({
        title: 'Export annotated PDF',
        defaultName: safeFileName(doc.shortTitle, 'pdf'),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
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
            ...(platform.fontsDir ? { fontsDir: platform.fontsDir } : {}),
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
        title: 'Export notes report',
        defaultName: safeFileName(
          docs.length === 1 ? `${docs[0]?.shortTitle ?? ''} notes` : 'Lectern notes',
          format,
        ),
        filters:
          format === 'md'
            ? [{ name: 'Markdown', extensions: ['md'] }]
            : [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (outPath === null) return null;
      const db = services.userDb.db;
      const request = {
        documents: docs.map((doc) => ({ doc, nodes: corpus.getNodes(doc.docId) })),
        annotations: docs.flatMap((doc) => annotations.list({ docId: doc.docId })),
        outPath,
        replace: confirmed(replace),
        options: {
          reviewer: getReviewerName(db),
          marking: getSetting(db, 'marking'),
          ...(platform.fontsDir ? { fontsDir: platform.fontsDir } : {}),
        },
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

    'settings:get': () => readSettings(services),
    'settings:update': (changes) => {
      const db = services.userDb.db;
      const write = db.transaction(() => {
        for (const [key, value] of Object.entries(changes) as [SettingKey, unknown][]) {
          if (value !== undefined) setSetting(db, key, value as SettingValue<SettingKey>);
        }
      });
      write();
      return readSettings(services);
    },

    'reading:getPosition': ({ docId }) => {
      documentOf(docId);
      const db = services.userDb.db;
      const position = getReadingPosition(db, docId);
      if (position && !corpus.getNode(docId, position.eId)) {
        // The document was re-imported without that provision: forget the stale spot, start at the top.
        clearReadingPosition(db, docId);
        return null;
      }
      return position;
    },
    'reading:setPosition': ({ docId, eId }) => {
      documentOf(docId);
      if (!corpus.getNode(docId, eId))
        throw new LecternError('NOT_FOUND', `No provision "${eId}" in ${docId}.`);
      return setReadingPosition(services.userDb.db, docId, eId);
    },
  };
}
