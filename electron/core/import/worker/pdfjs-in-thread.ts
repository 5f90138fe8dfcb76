// pdf.js on Node runs its "worker" on the calling thread by importing `./pdf.worker.mjs` beside its own module at
// run time; in a bundle that file is not there (out/main/chunks/pdf.worker.mjs), so every PDF failed to open.
// Importing the worker module here (a chunk the bundler writes) and handing it to pdf.js through the global it
// checks first (`globalThis.pdfjsWorker`) works the same from source and from the bundle.

/** Loads pdf.js's worker code into this thread once; call before opening a PDF. */
export async function preparePdfjsWorker(): Promise<void> {
  const scope = globalThis as { pdfjsWorker?: unknown };
  scope.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
}

/** Whether `bytes` start as a PDF does (`%PDF-`), the test extract.ts makes first. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return [0x25, 0x50, 0x44, 0x46, 0x2d].every((b, i) => bytes[i] === b);
}
