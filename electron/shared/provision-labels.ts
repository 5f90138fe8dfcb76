// The core's provision label and citation rules, re-exported so the renderer writes "khoản 2 Điều 16" exactly as
// search, export and the CLI do while importing only electron/shared.
export { ancestorsOf, formatCitation, formatPlace, nodeLabel } from '../core/corpus/citation';
