// Batch import (a folder or a list of files): each file is read, parsed and saved in its own transaction, so a bad
// file is reported and skipped without stopping the rest, and the search index is stored once at the end instead of
// after every file. A file whose document is already in the library is skipped, replaces it, or is kept beside it.
import type { BatchItem, BatchReport, DuplicatePolicy, LibraryEntry } from './batch';
import { batchReport, failed, findDuplicate, skipped } from './batch';
import { importBatchFile } from './batch-import-one';
import type { ImportService } from './import-service';
import type { ParsedImport } from './preview';
import { readImportFile } from './read-file';

/** Progress after each file: the item and how many of `total` are done. */
type BatchProgress = (item: BatchItem, done: number, total: number) => void;

const fileName = (path: string): string => path.replace(/^.*[\\/]/u, '');

/** Reads, parses and settles the id of one file, as the single-file import does. */
async function parse(service: ImportService, path: string): Promise<ParsedImport> {
  return service.parseFile(readImportFile(path));
}

/** `docId`, or `docId-2`, `docId-3` … whichever is free, for a document kept beside another. */
function freeDocId(service: ImportService, docId: string, taken: (id: string) => boolean): string {
  for (let n = 2; ; n++) {
    const id = `${docId}-${n}`;
    if (!taken(id) && !service.reader.isBundled(id)) return id;
  }
}

/** Imports `paths` in order; every file ends imported, replaced, skipped or failed, and is reported. */
export async function importBatch(
  service: ImportService,
  paths: readonly string[],
  options: { onDuplicate?: DuplicatePolicy; onProgress?: BatchProgress } = {},
): Promise<BatchReport> {
  const started = performance.now();
  const policy = options.onDuplicate ?? 'skip';
  const items: BatchItem[] = [];
  for (const path of paths) {
    const item = await importOne(service, path, policy);
    items.push(item);
    options.onProgress?.(item, items.length, paths.length);
  }
  if (items.some((i) => i.status === 'imported' || i.status === 'replaced')) service.storeIndex();
  return batchReport(items, performance.now() - started);
}

async function importOne(service: ImportService, path: string, policy: DuplicatePolicy): Promise<BatchItem> {
  return importBatchFile(service, fileName(path), () => parse(service, path), policy);
}

/**
 * What `importBatch` would do with each file, storing nothing: the detected document, its warnings, and whether it
 * duplicates one already in the library or earlier in the list.
 */
export async function planBatch(
  service: ImportService,
  paths: readonly string[],
  onDuplicate: DuplicatePolicy = 'skip',
): Promise<BatchReport> {
  const started = performance.now();
  const library: LibraryEntry[] = service.libraryEntries();
  const items: BatchItem[] = [];
  for (const path of paths) {
    const file = fileName(path);
    try {
      const parsed = await parse(service, path);
      const duplicate = findDuplicate(library, parsed);
      if (duplicate !== null && onDuplicate === 'skip') {
        items.push(skipped(file, parsed.document.docId, duplicate));
        continue;
      }
      const replacing = duplicate !== null && onDuplicate === 'replace';
      const proposed = parsed.document.docId;
      const taken = (id: string): boolean => library.some((d) => d.docId === id);
      const docId = replacing
        ? duplicate.docId
        : taken(proposed)
          ? freeDocId(service, proposed, taken)
          : proposed;
      library.push({ ...parsed.document, docId, fileSha256: parsed.fileSha256 });
      items.push({
        file,
        status: replacing ? 'replaced' : 'imported',
        docId,
        title: parsed.document.title,
        duplicateOf: duplicate?.docId ?? null,
        message: null,
        warnings: parsed.warnings.map((w) => w.message),
        reanchor: null,
      });
    } catch (error) {
      items.push(failed(file, error));
    }
  }
  return batchReport(items, performance.now() - started);
}
