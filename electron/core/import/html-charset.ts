// Decodes an HTML file's bytes: a byte-order mark wins, then the page's declared charset, else UTF-8.
import { TextDecoder } from 'node:util';
import { LecternError } from '../errors';
import { decodeText } from './decode-text';

/** The charset a page declares in its first 2 KB (`<meta charset>` or the http-equiv content type). */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/iu.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

/** The page as a string; a declared legacy charset (windows-1258, …) is honoured when the runtime knows it. */
export function decodeHtml(bytes: Uint8Array, fileName: string): string {
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb) || bytes[0] === 0xff || bytes[0] === 0xfe;
  const charset = declaredCharset(bytes);
  if (bom || charset === null || /^(?:utf-?8|utf-?16(?:le|be)?|unicode)$/u.test(charset)) {
    return decodeText(bytes, fileName);
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new LecternError(
      'UNSUPPORTED',
      `${fileName} declares the character set "${charset}", which Lectern cannot read; save it as UTF-8.`,
    );
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new LecternError('INVALID_INPUT', `${fileName} is not valid ${charset} text.`);
  }
}
