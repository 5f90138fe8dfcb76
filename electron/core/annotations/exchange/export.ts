// Export: every annotation (deleted ones as text-free tombstones, so deletions reach the other machine) as a
// JSON-LD bundle, or live ones as CSV. An export writes nothing to user.sqlite: the merge base is what both sides
// agreed on, and only an import (the other side's version arriving) can tell that (docs/architecture.md).
import type { AnnotationContext } from '../context.js';
import { annotatableText } from '../../corpus/annotatable-text.js';
import type { StoredAnnotation } from '../repository.js';
import { allAnnotations, toPublic } from '../repository.js';
import { ownSigningKey } from '../signing/own-key.js';
import { buildBundle } from './bundle.js';
import type { CorpusLookup } from './corpus-cache.js';
import { cacheCorpus } from './corpus-cache.js';
import { toCsv } from './csv.js';
import type { NodeTextLookup } from './jsonld.js';
import { toJsonLd } from './jsonld.js';

/** Which annotations to export. */
interface ExportOptions {
  docId?: string;
}

/** Current node text when the annotation points at the current version of the document, else null. */
export function currentNodeText(corpus: CorpusLookup): NodeTextLookup {
  return (t) => {
    if (corpus.document(t.docId)?.contentHash !== t.docHash) return null;
    const node = corpus.node(t.docId, t.eId);
    return node ? annotatableText(node) : null;
  };
}

function selected(ctx: AnnotationContext, docId: string | undefined): StoredAnnotation[] {
  return allAnnotations(ctx.db).filter((a) => docId === undefined || a.target.docId === docId);
}

/** The exchange bundle as text, signed with this data folder's key, and how many annotations it holds. */
export function exportBundle(
  ctx: AnnotationContext,
  options: ExportOptions,
): { text: string; count: number } {
  const annotations = selected(ctx, options.docId);
  const lookup = currentNodeText(cacheCorpus(ctx.corpus));
  const generator = { id: 'urn:lectern:app', type: 'Software' as const, name: `Lectern ${ctx.appVersion}` };
  const text = buildBundle(
    annotations.map((a) => toJsonLd(toPublic(a), lookup, { versions: a.versions, generator })),
    {
      id: `urn:uuid:${ctx.newId()}`,
      appVersion: ctx.appVersion,
      exportedAt: ctx.now(),
      reviewer: ctx.author(),
      replica: ctx.replica(),
    },
    ownSigningKey(ctx.db, () => ctx.now()),
  );
  return { text, count: annotations.length };
}

/** The same annotations as CSV for readers without Lectern (live ones only: a spreadsheet has no undo). */
export function exportCsv(ctx: AnnotationContext, docId?: string): { text: string; count: number } {
  const annotations = selected(ctx, docId).filter((a) => a.deleted === null);
  return { text: toCsv(annotations.map(toPublic)), count: annotations.length };
}
