// Symbol-font characters (U+F020–U+F0FF, a symbol font's codes) in a PDF's text layer: read through the face the
// PDF font names, as mammoth reads a DOCX's w:sym; of an unknown face (a substitute font) read as ⬜ with a warning
// naming the line. The real Decree 99/2022 PDF (LibreOffice put OpenSymbol in place of Webdings) is skipped, with a
// note, in a clone without ../shared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../electron/core/import/extract';
import {
  mapSymbols,
  markUnknownSymbols,
  symbolFace,
  UNKNOWN_SYMBOL,
} from '../../../electron/core/import/pdf/symbols';
import { HAVE_REAL_DOCS, REAL_DOCS_DIR } from './real/real-docs';

describe('symbol-font characters in a PDF', () => {
  it('finds the symbol face a PDF font names', () => {
    expect(symbolFace('ABCDEF+Wingdings-Regular')).toBe('WINGDINGS');
    expect(symbolFace('Wingdings2')).toBe('WINGDINGS 2');
    expect(symbolFace('BAAAAA+Webdings')).toBe('WEBDINGS');
    expect(symbolFace('SymbolMT')).toBe('SYMBOL');
    expect(symbolFace('FAAAAA+OpenSymbol')).toBeNull();
    expect(symbolFace('CAAAAA+DejaVuSans')).toBeNull();
    expect(symbolFace(null)).toBeNull();
  });

  it('reads codes through the named face, as the DOCX reader does', () => {
    expect(mapSymbols('\uF063 Bên bảo đảm', 'WEBDINGS')).toBe('⬜ Bên bảo đảm');
    expect(mapSymbols('\uF0B7 item', 'SYMBOL')).toBe('• item');
    // An unknown face leaves the code for markUnknownSymbols.
    expect(mapSymbols('\uF063 x', null)).toBe('\uF063 x');
  });

  it('reads codes of an unknown face as the empty box and says where the first one is', () => {
    const { text, unknown } = markUnknownSymbols('Tiêu đề\nA \uF063 B\n\uF063 \uF06F C');
    expect(text).toBe(`Tiêu đề\nA ${UNKNOWN_SYMBOL} B\n${UNKNOWN_SYMBOL} ${UNKNOWN_SYMBOL} C`);
    expect(unknown).toEqual({ line: 2, codes: ['U+F063', 'U+F06F'], count: 3 });
    expect(markUnknownSymbols('no symbols').unknown).toBeNull();
  });

  it.skipIf(!HAVE_REAL_DOCS)(
    'gives Decree 99’s PDF the DOCX’s boxes and warns once about their font',
    async () => {
      const read = (file: string) =>
        extractText(new Uint8Array(readFileSync(join(REAL_DOCS_DIR, file))), file);
      const [docx, pdf] = await Promise.all([
        read('nghi-dinh-99-2022-nd-cp.docx'),
        read('nghi-dinh-99-2022-nd-cp.pdf'),
      ]);
      const count = (t: string, ch: string) => t.split(ch).length - 1;
      expect(pdf.text).not.toMatch(/[\uF020-\uF0FF]/u);
      expect(count(docx.text, '⬜')).toBeGreaterThan(100);
      expect(count(pdf.text, '⬜')).toBe(count(docx.text, '⬜'));
      expect(pdf.warnings?.map((w) => w.message)).toEqual([
        expect.stringContaining('symbol characters (U+F063)'),
      ]);
      const line = pdf.text.split('\n')[(pdf.warnings?.[0]?.line ?? 0) - 1];
      expect(line).toContain('⬜');
      expect(docx.warnings ?? []).toEqual([]);
    },
    60_000,
  );
});
