// Re-importing the two bundled sources through the importer gives exactly the tree the bundled corpus holds
// (read from the real data/dist/corpus.sqlite), so imported and bundled documents are treated alike.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusLocationIn } from '../../../electron/core/corpus/location';
import type { CorpusNode } from '../../../electron/core/corpus/model';
import type { CorpusStore } from '../../../electron/core/corpus/store';
import { openCorpus } from '../../../electron/core/corpus/store';
import { parseImportFile } from '../../../electron/core/import/preview';

const root = join(import.meta.dirname, '../../..');
let corpus: CorpusStore;
beforeAll(() => {
  const loc = corpusLocationIn(join(root, 'data/dist'));
  corpus = openCorpus(loc.corpusPath, loc.manifestPath);
});
afterAll(() => {
  corpus.close();
});

const shape = (nodes: readonly CorpusNode[]): unknown[] =>
  nodes.map((n) => [n.eId, n.parentEId, n.kind, n.num, n.heading, n.text, n.order, n.depth, n.cells]);

interface SourceMeta {
  docId: string;
  source: string;
  ingest: { exclude?: { dropLeadingLines?: number; cutFromLine?: string } };
}

describe.each(['decree-63-2020', 'law-dsi-2024-commentary'])('re-importing %s', (docId) => {
  it('yields the bundled tree, node for node, and the same content hash', async () => {
    const meta = JSON.parse(
      readFileSync(join(root, `data/sources/${docId}.meta.json`), 'utf8'),
    ) as SourceMeta;
    const bytes = readFileSync(join(root, 'data/sources', meta.source));
    // The bundled build drops the commentary's web-page leftovers by declared rules; the importer takes the same rules.
    const parsed = await parseImportFile({
      fileName: meta.source,
      bytes,
      edits: { docId },
      exclude: meta.ingest.exclude,
    });
    const bundled = corpus.getNodes(docId);
    expect(bundled.length).toBeGreaterThan(20);
    expect(shape(parsed.nodes)).toEqual(shape(bundled));
    expect(parsed.document.contentHash).toBe(corpus.getDocument(docId)?.contentHash);
  });
});

describe('metadata detected from the bundled decree', () => {
  it('matches what data/sources declares where the text states it', async () => {
    const bytes = readFileSync(join(root, 'data/sources/decree-63-2020.txt'));
    const { document } = await parseImportFile({ fileName: 'decree-63-2020.txt', bytes });
    const declared = corpus.getDocument('decree-63-2020');
    expect(document.title).toBe(declared?.title);
    expect(document.kind).toBe(declared?.kind);
    expect(document.issued).toBe(declared?.issued);
    expect(document.effective).toBe(declared?.effective);
    expect(document.language).toBe(declared?.language);
  });

  it('reads the commentary as prose with its publication date and author line', async () => {
    const bytes = readFileSync(join(root, 'data/sources/law-dsi-2024-commentary.txt'));
    const { document, structure } = await parseImportFile({
      fileName: 'c.txt',
      bytes,
      exclude: { dropLeadingLines: 1, cutFromLine: '^Your Comment \\(\\d+\\)$' },
    });
    const declared = corpus.getDocument('law-dsi-2024-commentary');
    expect(structure).toBe('prose');
    expect(document.published).toBe(declared?.published);
    expect(document.title).toBe(declared?.title);
    expect(document.author).toMatch(/PHAM HOAI NAM/u);
  });
});
