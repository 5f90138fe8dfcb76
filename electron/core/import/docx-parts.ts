// The DOCX part reader handed to mammoth instead of a buffer (mammoth's `openZip({ file })` path), so every byte it
// reads passes the budgets: the central directory's part count and declared sizes are checked before anything is
// inflated, each part is inflated under zlib's output cap (declared sizes can lie), and an XML part's elements and
// paragraphs are counted in one linear scan before mammoth builds a DOM of it.
import type { ImportBudget } from './budget';
import { MAX_DOCX_ENTRIES } from './limits';
import { inflateEntry, zipEntries } from './zip-entries';

/** The file interface mammoth's unzip layer calls (`exists`, `read`; writing is never used by conversion). */
export interface DocxParts {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
  write(name: string, contents: string): void;
  toArrayBuffer(): Promise<ArrayBuffer>;
}

/** Parts mammoth parses as XML; media, fonts and embeddings are only ever read as bytes, if at all. */
const isXml = (name: string): boolean => /\.(?:xml|rels)$/iu.test(name);

const LT = 0x3c;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;

/** Counts start tags (elements) and Word paragraphs (`<w:p>`, `<w:p …>`) of an XML part: one pass, no parsing. */
function countXml(xml: string, budget: ImportBudget): void {
  let elements = 0;
  let paragraphs = 0;
  for (let i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i + 1)) {
    const next = xml.charCodeAt(i + 1);
    if (next === SLASH || next === BANG || next === QUESTION || next === LT) continue;
    elements++;
    if (xml.startsWith('w:p', i + 1)) {
      const after = xml.charCodeAt(i + 4);
      if (
        after === 0x20 ||
        after === 0x3e ||
        after === SLASH ||
        after === 0x0a ||
        after === 0x0d ||
        after === 0x09
      )
        paragraphs++;
    }
  }
  budget.spend('docxXmlElements', elements);
  budget.spend('docxParagraphs', paragraphs);
}

/** Opens a DOCX's parts under `budget`; throws TOO_LARGE (entries, declared sizes) before inflating anything. */
export function openDocxParts(bytes: Uint8Array, budget: ImportBudget): DocxParts {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = zipEntries(buf, budget.subject, MAX_DOCX_ENTRIES, () => budget.exceeded('docxEntries'));
  const byName = new Map(entries.map((e) => [e.name, e]));
  const declared = entries.reduce((sum, e) => sum + (isXml(e.name) ? e.uncompressedSize : 0), 0);
  if (declared > budget.remaining('docxInflatedBytes')) throw budget.exceeded('docxInflatedBytes');
  return {
    exists: (name) => byName.has(name),
    read(name, encoding) {
      budget.checkCancelled();
      const entry = byName.get(name);
      if (entry === undefined) return Promise.reject(new Error(`the part ${name} is missing`));
      const tooLarge = (): Error => budget.exceeded('docxInflatedBytes');
      if (entry.uncompressedSize > budget.remaining('docxInflatedBytes')) throw tooLarge();
      const data = inflateEntry(buf, entry, budget.subject, budget.remaining('docxInflatedBytes'), tooLarge);
      budget.spend('docxInflatedBytes', data.length);
      if (encoding === 'base64') return Promise.resolve(data.toString('base64'));
      if (encoding === undefined) return Promise.resolve(new Uint8Array(data));
      const text = new TextDecoder(encoding).decode(data);
      if (isXml(name)) countXml(text, budget);
      return Promise.resolve(text);
    },
    write() {
      throw new Error('a DOCX being imported is never written');
    },
    toArrayBuffer() {
      return Promise.reject(new Error('a DOCX being imported is never re-zipped'));
    },
  };
}
