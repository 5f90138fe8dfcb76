// The core's text helpers the renderer's library pane needs, re-exported so the renderer imports only
// electron/shared: the search index's tone folding (so "nghi dinh" finds "Nghị định" in the quick filter exactly
// as search does), the document-kind vocabulary's labels, and the loose act-number comparison batch import uses
// for duplicates (the Pair dialog proposes translations by it).
export { fold } from '../core/search/normalize';
export { numberKey } from '../core/import/number-key';
export { DOCUMENT_KIND_IDS, documentKindLabel } from '../core/corpus/document-kinds';
export type { DocumentKind } from '../core/corpus/document-kinds';
