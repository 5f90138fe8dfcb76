// The corpus SHA-256 compiled into the built application (electron-vite replaces the constant below with the
// hash of data/dist/corpus.manifest.json at build time), so a corpus.sqlite replaced together with a manifest
// rewritten to match it is still refused: the manifest proves the file is intact, the pin proves it is ours.
declare const __LECTERN_CORPUS_SHA256__: string | undefined;

/** The corpus hash this build was compiled with; null when running from source (tsx: CLI, tests, loopback host). */
export const COMPILED_CORPUS_SHA256: string | null =
  typeof __LECTERN_CORPUS_SHA256__ === 'string' ? __LECTERN_CORPUS_SHA256__ : null;

/** The name electron-vite's `define` replaces; the build config and the packaging check use it. */
export const CORPUS_PIN_DEFINE = '__LECTERN_CORPUS_SHA256__';
