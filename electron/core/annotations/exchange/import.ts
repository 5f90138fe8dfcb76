// Import: verify the bundle, check every target against the local corpus, then merge by annotation id in one
// transaction logged as one undoable action. Three-way rule (docs/architecture.md, Annotations):
// same content → unchanged; incoming equals our merge base → unchanged (ours is newer); ours equals the base and
// theirs is newer → updated; otherwise both changed → theirs is kept as a conflict copy beside ours.
import { LecternError } from '../../errors.js';
import { contentHash } from '../content-hash.js';
import type { AnnotationContext } from '../context.js';
import { inAction } from '../context.js';
import type { ImportConflict, ImportReport, RejectedAnnotation } from '../model.js';
import { reanchor } from '../reanchor.js';
import type { StoredAnnotation } from '../repository.js';
import { conflictCopiesOf, getAnnotation, saveAnnotation, setSyncHash } from '../repository.js';
import { parseBundle } from './bundle.js';
import type { CorpusLookup } from './corpus-cache.js';
import { cacheCorpus } from './corpus-cache.js';
import { currentNodeText } from './export.js';
import { fromJsonLd } from './jsonld.js';

/** How strict an import is. */
export interface ImportOptions {
  /** Reject (and report) annotations whose target does not exist instead of refusing the whole file. */
  skipMissingTargets?: boolean;
}

/** Places an incoming annotation on the local text: checked when the text is the same version, else re-anchored. */
function placeIncoming(
  corpus: CorpusLookup,
  a: Omit<StoredAnnotation, 'anchor'>,
): { placed: StoredAnnotation } | { reason: string } {
  const t = a.target;
  const doc = corpus.document(t.docId);
  if (!doc) return { reason: `document "${t.docId}" does not exist here` };
  if (doc.contentHash !== t.docHash) {
    const nodes = corpus.nodes(t.docId);
    const [r] = reanchor(null, nodes, [{ ...a, anchor: 'anchored' }], {
      newDocHash: doc.contentHash,
    }).results;
    return r
      ? { placed: { ...a, target: r.target, anchor: r.anchor } }
      : { reason: `cannot place on ${t.docId}` };
  }
  const node = corpus.node(t.docId, t.eId);
  if (!node) return { reason: `provision "${t.eId}" does not exist in ${t.docId}` };
  if (t.position && t.quote && node.text.slice(t.position.start, t.position.end) !== t.quote.exact) {
    return {
      reason: `the quote does not match the text of ${t.eId} at ${t.position.start}–${t.position.end}`,
    };
  }
  return { placed: { ...a, anchor: 'anchored' } };
}

type Outcome = 'added' | 'updated' | 'unchanged' | ImportConflict;

function mergeOne(
  ctx: AnnotationContext,
  incoming: StoredAnnotation,
  log: (b: StoredAnnotation | null, a: StoredAnnotation | null) => void,
): Outcome {
  const theirs = contentHash(incoming);
  const local = getAnnotation(ctx.db, incoming.id);
  const save = (next: StoredAnnotation, before: StoredAnnotation | null): void => {
    log(before, saveAnnotation(ctx.db, next));
  };
  if (!local) {
    save({ ...incoming, syncHash: theirs }, null);
    return 'added';
  }
  const ours = contentHash(local);
  if (ours === theirs || local.syncHash === theirs) {
    if (ours === theirs) setSyncHash(ctx.db, local.id, theirs);
    return 'unchanged';
  }
  if (local.syncHash === ours) {
    if (Date.parse(incoming.updated) <= Date.parse(local.updated)) return 'unchanged'; // an older copy of a version we already moved past
    const { note, color, tags, deleted, author, updated } = incoming;
    save({ ...local, note, color, tags, deleted, author, updated, syncHash: theirs }, local);
    return 'updated';
  }
  const existing = conflictCopiesOf(ctx.db, local.id).find((c) => contentHash(c) === theirs);
  if (existing) return { id: local.id, copyId: existing.id };
  const copy: StoredAnnotation = { ...incoming, id: ctx.newId(), conflictOf: local.id, syncHash: null };
  save(copy, null);
  return { id: local.id, copyId: copy.id };
}

/** Verifies and merges an exchange bundle; on any error the database is left exactly as it was. */
export function importBundle(
  ctx: AnnotationContext,
  text: string,
  options: ImportOptions = {},
): ImportReport {
  const { items } = parseBundle(text);
  const corpus = cacheCorpus(ctx.corpus);
  const lookup = currentNodeText(corpus);
  const seen = new Set<string>();
  const rejected: RejectedAnnotation[] = [];
  const placed: StoredAnnotation[] = [];
  for (const item of items) {
    const a = fromJsonLd(item, lookup);
    if (seen.has(a.id))
      throw new LecternError('INVALID_INPUT', `The notes file lists annotation ${a.id} twice.`);
    seen.add(a.id);
    const result = placeIncoming(corpus, { ...a, conflictOf: a.conflictOf ?? null, syncHash: null });
    if ('placed' in result) placed.push(result.placed);
    else if (options.skipMissingTargets) rejected.push({ id: a.id, reason: result.reason });
    else throw new LecternError('NOT_FOUND', `Annotation ${a.id}: ${result.reason}. Nothing was imported.`);
  }
  const counts = { added: 0, updated: 0, unchanged: 0 };
  const conflicts: ImportConflict[] = [];
  const { actionId } = inAction(ctx, 'import', `import ${items.length} notes`, (log) => {
    for (const a of placed) {
      const outcome = mergeOne(ctx, a, log);
      if (typeof outcome === 'string') counts[outcome]++;
      else conflicts.push(outcome);
    }
  });
  return { ...counts, conflicts, rejected, actionId };
}
