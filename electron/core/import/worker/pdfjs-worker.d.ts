// pdfjs-dist ships no types for its worker module; the parse worker only hands it back to pdf.js.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  /** The handler pdf.js's fake worker runs on the calling thread. */
  export const WorkerMessageHandler: unknown;
}
