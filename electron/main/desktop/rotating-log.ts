// A small local log with size-based rotation. It takes structured entries with a fixed set of fields,
// so note text, quotes and search queries have no way in (shared accounts may read the log folder).
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What may be logged: an event name, an optional channel and code, and diagnostics for internal errors. */
interface LogEntry {
  level: 'info' | 'warn' | 'error';
  event: string;
  channel?: string;
  code?: string | null;
  detail?: string;
}

/** Rotation settings. */
interface RotatingLogOptions {
  dir: string;
  fileName?: string;
  maxBytes?: number;
  keep?: number;
  now?: () => Date;
}

/** A writer with `write(entry)`; never throws (a full disk must not take the reader down). */
interface RotatingLog {
  readonly file: string;
  write(entry: LogEntry): void;
}

/** Keeps one line of text: control characters and newlines would let a value forge log lines. */
function clean(value: string, max: number): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  return value.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, max);
}

/** Opens (creating) the log folder; rotates `main.log` → `main.1.log` … when it passes `maxBytes`. */
export function createRotatingLog(options: RotatingLogOptions): RotatingLog {
  const fileName = options.fileName ?? 'main.log';
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 5;
  const now = options.now ?? (() => new Date());
  mkdirSync(options.dir, { recursive: true });
  const file = join(options.dir, fileName);
  const numbered = (n: number): string => join(options.dir, fileName.replace(/\.log$/, `.${n}.log`));

  const rotate = (): void => {
    rmSync(numbered(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) if (existsSync(numbered(n))) renameSync(numbered(n), numbered(n + 1));
    renameSync(file, numbered(1));
  };

  return {
    file,
    write(entry) {
      const parts = [now().toISOString(), entry.level.toUpperCase(), clean(entry.event, 80)];
      if (entry.channel) parts.push(`channel=${clean(entry.channel, 64)}`);
      if (entry.code) parts.push(`code=${clean(entry.code, 32)}`);
      if (entry.detail) parts.push(`detail=${clean(entry.detail, 4000)}`);
      const line = `${parts.join(' ')}\n`;
      try {
        if (existsSync(file) && statSync(file).size + line.length > maxBytes) rotate();
        appendFileSync(file, line, { mode: 0o600 });
      } catch {
        // Logging is best effort; the user's work must never depend on it.
      }
    },
  };
}
