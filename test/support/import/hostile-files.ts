// Hostile import files, built in the test (and by test/bench/hostile.ts) with real writers: JSZip (mammoth's own
// zip library) for DOCX bombs, pdfkit and zlib for PDFs, plain strings for HTML and text. Each is small on disk and
// large once read, as issue 17's attacks were.
import { constants, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A DOCX whose document.xml body is `body` (WordprocessingML), deflated by JSZip. */
export async function docxWithBody(body: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** One Word paragraph of text. */
export const paragraph = (text: string): string => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

/** A DOCX of `count` copies of one paragraph: a few hundred KB that inflate to `count` × ~60 bytes. */
export function paragraphBomb(count: number): Promise<Buffer> {
  return docxWithBody(paragraph('Article text of the decree, repeated.').repeat(count));
}

/** A DOCX of `count` parts (tiny ones besides the document), for the part-count limit. */
export async function manyPartsDocx(count: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await docxWithBody(paragraph('Article 1. Scope')));
  for (let i = zip.file(/./u).length; i < count; i++) zip.file(`word/media/p${i}.xml`, '<x/>');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

/**
 * The same zip with every declared uncompressed size (local headers and central directory) replaced by
 * `declared`: a bomb that claims to be small, or a small file that claims 2 GB.
 */
export function withDeclaredSizes(zip: Buffer, declared: number): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50 && i + 30 <= out.length) out.writeUInt32LE(declared, i + 22);
    else if (sig === 0x02014b50 && i + 46 <= out.length) out.writeUInt32LE(declared, i + 24);
  }
  return out;
}

/** `<ol><li>` nested `depth` deep, each item with a line of text: quadratic in the old list numbering. */
export function nestedListsHtml(depth: number): string {
  return `<html><body>${'<ol><li>Item of the list'.repeat(depth)}${'</li></ol>'.repeat(depth)}</body></html>`;
}

/** `count` "<a" that never close (no ">" follows): each one made the old tokenizer rescan the rest of the page. */
export function unclosedAnchorsHtml(count: number): string {
  return `<html><body><p>Article 1. Scope</p><p>This Decree applies.</p>${' <a href="x"'.repeat(count)}`;
}

/** `count` lines "Article 1." each with a sentence: every one a duplicate of the first. */
export function repeatedArticles(count: number): string {
  const lines = ['DECREE', 'ON REPEATED ARTICLES'];
  for (let i = 0; i < count; i++) lines.push('Article 1. Scope', 'This Decree applies to everyone.');
  return lines.join('\n');
}

/** A PDF of `pages` small pages with one word each, written by pdfkit. */
export function manyPagesPdf(pages: number): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, compress: true });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    }),
  );
  for (let i = 0; i < pages; i++) {
    doc.addPage({ size: [200, 200] });
    doc.text(`Page ${i + 1}`, 20, 20);
  }
  doc.end();
  return done;
}

/** Adler-32 of `data` (RFC 1950). */
function adler32(data: Buffer): number {
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** Adler-32 of two strings joined, from their checksums and the second one's length (zlib's adler32_combine). */
function adler32Combine(adler1: number, adler2: number, len2: number): number {
  const BASE = 65521;
  const rem = len2 % BASE;
  let sum1 = adler1 & 0xffff;
  let sum2 = (rem * sum1) % BASE;
  sum1 += (adler2 & 0xffff) + BASE - 1;
  sum2 += ((adler1 >>> 16) & 0xffff) + ((adler2 >>> 16) & 0xffff) + BASE - rem;
  if (sum1 >= BASE) sum1 -= BASE;
  if (sum1 >= BASE) sum1 -= BASE;
  if (sum2 >= BASE * 2) sum2 -= BASE * 2;
  if (sum2 >= BASE) sum2 -= BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}

/**
 * One deflate stream of `pieces` in order, each repeated `times` times, built in time proportional to its
 * compressed size: each piece is deflated once with a full flush (byte-aligned, no back references), and those
 * bytes are repeated — how real zip bombs are made. `zlib` adds RFC 1950's header and checksum, else raw (ZIP).
 */
export function repeatedDeflate(
  pieces: readonly { data: Buffer; times: number }[],
  format: 'zlib' | 'raw',
): Buffer {
  const blocks: Buffer[] = [];
  let adler = 1;
  for (const { data, times } of pieces) {
    const deflated = deflateRawSync(data, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
    const sum = adler32(data);
    for (let i = 0; i < times; i++) {
      blocks.push(deflated);
      adler = adler32Combine(adler, sum, data.length);
    }
  }
  blocks.push(deflateRawSync(Buffer.alloc(0)));
  const raw = Buffer.concat(blocks);
  if (format === 'raw') return raw;
  const check = Buffer.alloc(4);
  check.writeUInt32BE(adler, 0);
  return Buffer.concat([Buffer.from([0x78, 0x01]), raw, check]);
}

/**
 * A one-page PDF whose content stream (FlateDecode) inflates to `inflatedBytes` of text-drawing operators: a few
 * hundred KB on disk. Written by hand (objects, xref, trailer) so the stream can be any size.
 */
export function inflatingPdf(inflatedBytes: number): Promise<Buffer> {
  return handWrittenPdf(1, inflatedBytes);
}

/**
 * A PDF of `pages` pages sharing one content stream of `inflatedBytes` (~100 bytes a page on disk); `dict` adds
 * keys to the stream's dictionary (`/Length1 1` makes it read as a font); `op` is the content repeated.
 */
export async function handWrittenPdf(
  pages: number,
  inflatedBytes: number,
  dict = '',
  op = 'BT /F1 12 Tf 20 20 Td (Article 1. Scope of the decree) Tj ET\n',
): Promise<Buffer> {
  const line = Buffer.from(op.repeat(Math.ceil(62_000 / op.length)));
  const times = Math.max(1, Math.ceil(inflatedBytes / line.length));
  const content = await Promise.resolve(repeatedDeflate([{ data: line, times }], 'zlib'));
  const page = (n: number): string => `${n + 6} 0 R`;
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from(
      `<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, i) => page(i)).join(' ')}] /Count ${pages} >>`,
    ),
    Buffer.from('<< /Font << /F1 5 0 R >> >>'),
    Buffer.concat([
      Buffer.from(`<< /Length ${content.length} /Filter /FlateDecode${dict} >>\nstream\n`),
      content,
      Buffer.from('\nendstream'),
    ]),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
    ...Array.from({ length: pages }, () =>
      Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources 3 0 R >>'),
    ),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let at = parts[0]?.length ?? 0;
  objects.forEach((body, i) => {
    offsets.push(at);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(obj);
    at += obj.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    'startxref',
    String(at),
    '%%EOF',
  ].join('\n');
  parts.push(Buffer.from(`${xref}\n`));
  return Buffer.concat(parts);
}

/**
 * A ZIP (no CRCs: neither mammoth's JSZip nor Lectern checks them) of parts given as raw-deflated data and their
 * true size: a bomb of any size built in seconds, where JSZip would deflate gigabytes itself.
 */
export function zipOfDeflated(parts: Record<string, { deflated: Buffer; size: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, { deflated, size }] of Object.entries(parts)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const header = (central: boolean): Buffer => {
      const h = Buffer.alloc(central ? 46 : 30);
      h.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0);
      const d = central ? 2 : 0;
      h.writeUInt16LE(20, 4);
      if (central) h.writeUInt16LE(20, 6);
      h.writeUInt16LE(0x0800, 6 + d);
      h.writeUInt16LE(8, 8 + d);
      h.writeUInt32LE(deflated.length, 18 + d);
      h.writeUInt32LE(size, 22 + d);
      h.writeUInt16LE(nameBytes.length, 26 + d);
      if (central) h.writeUInt32LE(offset, 42);
      return h;
    };
    const local = Buffer.concat([header(false), nameBytes, deflated]);
    locals.push(local);
    centrals.push(Buffer.concat([header(true), nameBytes]));
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A DOCX whose document.xml is `head`, then `filler` repeated `times` times, then `tail`, deflated by zlib. */
export async function docxBomb(head: string, filler: Buffer, times: number, tail: string): Promise<Buffer> {
  const xml = (text: string): { deflated: Buffer; size: number } => {
    const data = Buffer.from(text);
    return { deflated: deflateRawSync(data), size: data.length };
  };
  const pieces = [
    { data: Buffer.from(head), times: 1 },
    { data: filler, times },
    { data: Buffer.from(tail), times: 1 },
  ];
  const document = {
    deflated: await Promise.resolve(repeatedDeflate(pieces, 'raw')),
    size: pieces.reduce((n, p) => n + p.data.length * p.times, 0),
  };
  return zipOfDeflated({
    '[Content_Types].xml': xml(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': xml(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': document,
  });
}
