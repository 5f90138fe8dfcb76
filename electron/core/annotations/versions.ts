// Version vectors: per annotation, how many edits of each replica (one user.sqlite) it incorporates. They are
// the merge base of exchange: recorded per peer on import, carried in every bundle, never touched by an export,
// so the receiver can tell "theirs changed" (ours ≤ theirs) from "ours changed" (theirs ≤ ours) from "both".
import { createHash } from 'node:crypto';

/** Replica id → number of that replica's edits included in this version. */
export type VersionVector = Readonly<Record<string, number>>;

/** How two versions of one annotation relate. */
type VersionOrder = 'equal' | 'before' | 'after' | 'concurrent';

/** The vector after one more local edit on `replica`. */
export function bump(v: VersionVector, replica: string): VersionVector {
  return sorted({ ...v, [replica]: (v[replica] ?? 0) + 1 });
}

/** The pointwise maximum: a version that includes everything both include. */
export function mergeVersions(a: VersionVector, b: VersionVector): VersionVector {
  const out: Record<string, number> = { ...a };
  for (const [k, n] of Object.entries(b)) out[k] = Math.max(out[k] ?? 0, n);
  return sorted(out);
}

/** `before`: a is included in b (b is newer); `after`: b is included in a; `concurrent`: neither. */
export function compareVersions(a: VersionVector, b: VersionVector): VersionOrder {
  let aBigger = false;
  let bBigger = false;
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[k] ?? 0;
    const y = b[k] ?? 0;
    if (x > y) aBigger = true;
    if (y > x) bBigger = true;
  }
  if (aBigger && bBigger) return 'concurrent';
  if (aBigger) return 'after';
  return bBigger ? 'before' : 'equal';
}

/** Keys in a fixed order, so equal vectors serialise to equal JSON (stored rows, bundles, snapshots). */
export function sorted(v: VersionVector): VersionVector {
  return Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}

/** Parses a stored vector; anything malformed reads as empty (the column is written only by this code). */
export function parseVersions(json: string): VersionVector {
  try {
    const raw = JSON.parse(json) as unknown;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
    const entries = Object.entries(raw as Record<string, unknown>).filter(
      (e): e is [string, number] => Number.isInteger(e[1]) && (e[1] as number) > 0,
    );
    return sorted(Object.fromEntries(entries));
  } catch {
    return {};
  }
}

/**
 * The id of the conflict copy that keeps version `hash` of annotation `id`: derived, not random, so two replicas
 * that find the same conflict keep the same copy and converge instead of trading duplicates.
 */
export function conflictCopyId(id: string, hash: string): string {
  const h = createHash('sha256').update(`conflict:${id}:${hash}`).digest('hex');
  const variant = ((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
