// Entry of the short-lived worker thread that parses one import file (bundled as out/main/parse-worker.js; run
// from source under tsx in development and tests). It runs the whole in-process parse (extraction, structure,
// metadata) on the bytes of workerData and posts one ParseReply; the core that started it caps its heap and its
// time and terminates it on Cancel (parse-in-worker.ts); pdf.js's worker code is loaded for a PDF first
// (pdfjs-in-thread.ts). First of all: no network in this thread either.
import '../../security/install-network-guard';
import { parentPort, workerData } from 'node:worker_threads';
import { isLecternError } from '../../errors';
import { parseImportFile, reparseImportText } from '../preview';
import type { ParseReply, ParseRequest } from './parse-protocol';
import { unexpectedParseError } from './parse-refusals';
import { looksLikePdf, preparePdfjsWorker } from './pdfjs-in-thread';

if (parentPort === null) throw new Error('parse-worker.ts runs only as a worker thread.');
const port = parentPort;
const request = workerData as ParseRequest;
const name = (request.kind === 'file' ? request.fileName : request.source.fileName).replace(/^.*[\\/]/u, '');

/** An unexpected error (a bug, a library's own TypeError) is refused by name, never with its stack. */
function refusal(error: unknown): ParseReply {
  const known = isLecternError(error)
    ? error
    : unexpectedParseError(name, error instanceof Error ? error.name : typeof error);
  return {
    ok: false,
    code: known.code,
    message: known.message,
    ...(known.vi === undefined ? {} : { vi: known.vi }),
  };
}

(request.kind === 'file' && looksLikePdf(request.bytes) ? preparePdfjsWorker() : Promise.resolve())
  .then(() => (request.kind === 'file' ? parseImportFile(request) : reparseImportText(request)))
  .then(
    (parsed) => {
      port.postMessage({ ok: true, parsed } satisfies ParseReply);
    },
    (error: unknown) => {
      port.postMessage(refusal(error));
    },
  );
