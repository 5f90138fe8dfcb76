// Extracted text is NFC whatever the file stored, so decomposed Vietnamese ("Đ" + combining marks) still opens
// articles and matches searches; checked on a TXT and an HTML file written in NFD.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../electron/core/import/extract';
import { parseImportText } from '../../../electron/core/import/preview';

const DECOMPOSED = 'NGHỊ ĐỊNH\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định về họ.'.normalize('NFD');

describe('extractText', () => {
  it.each([
    ['decree.txt', DECOMPOSED],
    [
      'decree.html',
      `<html><body>${DECOMPOSED.split('\n')
        .map((l) => `<p>${l}</p>`)
        .join('')}</body></html>`,
    ],
  ])('gives NFC text for %s stored decomposed', async (name, content) => {
    expect(content).not.toBe(content.normalize('NFC'));
    const { text } = await extractText(new TextEncoder().encode(content), name);
    expect(text).toBe(text.normalize('NFC'));
    const parsed = parseImportText(text, { fileName: name, format: 'txt', fileSha256: 'x' });
    expect(parsed.nodes.find((n) => n.kind === 'article')?.heading).toBe('Phạm vi điều chỉnh');
  });
});
