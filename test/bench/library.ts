// Library benchmark: N generated 40-article Vietnamese decrees imported one by one (each commit re-stores the
// combined index, so its cost grows with the library) against the same N as one batch (index stored once).
// Run: npm run bench:library [-- --docs N]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusLocationIn } from '../../electron/core/corpus/location';
import { openCorpus } from '../../electron/core/corpus/store';
import { importBatch } from '../../electron/core/import/batch-import';
import { ImportService } from '../../electron/core/import/import-service';
import { readImportFile } from '../../electron/core/import/read-file';
import { openUserDb } from '../../electron/core/userdb/open-user-db';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '60' } } });
const DOCS = Number(values.docs);

function decree(n: number): string {
  const lines = [
    'CHÍNH PHỦ',
    `Số: ${n}/2031/NĐ-CP`,
    'Hà Nội, ngày 05 tháng 3 năm 2031',
    'NGHỊ ĐỊNH',
    `VỀ LĨNH VỰC ${n}`,
  ];
  lines.push('Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;');
  for (let a = 1; a <= 40; a++) {
    if (a % 10 === 1) lines.push(`Chương ${Math.ceil(a / 10)}`, `QUY ĐỊNH NHÓM ${Math.ceil(a / 10)}`);
    lines.push(`Điều ${a}. Trách nhiệm số ${a} của văn bản ${n}`);
    for (let c = 1; c <= 3; c++)
      lines.push(`${c}. Cơ quan thực hiện nhiệm vụ ${n}.${a}.${c} theo quy định của pháp luật.`);
  }
  lines.push('TM. CHÍNH PHỦ', 'Nguyễn Văn An');
  return lines.join('\n');
}

const tmp = mkdtempSync(join(tmpdir(), 'lectern-bench-library-'));
const files = Array.from({ length: DOCS }, (_, i) => {
  const path = join(tmp, `nd-${i + 1}.txt`);
  writeFileSync(path, decree(i + 1));
  return path;
});
const loc = corpusLocationIn(join(import.meta.dirname, '../../data/dist'));
const corpus = openCorpus(loc.corpusPath, loc.manifestPath);

function service(dir: string): { svc: ImportService; close: () => void } {
  const user = openUserDb(join(tmp, dir));
  return { svc: new ImportService({ db: user.db, bundled: corpus }), close: () => user.db.close() };
}

console.log(
  `Library benchmark: ${DOCS} decrees of 40 articles; load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const one = service('one-by-one');
const marks = new Set([1, 10, 20, 40, 60, 100, DOCS]);
const started = performance.now();
const row: string[] = [];
for (const [i, path] of files.entries()) {
  const t = performance.now();
  await one.svc.importFile(readImportFile(path));
  if (marks.has(i + 1)) row.push(`${i + 1}: ${(performance.now() - t).toFixed(0)} ms`);
}
const oneByOne = performance.now() - started;
one.close();
console.log(
  `one by one (peer): commit of the n-th document — ${row.join(', ')}; total ${(oneByOne / 1000).toFixed(1)} s`,
);

const batch = service('batch');
const b = await importBatch(batch.svc, files);
batch.close();
console.log(
  `batch: ${b.imported} imported in ${(b.tookMs / 1000).toFixed(1)} s (${(b.tookMs / DOCS).toFixed(0)} ms per document) — ${(oneByOne / b.tookMs).toFixed(1)}× faster than one by one`,
);
corpus.close();
rmSync(tmp, { recursive: true, force: true });
