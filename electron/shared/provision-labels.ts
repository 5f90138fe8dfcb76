// The core's provision label and citation rules, re-exported so the renderer writes "khoản 2 Điều 16" exactly as
// search, export and the CLI do while importing only electron/shared. Which language a label is written in (the
// document's for numbered units, the interface's for named blocks such as the preamble) is decided there too.
export {
  ancestorsOf,
  breadcrumbLabels,
  formatCitation,
  formatPlace,
  formatPassageCitation,
  isNamedByInterface,
  labelLanguage,
  navigationLabel,
  nodeLabel,
  pointLetter,
} from '../core/corpus/citation';
