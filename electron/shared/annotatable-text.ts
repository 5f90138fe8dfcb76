// The core's rule for the text an annotation anchors to (an appendix row's own cells, one per line), re-exported so
// the reader draws each cell as its slice of that text and reads selections back in the same offsets.
export { annotatableText, cellSpans } from '../core/corpus/annotatable-text';
