// Import: verify the bundle (checksum, signature, ids), ask for the signer's trust (trust.ts), check every target
// against the local corpus, then merge by annotation id (merge.ts) in one transaction logged as one undoable
// action. Tombstones need no place on the text: they only delete.
import { normalizeUserText } from '../../../shared/user-text.js';
import { annotatableText } from '../../corpus/annotatable-text.js';
import { LecternError } from '../../errors.js';
import type { AnnotationContext } from '../context.js';
import { inAction } from '../context.js';
import type { ImportConflict, ImportReport, NotesImportPreview, RejectedAnnotation } from '../model.js';
import type { ReanchorResult } from '../reanchor.js';
import { reanchorMatcher } from '../reanchor.js';
import { passageProblem } from '../passage.js';
import { recordAnchorCheck } from '../repository.js';
import type { StoredAnnotation } from '../repository.js';
import type { VersionVector } from '../versions.js';
import type { BundleManifest } from './bundle.js';
import { parseBundle } from './bundle.js';
import type { CorpusLookup } from './corpus-cache.js';
import { cacheCorpus } from './corpus-cache.js';
import { currentNodeText } from './export.js';
import { fromJsonLd } from './jsonld.js';
import { mergeOne } from './merge.js';
import { requireTrust, signerOf } from './trust.js';
import { runSliced, type SlicedPass } from '../sliced-run.js';

/** How strict an import is. */
export interface ImportOptions {
  /** Reject (and report) annotations whose target does not exist instead of refusing the whole file. */
  skipMissingTargets?: boolean;
  /** Runs once the bundle has passed every check, just before it is merged (the backup); never for a refusal. */
  beforeChange?: () => void;
  /** The reviewer accepted an unsigned bundle or one signed by a key not trusted here; without it, UNTRUSTED. */
  acceptUntrusted?: boolean;
}

/** What a bundle holds and who signed it, changing nothing (an altered bundle is refused here too). */
export function previewBundle(ctx: AnnotationContext, text: string): NotesImportPreview {
  const bundle = parseBundle(text);
  return {
    count: bundle.items.length,
    exportedAt: bundle.manifest.exportedAt,
    signer: signerOf(ctx.db, bundle),
  };
}

/** Places incoming annotations on the local text; one matcher per document, built on first use. */
function incomingPlacer(
  corpus: CorpusLookup,
): (a: Omit<StoredAnnotation, 'anchor'>) => { placed: StoredAnnotation } | { reason: string } {
  const matchers = new Map<string, (a: StoredAnnotation) => ReanchorResult>();
  const matcherOf = (docId: string, contentHash: string): ((a: StoredAnnotation) => ReanchorResult) => {
    let match = matchers.get(docId);
    if (!match) {
      match = reanchorMatcher(null, corpus.nodes(docId), { newDocHash: contentHash });
      matchers.set(docId, match);
    }
    return match;
  };
  return (a) => {
    const t = a.target;
    const doc = corpus.document(t.docId);
    // A deletion needs no place on the text (a tombstone has none); start-up re-anchoring handles a stale docHash.
    if (a.deleted !== null) return { placed: { ...a, anchor: doc ? 'anchored' : 'orphaned' } };
    if (!doc) return { reason: `document "${t.docId}" does not exist here` };
    if (doc.contentHash !== t.docHash) {
      const r = matcherOf(t.docId, doc.contentHash)({ ...a, anchor: 'anchored' });
      return { placed: { ...a, target: r.target, continues: r.continues, anchor: r.anchor } };
    }
    const node = corpus.node(t.docId, t.eId);
    if (!node) return { reason: `provision "${t.eId}" does not exist in ${t.docId}` };
    if (
      t.position &&
      t.quote &&
      annotatableText(node).slice(t.position.start, t.position.end) !== t.quote.exact
    ) {
      return {
        reason: `the quote does not match the text of ${t.eId} at ${t.position.start}–${t.position.end}`,
      };
    }
    for (const p of a.continues) {
      const partNode = corpus.node(t.docId, p.eId);
      if (!partNode) return { reason: `provision "${p.eId}" does not exist in ${t.docId}` };
      if (annotatableText(partNode).slice(p.position.start, p.position.end) !== p.quote.exact)
        return {
          reason: `the quote does not match the text of ${p.eId} at ${p.position.start}–${p.position.end}`,
        };
    }
    const problem = a.continues.length > 0 ? passageProblem(corpus.nodes(t.docId), t, a.continues) : null;
    if (problem !== null) return { reason: problem };
    return { placed: { ...a, anchor: 'anchored' } };
  };
}

/**
 * Format-1 bundles carried no version vector: each of their versions counts as one edit of a replica named after
 * the file, so a difference with ours is kept as a conflict (never taken for an older copy and dropped), and the
 * same file imported twice changes nothing the second time.
 */
function legacyVersions(manifest: BundleManifest): VersionVector {
  return { [`v1:${manifest.sha256.slice(0, 16)}`]: 1 };
}

/** A bundle's free text goes through the same normalisation as the app's and the CLI's (shared/user-text.ts). */
function normalizeIncoming<T extends { note?: string; tags?: string[]; author?: string }>(a: T): T {
  return {
    ...a,
    ...(a.note === undefined ? {} : { note: normalizeUserText(a.note) }),
    ...(a.tags === undefined ? {} : { tags: a.tags.map(normalizeUserText) }),
    ...(a.author === undefined ? {} : { author: normalizeUserText(a.author) }),
  };
}

/** A verified bundle's notes placed on the local text, ready to merge. */
interface Placement {
  items: number;
  signer: ImportReport['signer'];
  corpus: CorpusLookup;
  placed: StoredAnnotation[];
  rejected: RejectedAnnotation[];
}

/**
 * Verifies a bundle, then places its notes one per step (yielding how many are done of how many), so the app can
 * pause between slices while notes off the local text are re-anchored. Reads only; writes nothing.
 */
function* placeBundle(
  ctx: AnnotationContext,
  text: string,
  options: ImportOptions,
): Generator<[done: number, total: number], Placement, void> {
  const bundle = parseBundle(text);
  const { manifest, items } = bundle;
  const signer = signerOf(ctx.db, bundle);
  requireTrust(signer, options.acceptUntrusted === true);
  const corpus = cacheCorpus(ctx.corpus);
  const lookup = currentNodeText(corpus);
  const place = incomingPlacer(corpus);
  const seen = new Set<string>();
  const rejected: RejectedAnnotation[] = [];
  const placed: StoredAnnotation[] = [];
  for (const item of items) {
    const a = normalizeIncoming(fromJsonLd(item, lookup));
    if (seen.has(a.id))
      throw new LecternError('INVALID_INPUT', `The notes file lists annotation ${a.id} twice.`);
    seen.add(a.id);
    const versions = a.versions ?? legacyVersions(manifest);
    const result = place({ ...a, conflictOf: a.conflictOf ?? null, versions, conflictLocal: false });
    if ('placed' in result) placed.push(result.placed);
    else if (options.skipMissingTargets) rejected.push({ id: a.id, reason: result.reason });
    else throw new LecternError('NOT_FOUND', `Annotation ${a.id}: ${result.reason}. Nothing was imported.`);
    yield [seen.size, items.length];
  }
  return { items: items.length, signer, corpus, placed, rejected };
}

/** Merges placed notes in one transaction logged as one undoable action (after the backup, if any). */
function mergePlacement(ctx: AnnotationContext, p: Placement, options: ImportOptions): ImportReport {
  const counts = { added: 0, updated: 0, unchanged: 0 };
  const conflicts: ImportConflict[] = [];
  // A document replaced while the notes were being placed would make their places wrong: refuse, change nothing.
  for (const a of p.placed) {
    const now = ctx.corpus.getDocument(a.target.docId)?.contentHash;
    if (a.deleted === null && now !== undefined && now !== p.corpus.document(a.target.docId)?.contentHash)
      throw new LecternError(
        'CONFLICT',
        `Document "${a.target.docId}" changed while the notes were being placed. Nothing was imported; import the file again.`,
        `Văn bản "${a.target.docId}" đã thay đổi trong khi đang đặt ghi chú. Chưa nhập gì; hãy nhập lại tệp.`,
      );
  }
  options.beforeChange?.();
  const { actionId } = inAction(ctx, 'import', `import ${p.items} notes`, (log) => {
    for (const a of p.placed) {
      const outcome = mergeOne(ctx, a, log);
      if (typeof outcome === 'string') counts[outcome]++;
      else conflicts.push(outcome);
    }
    // Every incoming note off the local text was re-anchored against it just now: start-up need not redo it.
    for (const a of p.placed)
      recordAnchorCheck(ctx.db, a.id, p.corpus.document(a.target.docId)?.contentHash ?? '');
  });
  return { signer: p.signer, ...counts, conflicts, rejected: p.rejected, actionId };
}

/** Verifies and merges an exchange bundle; on any error the database is left exactly as it was. */
export function importBundle(
  ctx: AnnotationContext,
  text: string,
  options: ImportOptions = {},
): ImportReport {
  const steps = placeBundle(ctx, text, options);
  let step = steps.next();
  while (step.done !== true) step = steps.next();
  return mergePlacement(ctx, step.value, options);
}

/** How a long import shares the core: the longest stretch between pauses, the pause, progress, cancellation. */
export type ImportPass = SlicedPass & { sliceMs: number };

/**
 * `importBundle` for the app: notes are placed a slice of time at a time with pauses between (a hostile bundle of
 * thousands of quotes that match nothing costs time, never the core's answers), then merged in one transaction.
 * Stopped before the merge, it writes nothing (CANCELLED).
 */
export async function importBundleGradually(
  ctx: AnnotationContext,
  text: string,
  options: ImportOptions,
  pass: ImportPass,
): Promise<ImportReport> {
  const placed = await runSliced(
    placeBundle(ctx, text, options),
    pass,
    () =>
      new LecternError(
        'CANCELLED',
        'The notes import was stopped; nothing was imported.',
        'Đã dừng nhập ghi chú; chưa nhập gì.',
      ),
  );
  return mergePlacement(ctx, placed, options);
}
