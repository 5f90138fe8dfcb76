// The highlight colours, defined once in the annotation model and re-exported so the renderer's swatches and
// filters offer exactly the colours the contract accepts while importing only electron/shared.
export { ANNOTATION_COLORS } from '../core/annotations/model';
