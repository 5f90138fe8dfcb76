// What a drop holds, folders included: Chromium (and so Electron) exposes a dropped folder as a directory entry,
// walked here into its files — sorted, hidden files left out, sub-folders included, as Import folder… does. A
// file inside a folder is named "folder › sub › file.txt" (a name never carries a path separator); one in a
// format Lectern does not import is listed so the preview reports it. Without entries (other browsers, jsdom
// without them) the drop's plain file list is used.
import { DROP_EXTENSIONS } from '../../../electron/shared/batch-limits';

/** One file of a drop: its display name and the File, or why it is not sent. */
export interface DropEntry {
  name: string;
  file: File | null;
  problem?: 'unsupported' | 'unreadable';
}

const SEPARATOR = ' › ';

const readBatch = (reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> =>
  new Promise((resolve, reject) => {
    reader.readEntries(resolve, reject);
  });

const fileOf = (entry: FileSystemFileEntry): Promise<File> =>
  new Promise((resolve, reject) => {
    entry.file(resolve, reject);
  });

/** Every entry of a directory (readEntries answers in batches until an empty one). */
async function children(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await readBatch(reader);
    if (batch.length === 0) break;
    all.push(...batch);
  }
  return all.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const importable = (name: string): boolean => {
  const dot = name.lastIndexOf('.');
  return dot > 0 && DROP_EXTENSIONS.includes(name.slice(dot).toLowerCase());
};

/** Walks `entry` into `out`, stopping once `limit` entries are collected (the caller refuses more). */
async function walk(entry: FileSystemEntry, prefix: string, out: DropEntry[], limit: number): Promise<void> {
  if (out.length > limit) return;
  const name = prefix + entry.name;
  if (entry.isDirectory) {
    for (const child of await children(entry as FileSystemDirectoryEntry)) {
      if (child.name.startsWith('.')) continue;
      await walk(child, name + SEPARATOR, out, limit);
      if (out.length > limit) return;
    }
    return;
  }
  if (prefix !== '' && !importable(entry.name)) {
    out.push({ name, file: null, problem: 'unsupported' });
    return;
  }
  try {
    out.push({ name, file: await fileOf(entry as FileSystemFileEntry) });
  } catch {
    out.push({ name, file: null, problem: 'unreadable' });
  }
}

/**
 * The entries of a drop, read while the event is being handled (the entries must be taken synchronously, the
 * walk is asynchronous). At most `limit + 1` are collected, so an enormous folder costs nothing more.
 */
export function dropEntries(data: DataTransfer, limit: number): Promise<DropEntry[]> {
  const items: DataTransferItem[] = Array.from((data.items as ArrayLike<DataTransferItem> | null) ?? []);
  const entries = items
    .filter((item) => item.kind === 'file' && typeof item.webkitGetAsEntry === 'function')
    .map((item) => item.webkitGetAsEntry())
    .filter((e): e is FileSystemEntry => e !== null);
  if (entries.length === 0)
    return Promise.resolve([...data.files].map((file) => ({ name: file.name, file })));
  return (async () => {
    const out: DropEntry[] = [];
    for (const entry of entries) await walk(entry, '', out, limit);
    return out;
  })();
}
