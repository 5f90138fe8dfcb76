// Reads the signer's name from a signature block. The block is laid out as a table: the recipients ("Nơi nhận:
// - …; - …") in the left cell, the signing authority in capitals and the person's name in the right cell
// ("TM. CHÍNH PHỦ THỦ TƯỚNG Nguyễn Xuân Phúc"). A DOCX gives one line per cell, a plain text one line per
// paragraph, and a PDF text layer shares lines between the columns ("- Văn phòng Tổng Bí thư; Nguyễn Xuân Phúc"),
// so the right column is what follows the last ";" of a recipient line.

/** A person's name: two to five capitalised words at the end of a text. */
const NAME_AT_END = /(?<![\p{L}.])((?:\p{Lu}\p{Ll}+\s+){1,4}\p{Lu}\p{Ll}+)\s*$/u;

/** Words of a signing authority ("TM.", "KT.", "THỦ TƯỚNG", "CHỦ NHIỆM", "PRIME MINISTER"). */
const AUTHORITY =
  /(?:^|\s)(?:TM|KT|TL|TUQ|Q|FOR|ON BEHALF OF)\.?\s|CHỦ TỊCH|THỦ TƯỚNG|TRƯỞNG|CHỦ NHIỆM|CHÁNH ÁN|KIỂM TOÁN|THỐNG ĐỐC|GIÁM ĐỐC|THƯ KÝ|XÁC THỰC|MINISTER|PRESIDENT|CHAIR|GOVERNOR|CHIEF JUSTICE/u;

/** "(Đã ký)", "(signed)", "(Signed and sealed)": notes between the authority and the name. */
const SIGNED_NOTE = /\((?:đã ký|signed)[^)]*\)/giu;

/** The parts of a block's lines that belong to the signer's column, in order. */
function signerColumn(block: string): string[] {
  const out: string[] = [];
  // A tab separates table cells when a row arrives as one line.
  for (const raw of block.normalize('NFC').split(/[\n\t]/u)) {
    let line = raw.replace(SIGNED_NOTE, ' ').replace(/\s+/gu, ' ').trim();
    const received = /^(?:Nơi nhận|Recipients?|To)\s*:/iu.exec(line);
    if (received !== null) line = line.slice(received[0].length).trim();
    if (line.startsWith('-') || line.startsWith('+') || line.startsWith('•')) {
      // What follows the last recipient is the signer's column ("…; - Lưu: VT. TM. CHÍNH PHỦ … Tên").
      const cut = line.lastIndexOf(';');
      line = cut < 0 ? '' : line.slice(cut + 1).trim();
    }
    if (line !== '') out.push(line);
  }
  return out;
}

const isCapitals = (text: string): boolean => /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text);

/**
 * The signer in a signature block: the name ending the signer's cell or lines, after the signing authority in
 * capitals; null when there is none. `strict` also requires a known authority word (for text outside a
 * signature node, where capitals followed by a name could be something else).
 */
export function signerOf(block: string, strict = false): string | null {
  const column = signerColumn(block);
  for (let i = column.length - 1; i >= 0; i--) {
    const part = column[i] ?? '';
    const name = NAME_AT_END.exec(part);
    if (name?.[1] === undefined) continue;
    // The words right before the name are the authority in capitals, or the name stands alone in its part.
    const before =
      /(?:^|\s)((?:[^\s\p{Ll}]+\s+)*[^\s\p{Ll}]+)$/u.exec(part.slice(0, name.index).trim())?.[1] ?? '';
    if (part.slice(0, name.index).trim() !== '' && !isCapitals(before)) continue;
    const authority = [before, ...column.slice(Math.max(0, i - 8), i).reverse()].find((p) => isCapitals(p));
    if (authority === undefined) continue;
    if (strict && !AUTHORITY.test(` ${authority} `)) continue;
    return name[1];
  }
  return null;
}
