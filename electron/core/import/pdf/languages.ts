// Tells a heading's translation from its wrapped part: bilingual forms set a Vietnamese title in capitals and its
// English translation in capitals on the next line, centred alike, two paragraphs in the source.

/** Letters only Vietnamese writes: the marked vowels and đ. */
const VIETNAMESE = /[ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu;
/** Letters the Vietnamese alphabet lacks. */
const FOREIGN = /[fjwz]/iu;

const capitals = (text: string): boolean => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/**
 * True when `next` is an English line in capitals below a Vietnamese one (no Vietnamese letter, some letter
 * Vietnamese lacks, at least three words), so that it translates `prev` rather than continuing it. A Vietnamese
 * line ending in a slash ("CƠ QUAN ĐĂNG KÝ/") has its translation in the same paragraph, wrapped after the slash.
 */
export function startsTranslation(prev: string, next: string): boolean {
  return (
    capitals(prev) &&
    !/\/\s*$/u.test(prev) &&
    capitals(next) &&
    VIETNAMESE.test(prev) &&
    !VIETNAMESE.test(next) &&
    FOREIGN.test(next) &&
    next.trim().split(/\s+/u).length >= 3
  );
}
