// The hash of what a reviewer can change (note, colour, tags, deleted, conflict copy or not): equal hashes mean
// equal versions to the merge. The target is excluded on purpose — only re-anchoring moves it, and each machine
// re-anchors against its own text. A deleted annotation hashes without its text, because tombstones travel
// without it: the sender's tombstone (text kept locally for undo) and the receiver's copy must compare equal.
import { createHash } from 'node:crypto';
import type { Annotation } from './model.js';

/** SHA-256 (hex) of the user-editable part of an annotation; tags are compared case-insensitively, unordered. */
export function contentHash(
  a: Pick<Annotation, 'note' | 'color' | 'tags' | 'deleted'> & { conflictOf?: string | null },
): string {
  const conflict = (a.conflictOf ?? null) !== null;
  const canonical =
    a.deleted !== null
      ? JSON.stringify(['deleted', conflict])
      : JSON.stringify([a.note, a.color, a.tags.map((t) => t.toLowerCase()).sort(), false, conflict]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** SHA-256 (hex) of a string, for the exchange manifest. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
