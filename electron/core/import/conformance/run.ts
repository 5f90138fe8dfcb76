// The conformance run: imports every file named in a folder's expected.json into a fresh, throw-away data folder
// through the same ImportService the app uses, and scores what was stored. Refusals must leave nothing behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusReader } from '../../corpus/model';
import { isLecternError } from '../../errors';
import { ImportService } from '../import-service';
import { readImportFile } from '../read-file';
import { slugify } from '../doc-id';
import { openUserDb } from '../../userdb/open-user-db';
import type { ExpectedDocument } from './expected';
import { readExpected } from './expected';
import type { FieldScore, ScoredDocument } from './score';
import { scoreDocument, scoreSameAs } from './score';

/** The outcome for one file of expected.json. */
interface FileResult {
  file: string;
  /** The stored document's id, or null when nothing was stored. */
  docId: string | null;
  fields: FieldScore[];
  /** Import warnings the preview listed, as a reviewer would see them. */
  warnings: string[];
  tookMs: number;
}

/** The whole run: one result per file and the totals the report's last line prints. */
export interface ConformanceReport {
  dir: string;
  files: FileResult[];
  passed: number;
  total: number;
  filesFullyRight: number;
}

/** Imports and scores every file of `<dir>/expected.json` against the bundled corpus `bundled`. */
export async function runConformance(dir: string, bundled: CorpusReader): Promise<ConformanceReport> {
  const expected = readExpected(dir);
  const dataDir = mkdtempSync(join(tmpdir(), 'lectern-conformance-'));
  const user = openUserDb(dataDir);
  try {
    const service = new ImportService({ db: user.db, bundled });
    const stored = new Map<string, ScoredDocument>();
    const files: FileResult[] = [];
    for (const e of expected) {
      files.push(await runOne(dir, e, service, stored));
    }
    const all = files.flatMap((f) => f.fields);
    return {
      dir,
      files,
      passed: all.filter((f) => f.ok).length,
      total: all.length,
      filesFullyRight: files.filter((f) => f.fields.every((x) => x.ok)).length,
    };
  } finally {
    user.db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function runOne(
  dir: string,
  e: ExpectedDocument,
  service: ImportService,
  stored: Map<string, ScoredDocument>,
): Promise<FileResult> {
  const started = performance.now();
  const before = service.list().length;
  // Each file gets its own id, so a conversion does not replace the document it was made from.
  const docId = slugify(e.file) || 'conformance-document';
  const took = (): number => Math.round(performance.now() - started);
  try {
    const preview = await service.preview({ ...readImportFile(join(dir, e.file)), edits: { docId } });
    const warnings = preview.warnings.map((w) => w.message);
    if (e.outcome === 'refuse') {
      const fields: FieldScore[] = [
        { field: 'refused', ok: false, expected: 'a clear refusal', actual: 'the preview accepted the file' },
      ];
      return { file: e.file, docId: null, fields, warnings, tookMs: took() };
    }
    const result = await service.commit(preview.previewId);
    const doc: ScoredDocument = {
      document: result.document,
      nodes: service.reader.getNodes(result.document.docId),
    };
    stored.set(e.file, doc);
    const fields = scoreDocument(e, doc);
    if (e.sameAs !== undefined) {
      const source = stored.get(e.sameAs);
      fields.push(
        ...(source === undefined
          ? [{ field: 'same as', ok: false, expected: e.sameAs, actual: 'source not imported' }]
          : scoreSameAs(source, doc)),
      );
    }
    return { file: e.file, docId: result.document.docId, fields, warnings, tookMs: took() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (e.outcome !== 'refuse') {
      const fields = [{ field: 'imported', ok: false, expected: 'imported', actual: message }];
      return { file: e.file, docId: null, fields, warnings: [], tookMs: took() };
    }
    const fields: FieldScore[] = [
      {
        field: 'refused',
        ok: isLecternError(error) && message.trim() !== '' && !message.includes('\n    at '),
        expected: 'a clear refusal',
        actual: isLecternError(error) ? `${error.code}: ${message}` : `unexpected error: ${message}`,
      },
      {
        field: 'nothing stored',
        ok: service.list().length === before,
        expected: `${before} documents`,
        actual: `${service.list().length} documents`,
      },
    ];
    return { file: e.file, docId: null, fields, warnings: [], tookMs: took() };
  }
}
