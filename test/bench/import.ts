// Import benchmark: a generated Vietnamese decree (chapters › articles › clauses › points) imported from TXT,
// DOCX, HTML and PDF. Each format's extraction is compared with the bare corpus parser on the same text (the
// peer), and loading the stored combined search index at start-up is compared with rebuilding it.
// Run: npm run bench:import [-- --articles N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestText } from '../../electron/core/corpus/ingest/ingest';
import { corpusLocationIn } from '../../electron/core/corpus/location';
import { openCorpus } from '../../electron/core/corpus/store';
import { extractText } from '../../electron/core/import/extract';
import { ImportService } from '../../electron/core/import/import-service';
import { LibrarySearch } from '../../electron/core/import/imported-search';
import { buildIndexFromReader } from '../../electron/core/search/index-store';
import { openUserDb } from '../../electron/core/userdb/open-user-db';
import { makeDocx } from '../core/import/fixtures/make-docx';
import { makeHtml } from '../core/import/fixtures/make-html';
import { makeTextPdf } from '../core/import/fixtures/make-pdf';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '150' } } });
const ARTICLES = Number(values.articles);

function generate(articles: number): string[] {
  const lines = [
    'CHÍNH PHỦ',
    'Số: 99/2031/NĐ-CP',
    'Hà Nội, ngày 05 tháng 3 năm 2031',
    'NGHỊ ĐỊNH',
    'VỀ CÔNG NGHIỆP AN NINH',
  ];
  lines.push('Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;');
  for (let a = 1; a <= articles; a++) {
    if (a % 15 === 1) lines.push(`Chương ${Math.ceil(a / 15)}`, `QUY ĐỊNH NHÓM ${Math.ceil(a / 15)}`);
    lines.push(`Điều ${a}. Trách nhiệm của cơ quan số ${a}`);
    for (let c = 1; c <= 4; c++) {
      lines.push(
        `${c}. Cơ quan quản lý nhà nước về công nghiệp an ninh thực hiện nhiệm vụ ${a}.${c} theo quy định của pháp luật về bảo vệ bí mật nhà nước:`,
      );
      for (const p of ['a', 'b', 'c'])
        lines.push(`${p}) Bảo đảm nguồn lực, tài chính và nhân lực cho nhiệm vụ ${a}.${c}.${p};`);
    }
  }
  lines.push(
    'Điều 999. Hiệu lực thi hành',
    'Nghị định này có hiệu lực thi hành từ ngày 01 tháng 5 năm 2031./.',
    'TM. CHÍNH PHỦ',
    'Nguyễn Văn An',
  );
  return lines;
}

const time = async <T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> => {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
};

const lines = generate(ARTICLES);
const text = lines.join('\n');
const parser = await time(() => ingestText(text, { docId: 'bench', lang: 'vi' }));
console.log(
  `Generated decree: ${ARTICLES} articles, ${parser.value.nodes.length} nodes, ${(text.length / 1024).toFixed(0)} KB of text`,
);
console.log(`Peer — corpus parser alone on the text: ${parser.ms.toFixed(1)} ms`);
console.log('format  file KB  extract ms  extract ÷ parser  same tree');
const files: [string, Uint8Array][] = [
  ['d.txt', Buffer.from(text, 'utf8')],
  ['d.docx', makeDocx(lines)],
  ['d.html', Buffer.from(makeHtml(lines), 'utf8')],
  ['d.pdf', await makeTextPdf(lines)],
];
const reference = JSON.stringify(parser.value.nodes.map((n) => [n.eId, n.text]));
for (const [name, bytes] of files) {
  const r = await time(() => extractText(bytes, name));
  const nodes = ingestText(r.value.text, { docId: 'bench', lang: 'vi' }).nodes;
  const same = JSON.stringify(nodes.map((n) => [n.eId, n.text])) === reference;
  console.log(
    `${r.value.format.padEnd(6)}  ${(bytes.byteLength / 1024).toFixed(0).padStart(7)}  ${r.ms.toFixed(1).padStart(10)}  ${(r.ms / parser.ms).toFixed(1).padStart(16)}  ${same ? 'yes' : 'NO'}`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'lectern-bench-import-'));
const loc = corpusLocationIn(join(import.meta.dirname, '../../data/dist'));
const corpus = openCorpus(loc.corpusPath, loc.manifestPath);
try {
  const user = openUserDb(dir);
  const service = new ImportService({ db: user.db, bundled: corpus });
  const commit = await time(() =>
    service.importFile({ fileName: 'd.txt', bytes: Buffer.from(text, 'utf8') }),
  );
  console.log(`Import TXT end to end (parse, store, one transaction): ${commit.ms.toFixed(1)} ms`);
  const caughtUp = await time(() => LibrarySearch.open(corpus.db, service.reader).library);
  caughtUp.value.store();
  const load = await time(() => LibrarySearch.open(corpus.db, service.reader).library);
  const rebuild = await time(() => buildIndexFromReader(service.reader));
  console.log(
    `Start-up: bundled index + index the import ${caughtUp.ms.toFixed(1)} ms; load the stored snapshot ${load.ms.toFixed(1)} ms vs rebuild everything ${rebuild.ms.toFixed(1)} ms (${(rebuild.ms / load.ms).toFixed(1)}× slower)`,
  );
  if (load.value.staleness() !== 0) throw new Error('the stored snapshot was not usable');
  user.db.close();
} finally {
  corpus.close();
  rmSync(dir, { recursive: true, force: true });
}
