// Reads Electron's fuse wire straight from a binary, byte for byte as @electron/fuses writes it, so a
// packaged build can be checked without running it (https://www.electronjs.org/docs/latest/tutorial/fuses).
import { LecternError } from '../electron/core/errors';

/** The marker Electron places just before its fuse wire; @electron/fuses searches for the same string. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** Wire format version this reader understands (stored as the raw byte 1 right after the sentinel). */
const FUSE_WIRE_VERSION = 1;

/** Byte values of one fuse: '0' disabled, '1' enabled, 'r' removed by this Electron version. */
const FUSE_BYTE = { disabled: 0x30, enabled: 0x31, removed: 0x72 } as const;

/**
 * electron-builder's `electronFuses` keys in wire order (FuseV1Options in @electron/fuses): the index of a key
 * is the position of its byte on the wire, so the order here must never be changed by hand.
 */
export const FUSE_V1_ORDER = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;

/** One of electron-builder's fuse option names. */
type FuseName = (typeof FUSE_V1_ORDER)[number];

/** The fuse settings we ship, keyed like electron-builder's `electronFuses`. */
export type FuseSettings = Partial<Record<FuseName, boolean>>;

/** One fuse wire found in a binary (a universal macOS binary carries two). */
interface FuseWire {
  offset: number;
  version: number;
  bytes: number[];
}

/** Finds every fuse wire in a binary; throws CORRUPT when there is none (not an Electron ≥ 12 binary). */
export function readFuseWires(binary: Buffer): FuseWire[] {
  const wires: FuseWire[] = [];
  let at = binary.indexOf(FUSE_SENTINEL, 0, 'latin1');
  while (at !== -1) {
    const versionAt = at + FUSE_SENTINEL.length;
    const version = binary[versionAt];
    const length = binary[versionAt + 1];
    if (version === undefined || length === undefined || versionAt + 2 + length > binary.length) {
      throw new LecternError('CORRUPT', `The fuse wire at byte ${at} is cut short.`);
    }
    wires.push({ offset: at, version, bytes: [...binary.subarray(versionAt + 2, versionAt + 2 + length)] });
    at = binary.indexOf(FUSE_SENTINEL, versionAt, 'latin1');
  }
  if (wires.length === 0) {
    throw new LecternError(
      'CORRUPT',
      'No fuse sentinel in this file: it is not an Electron binary (Electron ≥ 12).',
    );
  }
  return wires;
}

/** Describes a fuse byte for messages. */
function describeFuseByte(byte: number | undefined): string {
  if (byte === FUSE_BYTE.enabled) return "enabled ('1')";
  if (byte === FUSE_BYTE.disabled) return "disabled ('0')";
  if (byte === FUSE_BYTE.removed) return "removed ('r')";
  return byte === undefined ? 'absent from the wire' : `unknown byte 0x${byte.toString(16).padStart(2, '0')}`;
}

/** Compares one wire with the settings; returns one message per fuse that does not match (empty when all do). */
export function compareFuseWire(wire: FuseWire, settings: FuseSettings): string[] {
  if (wire.version !== FUSE_WIRE_VERSION) {
    return [`fuse wire at byte ${wire.offset} has version ${wire.version}, expected ${FUSE_WIRE_VERSION}`];
  }
  const problems: string[] = [];
  FUSE_V1_ORDER.forEach((name, index) => {
    const wanted = settings[name];
    if (wanted === undefined) return;
    const byte = wire.bytes[index];
    // A removed fuse means the feature no longer exists, which satisfies "disabled" but never "enabled".
    const ok = wanted
      ? byte === FUSE_BYTE.enabled
      : byte === FUSE_BYTE.disabled || byte === FUSE_BYTE.removed;
    if (!ok) {
      problems.push(`fuse ${name} is ${describeFuseByte(byte)}, expected ${wanted ? 'enabled' : 'disabled'}`);
    }
  });
  return problems;
}
