// The one normalisation of free text a reviewer (or a bundle from another machine) gives Lectern: notes, tags, the
// reviewer name and the export marking. Bidi overrides, embeddings and isolates could make an exported PDF or a
// report read differently from the stored note; NUL and lone surrogates break SQLite text, PDF strings and JSON.
// Used by the zod schemas of the IPC contract and the annotation core (so the CLI too) and by the bundle import.

// U+202A–U+202E (LRE, RLE, PDF, LRO, RLO) and U+2066–U+2069 (LRI, RLI, FSI, PDI). LRM/RLM marks stay: they
// change no order of what is written, only how neutral characters next to them lean.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
// Control characters (NUL and the rest of C0, DEL, C1); tab, line feed and carriage return are kept.
const CONTROLS = /\p{Cc}/gu;
const KEPT_CONTROLS = new Set(['\t', '\n', '\r']);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * NFC, no NUL or other control characters (tab and line breaks kept), no bidi override/embedding/isolate controls,
 * and each lone surrogate replaced by U+FFFD (visible, so a damaged character is not silently lost).
 */
export function normalizeUserText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(CONTROLS, (c) => (KEPT_CONTROLS.has(c) ? c : ''))
    .replace(BIDI_CONTROLS, '')
    .normalize('NFC');
}
