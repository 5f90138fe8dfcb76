// The notes-exchange slice: export notes (a signed bundle or CSV), preview a bundle (who signed it, trusted or
// not) before `annotations:import` merges it by preview id — a slice at a time, cancellable, after a backup — and
// the reviewer's keys (show, export, read a colleague's key file, trust it once its fingerprint is confirmed,
// list, remove).
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { readBundleFile } from '../../core/annotations/exchange/bundle';
import { readKeyFile } from '../../core/annotations/signing/key-file';
import type { PublicKeyFile } from '../../core/annotations/signing/key-types';
import { SigningKeys } from '../../core/annotations/signing/signing-keys';
import { LecternError } from '../../core/errors';
import { exportFileName } from '../../core/export/export-file-name';
import { writeTextFile } from '../../core/export/text-file';
import { getSetting } from '../../core/userdb/settings';
import { createBackupNow } from '../../core/userdb/backups';
import type { HandlerContext, Slice } from './context';

/** Longest stretch of a notes import between two turns of the event loop (calls waiting are answered then). */
const IMPORT_SLICE_MS = 25;

/** The channels this slice serves. */
type ExchangeChannels =
  | 'annotations:export'
  | 'annotations:importPreview'
  | 'annotations:import'
  | 'keys:mine'
  | 'keys:export'
  | 'keys:read'
  | 'keys:trust'
  | 'keys:list'
  | 'keys:remove';

/** The one bundle previewed and the one key file read, kept in the core until imported or trusted. */
class ExchangeSession {
  private bundle: { id: string; text: string } | null = null;
  /** The key file last read by `keys:read`. */
  keyFile: PublicKeyFile | null = null;

  /** Keeps a previewed bundle's text (the bytes verified are the bytes imported); returns its id. */
  keep(text: string): string {
    this.bundle = { id: randomUUID(), text };
    return this.bundle.id;
  }

  /** The text of a previewed bundle; an unknown id (another preview since, or none) is refused plainly. */
  take(previewId: string): string {
    if (this.bundle?.id !== previewId) {
      throw new LecternError(
        'NOT_FOUND',
        'That notes preview is no longer open; choose the file again.',
        'Bản xem trước ghi chú này không còn mở; hãy chọn lại tệp.',
      );
    }
    return this.bundle.text;
  }

  /** Forgets a bundle once imported. */
  forget(previewId: string): void {
    if (this.bundle?.id === previewId) this.bundle = null;
  }
}

/** The exchange channels; `session` keeps the previewed bundle and key file between calls. */
export function exchangeHandlers(
  ctx: HandlerContext,
  session = new ExchangeSession(),
): Slice<ExchangeChannels> {
  const { services, platform, jobs, confirmed } = ctx;
  const { annotations } = services;
  const keys = new SigningKeys(services.userDb.db);
  return {
    'annotations:export': async ({ format, docId, replace }) => {
      // Named after the document (the id of one no longer in the library) or "All documents", and the date.
      const title = docId === undefined ? null : (services.corpus.getDocument(docId)?.shortTitle ?? docId);
      const outPath = await platform.chooseSavePath({
        purpose: format === 'csv' ? 'exportNotesCsv' : 'exportNotesBundle',
        defaultName: exportFileName(
          title,
          { kind: 'notes', format },
          { lang: getSetting(services.userDb.db, 'locale'), at: new Date() },
        ),
      });
      if (outPath === null) return null;
      const { text, count } = annotations.exportNotes(docId === undefined ? { format } : { format, docId });
      writeTextFile(outPath, text, { replace: confirmed(replace) });
      return { outPath, count };
    },
    'annotations:importPreview': async () => {
      const path = await platform.chooseOpenPath({ purpose: 'importNotes' });
      if (path === null) return null;
      const text = readBundleFile(path);
      const preview = annotations.previewNotes(text);
      return { ...preview, previewId: session.keep(text), fileName: basename(path) };
    },
    'annotations:import': async ({ jobId, previewId, acceptUntrusted }) => {
      // The previewed bundle's own bytes (what the reviewer saw verified), else a file chosen now.
      const path =
        previewId === undefined ? await platform.chooseOpenPath({ purpose: 'importNotes' }) : undefined;
      if (path === null) return null;
      const text = path === undefined ? session.take(previewId ?? '') : readBundleFile(path);
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
        if (previewId !== undefined) session.forget(previewId);
        return report;
      });
    },
    'keys:mine': () => keys.mine(),
    'keys:export': async ({ replace }) => {
      const outPath = await platform.chooseSavePath({
        purpose: 'exportKey',
        defaultName: 'my-key.lectern-key.json',
      });
      if (outPath === null) return null;
      writeTextFile(outPath, keys.exportMine(), { replace: confirmed(replace) });
      return { outPath, fingerprint: keys.mine().fingerprint };
    },
    'keys:read': async () => {
      const path = await platform.chooseOpenPath({ purpose: 'trustKey' });
      if (path === null) return null;
      const file = readKeyFile(path);
      session.keyFile = file;
      return keys.preview(file);
    },
    'keys:trust': ({ fingerprint }) => {
      const file = session.keyFile;
      if (file === null) {
        throw new LecternError(
          'NOT_FOUND',
          'No key file is open; choose the colleague’s key file first.',
          'Chưa mở tệp khóa nào; hãy chọn tệp khóa của đồng nghiệp trước.',
        );
      }
      const trusted = keys.trust(file, fingerprint);
      session.keyFile = null;
      return trusted;
    },
    'keys:list': () => keys.list(),
    'keys:remove': ({ fingerprint }) => keys.remove(fingerprint),
  };
}
