// The hash of what a reviewer can change (note, colour, tags, deleted): the unit of the three-way import merge.
// The target is excluded on purpose — only re-anchoring moves it, and each machine re-anchors against its own text.
import { createHash } from 'node:crypto';
import type { Annotation } from './model.js';

/** SHA-256 (hex) of the user-editable part of an annotation; tags are compared case-insensitively, unordered. */
export function contentHash(a: Pick<Annotation, 'note' | 'color' | 'tags' | 'deleted'>): string {
  const tags = a.tags.map((t) => t.toLowerCase()).sort();
  const canonical = JSON.stringify([a.note, a.color, tags, a.deleted !== null]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** SHA-256 (hex) of a string, for the exchange manifest. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
