// fast-check arbitraries that damage a valid input the way a hostile or broken file on removable media would:
// byte flips, truncation and junk inserted anywhere in the bytes, and, inside a format's own text (DOCX XML, PDF
// objects, HTML, plain text, JSON), tokens of that format spliced in where they do not belong.
import fc from 'fast-check';

/** A mutation of `bytes`: some bytes flipped, the file cut short, or junk bytes inserted. */
export function mutatedBytes(bytes: Uint8Array): fc.Arbitrary<Uint8Array> {
  const at = fc.nat({ max: Math.max(0, bytes.length - 1) });
  const flips = fc
    .array(fc.tuple(at, fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 24 })
    .map((changes) => {
      const out = Uint8Array.from(bytes);
      for (const [i, x] of changes) out[i] = (out[i] ?? 0) ^ x;
      return out;
    });
  const truncated = at.map((n) => bytes.slice(0, n));
  const inserted = fc
    .tuple(at, fc.uint8Array({ minLength: 1, maxLength: 512 }))
    .map(([i, junk]) => Uint8Array.from([...bytes.subarray(0, i), ...junk, ...bytes.subarray(i)]));
  return fc.oneof(flips, truncated, inserted);
}

/** A mutation of `text`: `tokens` (or random strings) spliced in, stretches deleted or the text cut short. */
export function mutatedText(text: string, tokens: readonly string[]): fc.Arbitrary<string> {
  const at = fc.nat({ max: text.length });
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...tokens) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 64 }) },
  );
  const splice = fc.array(fc.tuple(at, piece, fc.integer({ min: 1, max: 50 })), {
    minLength: 1,
    maxLength: 8,
  });
  const edit = splice.map((edits) => {
    let out = text;
    for (const [i, p, times] of edits) {
      const pos = Math.min(i, out.length);
      out = out.slice(0, pos) + p.repeat(times) + out.slice(pos);
    }
    return out;
  });
  const deleted = fc.tuple(at, fc.nat({ max: 400 })).map(([i, n]) => text.slice(0, i) + text.slice(i + n));
  const truncated = at.map((n) => text.slice(0, n));
  return fc.oneof(
    { weight: 4, arbitrary: edit },
    { weight: 1, arbitrary: deleted },
    { weight: 1, arbitrary: truncated },
  );
}

/** WordprocessingML out of place: unbalanced, nested, unknown and entity-laden elements. */
export const DOCX_XML_TOKENS = [
  '<w:p>',
  '</w:p>',
  '<w:r><w:t>',
  '</w:t></w:r>',
  '<w:tbl><w:tr><w:tc>',
  '</w:tc></w:tr></w:tbl>',
  '<w:p><w:pPr><w:numPr><w:ilvl w:val="9"/><w:numId w:val="77"/></w:numPr></w:pPr></w:p>',
  '<w:footnoteReference w:id="999"/>',
  '<w:br/>',
  '<w:tab/>',
  '&amp;',
  '&#0;',
  '&#x110000;',
  '&undefined;',
  '<!--',
  '<![CDATA[',
  ']]>',
  '<?xml version="1.0"?>',
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
  '<w:t xml:space="preserve">Điều 1. Phạm vi</w:t>',
  '"',
  '<',
  '>',
];

/** PDF syntax out of place: objects, streams, dictionaries, xref entries and huge numbers. */
export const PDF_TOKENS = [
  ' obj ',
  'endobj',
  'stream\n',
  '\nendstream',
  '<< /Type /Page /Parent 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R 3 0 R] /Count 99999999 >>',
  '/Length 99999999',
  '/Filter /FlateDecode',
  '/Filter [/ASCIIHexDecode /LZWDecode /RunLengthDecode]',
  ' 0 R',
  '99999999999999999999',
  '-1',
  '(',
  ')',
  '[',
  ']',
  '<<',
  '>>',
  'BT /F1 12 Tf (Article 1. Scope) Tj ET',
  'xref\n0 1\n0000000000 65535 f \n',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
  '\\',
];

/** HTML out of place: open lists and anchors, comments, scripts, entities, charset declarations. */
export const HTML_TOKENS = [
  '<ol><li>',
  '</li></ol>',
  '<ul><li>Item',
  '<a href="x"',
  '<table><tr><td>',
  '</td></tr></table>',
  '<!--',
  '-->',
  '<script>alert(1)</script>',
  '<style>p{}</style>',
  '<meta charset="windows-1258">',
  '<meta charset="utf-16">',
  '&#x110000;',
  '&#0;',
  '&nbsp;',
  '&amp',
  '<br>',
  '<p>Điều 1. Phạm vi</p>',
  '<',
  '>',
];

/** Plain text that confuses structure and decoding: headings, numbering, BOMs, controls, surrogates, bidi. */
export const TEXT_TOKENS = [
  'Article 1. Scope\n',
  'Điều 1. Phạm vi\n',
  'Chapter I\n',
  'CHƯƠNG I\n',
  '1. ',
  'a) ',
  'Appendix\n',
  '\uFEFF',
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\u202E',
  '\r',
  '\n\n\n',
  '\t',
  'e\u0301',
];

/** JSON out of place, for a notes bundle: structural characters, big numbers, odd keys and values. */
export const JSON_TOKENS = [
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"',
  '\\u0000',
  '\\ud800',
  'null',
  'true',
  '1e999',
  '-0',
  '"__proto__":{}',
  '"constructor":1,',
  '"id":"------------------------------------",',
  '"docHash":"x",',
  '"@context":null,',
];
