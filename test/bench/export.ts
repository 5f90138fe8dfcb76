// `npm run bench:export`: annotated-PDF export time and memory for the decree with 200 notes and for synthetic
// documents of 500/1,000/2,000 provisions with one note per provision. Peer in the same run: pdfkit's own
// text flow (doc.text with wrapping, no highlights, no outline, no two-pass page count) over the same text.
import { mkdtempSync, rmSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { exportAnnotatedPdf } from '../../electron/core/export/annotated-pdf';
import { defaultFontsDir } from '../../electron/core/export/fonts';
import type { CorpusNode, DocumentMeta } from '../../electron/core/corpus/model';
import type { Annotation } from '../../electron/core/annotations/model';
import { loadDocument } from '../core/export/corpus-fixture';
import { syntheticAnnotations, syntheticMeta, syntheticNodes } from '../core/export/synthetic';

const dir = mkdtempSync(join(tmpdir(), 'lectern-bench-export-'));
const MB = 1024 * 1024;

interface Row {
  case: string;
  engine: string;
  provisions: number;
  notes: number;
  pages: number;
  ms: number;
  peakHeapMB: number;
  peakRssMB: number;
  fileKB: number;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Runs `fn` while sampling heap and RSS every 5 ms; reports peaks above the starting level. */
async function measured<T>(
  fn: () => Promise<T>,
): Promise<{ value: T; ms: number; heap: number; rss: number }> {
  gc();
  const base = process.memoryUsage();
  let heap = 0;
  let rss = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    heap = Math.max(heap, m.heapUsed - base.heapUsed);
    rss = Math.max(rss, m.rss - base.rss);
  };
  const timer = setInterval(sample, 5);
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  clearInterval(timer);
  sample();
  return { value, ms, heap: heap / MB, rss: rss / MB };
}

async function lectern(
  name: string,
  doc: DocumentMeta,
  nodes: CorpusNode[],
  annotations: Annotation[],
): Promise<Row> {
  const out = join(dir, `${name}.pdf`);
  const r = await measured(() =>
    exportAnnotatedPdf({
      doc,
      nodes,
      annotations,
      outPath: out,
      replace: true, // rounds write the same file
      options: { reviewer: 'Bench', marking: 'CONFIDENTIAL' },
    }),
  );
  return {
    case: name,
    engine: 'lectern',
    provisions: nodes.length,
    notes: annotations.length,
    pages: r.value.pages,
    ms: r.ms,
    peakHeapMB: r.heap,
    peakRssMB: r.rss,
    fileKB: r.value.bytes / 1024,
  };
}

async function peer(name: string, nodes: CorpusNode[]): Promise<Row> {
  const out = join(dir, `${name}-peer.pdf`);
  const r = await measured(async () => {
    const pdf = new PDFDocument({ size: 'A4', margin: 72 });
    const stream = createWriteStream(out);
    pdf.pipe(stream);
    pdf.registerFont('serif', join(defaultFontsDir(), 'DejaVuSerif.ttf'));
    pdf.font('serif').fontSize(10);
    for (const n of nodes)
      pdf.text([n.heading, n.text].filter((s) => s !== null && s !== '').join('\n'), { paragraphGap: 4 });
    const pages = pdf.bufferedPageRange().start + pdf.bufferedPageRange().count;
    pdf.end();
    await once(stream, 'close');
    return { pages, bytes: stream.bytesWritten };
  });
  return {
    case: name,
    engine: 'pdfkit text()',
    provisions: nodes.length,
    notes: 0,
    pages: r.value.pages,
    ms: r.ms,
    peakHeapMB: r.heap,
    peakRssMB: r.rss,
    fileKB: r.value.bytes / 1024,
  };
}

const rows: Row[] = [];
// Warm-up: fonts parsed, code JIT-compiled, so the first measured case is not charged for it.
{
  const meta = syntheticMeta();
  const nodes = syntheticNodes(30);
  await lectern('warm-up', meta, nodes, syntheticAnnotations(meta, nodes, 30));
}
const decree = loadDocument('decree-63-2020');
rows.push(
  await lectern(
    'decree + 200 notes',
    decree.doc,
    decree.nodes,
    syntheticAnnotations(decree.doc, decree.nodes, 200),
  ),
);
rows.push(await peer('decree + 200 notes', decree.nodes));
for (const provisions of [500, 1000, 2000]) {
  const meta = syntheticMeta();
  const nodes = syntheticNodes(provisions);
  const name = `synthetic ${provisions} provisions`;
  rows.push(await lectern(name, meta, nodes, syntheticAnnotations(meta, nodes, provisions)));
  rows.push(await peer(name, nodes));
}
rmSync(dir, { recursive: true, force: true });

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ node: process.version, rows }, null, 2));
} else {
  console.log('| case | engine | nodes | notes | pages | ms | peak heap MB | peak RSS MB | file KB |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.case} | ${r.engine} | ${r.provisions} | ${r.notes} | ${r.pages} | ${r.ms.toFixed(0)} | ${r.peakHeapMB.toFixed(1)} | ${r.peakRssMB.toFixed(1)} | ${r.fileKB.toFixed(0)} |`,
    );
  }
}
