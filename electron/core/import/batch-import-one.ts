// One file of a batch, whatever its source (a path for the CLI's batch-import.ts, the app's dialog or bytes dropped
// onto the window for batch-session.ts): a duplicate is skipped, replaces the document or is kept beside it under
// the next free id; a proposed id taken by a different document is never overwritten.
import type { BatchItem, DuplicatePolicy } from './batch';
import { failed, findDuplicate, skipped } from './batch';
import type { ImportService } from './import-service';
import type { ParsedImport } from './preview';

/** `docId-2`, `docId-3` … whichever is free, for a document kept beside another. */
function freeDocId(service: ImportService, docId: string): string {
  for (let n = 2; ; n++) {
    const id = `${docId}-${n}`;
    if (!service.hasImported(id) && !service.reader.isBundled(id)) return id;
  }
}

/** Parses (`read`) and saves one file in its own transaction, leaving the index to the end of the batch. */
export async function importBatchFile(
  service: ImportService,
  file: string,
  read: () => Promise<ParsedImport>,
  policy: DuplicatePolicy,
): Promise<BatchItem> {
  try {
    let parsed = await read();
    const duplicate = findDuplicate(service.libraryEntries(), parsed);
    if (duplicate !== null && policy === 'skip') return skipped(file, parsed.document.docId, duplicate);
    if (duplicate !== null || service.hasImported(parsed.document.docId)) {
      const docId =
        duplicate !== null && policy === 'replace'
          ? duplicate.docId
          : freeDocId(service, parsed.document.docId);
      parsed = await service.reparseWith(parsed, { docId, language: parsed.document.language });
    }
    const result = service.save(parsed, new Set(), { deferIndex: true });
    return {
      file,
      status: result.replaced ? 'replaced' : 'imported',
      docId: result.document.docId,
      title: result.document.title,
      duplicateOf: duplicate?.docId ?? null,
      message: null,
      warnings: result.warnings.map((w) => w.message),
      reanchor: result.reanchor,
    };
  } catch (error) {
    return failed(file, error);
  }
}
