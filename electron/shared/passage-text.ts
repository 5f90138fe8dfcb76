// The core's reading of a passage across provisions (its parts' quotes joined, the provisions it covers),
// re-exported so the notes panel shows and filters a passage exactly as the exports and note search do.
export { passageEIds, passageQuote } from '../core/annotations/passage-text';
