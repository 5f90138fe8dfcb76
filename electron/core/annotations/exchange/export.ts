// Export: every annotation (deletions included, so they reach the other machine) as a JSON-LD bundle or CSV.
// Exporting records each annotation's content hash as its merge base (see docs/architecture.md, Annotations).
import { contentHash } from '../content-hash.js';
import type { AnnotationContext } from '../context.js';
import type { StoredAnnotation } from '../repository.js';
import { allAnnotations, setSyncHash, toPublic } from '../repository.js';
import { buildBundle } from './bundle.js';
import type { CorpusLookup } from './corpus-cache.js';
import { cacheCorpus } from './corpus-cache.js';
import { toCsv } from './csv.js';
import type { NodeTextLookup } from './jsonld.js';
import { toJsonLd } from './jsonld.js';

/** Which annotations to export. */
export interface ExportOptions {
  docId?: string;
}

/** Current node text when the annotation points at the current version of the document, else null. */
export function currentNodeText(corpus: CorpusLookup): NodeTextLookup {
  return (t) => {
    if (corpus.document(t.docId)?.contentHash !== t.docHash) return null;
    return corpus.node(t.docId, t.eId)?.text ?? null;
  };
}

function selected(ctx: AnnotationContext, docId: string | undefined): StoredAnnotation[] {
  return allAnnotations(ctx.db).filter((a) => docId === undefined || a.target.docId === docId);
}

/** The exchange bundle as text, and how many annotations it holds. */
export function exportBundle(
  ctx: AnnotationContext,
  options: ExportOptions,
): { text: string; count: number } {
  const annotations = selected(ctx, options.docId);
  const lookup = currentNodeText(cacheCorpus(ctx.corpus));
  const text = buildBundle(
    annotations.map((a) => toJsonLd(toPublic(a), lookup)),
    { appVersion: ctx.appVersion, exportedAt: ctx.now(), reviewer: ctx.author() },
  );
  ctx.db.transaction(() => {
    for (const a of annotations) setSyncHash(ctx.db, a.id, contentHash(a));
  })();
  return { text, count: annotations.length };
}

/** The same annotations as CSV for readers without Lectern (live ones only: a spreadsheet has no undo). */
export function exportCsv(ctx: AnnotationContext, docId?: string): { text: string; count: number } {
  const annotations = selected(ctx, docId).filter((a) => a.deleted === null);
  return { text: toCsv(annotations.map(toPublic)), count: annotations.length };
}
