// Merging one incoming annotation into user.sqlite by its version vector (docs/architecture.md, three-way merge):
// same content → unchanged (vectors joined); theirs included in ours → unchanged; ours included in theirs → theirs
// taken; neither → both changed: both kept, the newer by `modified` on the note and the other on a conflict copy
// whose id is derived from the version it keeps, so every machine that meets the conflict ends up with the same
// two annotations.
import { contentHash } from '../content-hash.js';
import type { AnnotationContext, ChangeSink } from '../context.js';
import type { ImportConflict } from '../model.js';
import type { StoredAnnotation } from '../repository.js';
import { getAnnotation, saveAnnotation, setVersions } from '../repository.js';
import { compareVersions, conflictCopyId, mergeVersions } from '../versions.js';

/** What happened to one incoming annotation. */
type MergeOutcome = 'added' | 'updated' | 'unchanged' | ImportConflict;

/** `local` carrying the content of `version` (a tombstone's text is not taken: it has none). */
function withContent(local: StoredAnnotation, version: StoredAnnotation): StoredAnnotation {
  const meta = {
    deleted: version.deleted,
    updated: version.updated,
    conflictOf: version.conflictOf,
    versions: version.versions,
  };
  if (version.deleted !== null) return { ...local, ...meta };
  const { note, color, tags, author } = version;
  return { ...local, note, color, tags, author, ...meta };
}

/** The version that stays on the note when both changed: the later `modified`, ties broken by content hash. */
function newer(a: StoredAnnotation, b: StoredAnnotation): StoredAnnotation {
  const ta = Date.parse(a.updated);
  const tb = Date.parse(b.updated);
  if (ta !== tb) return ta > tb ? a : b;
  return contentHash(a) > contentHash(b) ? a : b;
}

const same = (x: StoredAnnotation['versions'], y: StoredAnnotation['versions']): boolean =>
  JSON.stringify(x) === JSON.stringify(y);

/** Merges `incoming` (already placed on the local text) and logs what it wrote. */
export function mergeOne(ctx: AnnotationContext, incoming: StoredAnnotation, log: ChangeSink): MergeOutcome {
  const local = getAnnotation(ctx.db, incoming.id);
  const save = (next: StoredAnnotation, before: StoredAnnotation | null): void => {
    log(before, saveAnnotation(ctx.db, next));
  };
  if (!local) {
    save({ ...incoming, conflictLocal: false }, null);
    return 'added';
  }
  const joined = mergeVersions(local.versions, incoming.versions);
  const order = compareVersions(local.versions, incoming.versions);
  if (contentHash(local) === contentHash(incoming) || order === 'after') {
    if (!same(joined, local.versions)) setVersions(ctx.db, local.id, joined);
    return 'unchanged';
  }
  if (order === 'before') {
    save(withContent(local, incoming), local);
    return 'updated';
  }
  const winner = newer(local, incoming);
  const loser = winner === local ? incoming : local;
  const copyId = conflictCopyId(local.id, contentHash(loser));
  if (!getAnnotation(ctx.db, copyId)) {
    const copy = { ...loser, id: copyId, conflictOf: local.id, conflictLocal: loser === local };
    save(copy, null);
  }
  // Logged even when only the vector changes: undoing the import must also forget that it saw their version,
  // or importing the same file again would find nothing new and their edit would be gone with the undone copy.
  save(
    winner === local ? { ...local, versions: joined } : { ...withContent(local, incoming), versions: joined },
    local,
  );
  return { id: local.id, copyId, kept: winner === local ? 'mine' : 'theirs' };
}
