// Hostile import files, built in the test (and by test/bench/hostile.ts) with real writers: JSZip (mammoth's own
// zip library) for DOCX bombs, pdfkit and zlib for PDFs, plain strings for HTML and text. Each is small on disk and
// large once read, as issue 17's attacks were.
import { createDeflate } from 'node:zlib';
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

/** zlib-deflates `chunk` repeated `times` times without ever holding the inflated whole. */
export function deflateRepeated(chunk: Buffer, times: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const z = createDeflate({ level: 9 });
    const out: Buffer[] = [];
    z.on('data', (c: Buffer) => out.push(c));
    z.on('end', () => {
      resolve(Buffer.concat(out));
    });
    z.on('error', reject);
    let i = 0;
    const write = (): void => {
      while (i < times) {
        i++;
        if (!z.write(chunk)) {
          z.once('drain', write);
          return;
        }
      }
      z.end();
    };
    write();
  });
}

/**
 * A one-page PDF whose content stream (FlateDecode) inflates to `inflatedBytes` of text-drawing operators: a few
 * hundred KB on disk. Written by hand (objects, xref, trailer) so the stream can be any size.
 */
export async function inflatingPdf(inflatedBytes: number): Promise<Buffer> {
  const line = Buffer.from('BT /F1 12 Tf 20 20 Td (Article 1. Scope of the decree) Tj ET\n'.repeat(1024));
  const content = await deflateRepeated(line, Math.ceil(inflatedBytes / line.length));
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    ),
    Buffer.concat([
      Buffer.from(`<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`),
      content,
      Buffer.from('\nendstream'),
    ]),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
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
