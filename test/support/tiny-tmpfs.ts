// A real, tiny tmpfs for full-disk and read-only-disk tests (root only; CI runs as root): `mount -t tmpfs -o
// size=256k`, filled to the last page on demand, remounted read-only on demand, unmounted in afterAll.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Why the root-only tests skip here, or null when they can run. */
export const tmpfsUnavailable: string | null =
  process.platform !== 'linux'
    ? 'needs Linux tmpfs'
    : process.getuid?.() !== 0
      ? 'needs root to mount a tmpfs (CI runs as root)'
      : null;

if (tmpfsUnavailable !== null) {
  console.warn(`Skipping full-disk / read-only-disk tests: ${tmpfsUnavailable}.`);
}

/** A mounted tiny tmpfs. */
export interface TinyTmpfs {
  dir: string;
  /** Fills the disk until ENOSPC, then frees `leaveBytes` (rounded to pages) so a write fails part-way. */
  fill(leaveBytes?: number): void;
  /** Frees the filler again. */
  unfill(): void;
  /** `mount -o remount,ro` (or back to rw). */
  remount(mode: 'ro' | 'rw'): void;
  unmount(): void;
}

/** Free bytes on the file system holding `dir`. */
export function freeBytes(dir: string): number {
  const s = statfsSync(dir);
  return s.bavail * s.bsize;
}

/** Mounts a tmpfs of `sizeKb` on a fresh folder; throws when not root (guard with `tmpfsUnavailable`). */
export function mountTinyTmpfs(sizeKb = 256): TinyTmpfs {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-tmpfs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir]);
  const filler = join(dir, 'filler.bin');
  let mounted = true;
  return {
    dir,
    fill(leaveBytes = 0) {
      const fd = openSync(filler, 'a');
      const chunk = Buffer.alloc(4096, 1);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
      } finally {
        closeSync(fd);
      }
      if (leaveBytes > 0) {
        const size = statfsSync(dir).bsize;
        execFileSync('truncate', ['-s', `-${Math.ceil(leaveBytes / size) * size}`, filler]);
      }
    },
    unfill() {
      rmSync(filler, { force: true });
    },
    remount(mode) {
      execFileSync('mount', ['-o', `remount,${mode}`, dir]);
    },
    unmount() {
      if (!mounted) return;
      mounted = false;
      try {
        execFileSync('umount', [dir]);
      } catch {
        execFileSync('umount', ['-l', dir]); // a file still open after a failed test: detach it anyway
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
