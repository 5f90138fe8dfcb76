// The core's defined-term matching, re-exported so the reader marks the same uses of a term (plural and the
// other spelling included) that the core would: the renderer imports only electron/shared.
export { findTermUses } from '../core/corpus/refs/term-uses';
export type { TermUse } from '../core/corpus/refs/term-uses';
