// Proper case for Vietnamese titles and issuers printed in capitals (Vietnamese orthography as Decree
// 30/2020/NĐ-CP, Appendix II sets it): a title capitalises its first letter and the name of a Code, Law or
// Ordinance ("Bộ luật Dân sự", "Luật Đất đai"), everything else lower case; an organisation capitalises the word
// naming its type and the first word of its field ("Hội đồng Thẩm phán Tòa án nhân dân tối cao").

/** Proper nouns that lower-casing would spoil; they keep this spelling wherever they occur. */
const PROPER_NOUNS = [
  'Cộng hòa xã hội chủ nghĩa Việt Nam',
  'Việt Nam',
  'Quốc hội',
  'Chính phủ',
  'Nhà nước',
  'Đảng',
  'Hà Nội',
  'Thành phố Hồ Chí Minh',
  'Mặt trận Tổ quốc',
  'Tòa án nhân dân',
  'Viện kiểm sát nhân dân',
  'Công an nhân dân',
  'Quân đội nhân dân',
];

/** Words that name a type of organisation; the word after one starts its field (Bộ Tư pháp, Văn phòng Quốc hội). */
const ORGAN_TYPES = [
  'ủy ban',
  'uỷ ban',
  'hội đồng',
  'văn phòng',
  'tổng cục',
  'cục',
  'bộ',
  'ban',
  'sở',
  'tòa án',
  'toà án',
  'viện kiểm sát',
  'kiểm toán',
  'ngân hàng',
];

/** Words after an organisation type that describe it rather than name its field ("Ủy ban nhân dân"). */
const NOT_A_FIELD = new Set(['nhân', 'nhà', 'thường', 'và', 'các', 'của']);

/** Words after "Luật"/"Bộ luật" that show it is not the name of one act ("Luật này", "Luật sửa đổi"). */
const NOT_AN_ACT_NAME = new Set([
  'này',
  'số',
  'sửa',
  'về',
  'và',
  'của',
  'các',
  'trong',
  'năm',
  'hiện',
  'đã',
  'được',
  'do',
  'có',
  'khác',
  'liên',
  'tại',
  'theo',
  'hoặc',
  'trên',
  'nêu',
  'đó',
]);

const upperFirst = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** The text with its first letter lower case ("Về đăng ký" → "về đăng ký"), for a name after a kind word. */
export const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** True when a text has letters and none of them are lower case (printed in capitals). */
export const isUpper = (text: string): boolean => /\p{L}/u.test(text) && !/\p{Ll}/u.test(text);

/** Puts the proper nouns back ("việt nam" → "Việt Nam"). */
function restoreProperNouns(text: string): string {
  let out = text;
  for (const noun of PROPER_NOUNS) {
    const re = new RegExp(`(?<!\\p{L})${noun.replace(/ /gu, '\\s+')}(?!\\p{L})`, 'giu');
    out = out.replace(re, noun);
  }
  return out;
}

/** Capitalises the names of Codes, Laws and Ordinances inside a text ("bộ luật dân sự" → "Bộ luật Dân sự"). */
export function capitaliseActNames(text: string): string {
  return text.replace(
    /(?<!\p{L})(?<!pháp\s)(bộ luật|luật|pháp lệnh|hiến pháp)(\s+)(\p{L}+)/giu,
    (all, kind: string, space: string, next: string) => {
      const lowerNext = next.toLocaleLowerCase('vi');
      if (kind.toLocaleLowerCase('vi') === 'hiến pháp') return `Hiến pháp${space}${next}`;
      if (NOT_AN_ACT_NAME.has(lowerNext)) return all;
      return `${upperFirst(kind.toLocaleLowerCase('vi'))}${space}${upperFirst(next)}`;
    },
  );
}

/** A title's name after its kind word: lower case unless the kind names an act, act names capitalised. */
export function viTitleName(name: string, namedAct: boolean): string {
  const base = isUpper(name) ? name.toLocaleLowerCase('vi') : lowerFirst(name);
  const cased = restoreProperNouns(capitaliseActNames(base));
  return namedAct ? upperFirst(cased) : cased;
}

/** A kind word in proper case ("BỘ LUẬT" → "Bộ luật"). */
export const viKindWord = (word: string): string => upperFirst(word.toLocaleLowerCase('vi'));

/** Sentence case for a heading printed in capitals ("AN NINH MẠNG" → "An ninh mạng"). */
export function viSentence(text: string): string {
  if (!isUpper(text)) return text;
  return upperFirst(restoreProperNouns(capitaliseActNames(text.toLocaleLowerCase('vi'))));
}

/** An organisation's name in proper case, by the orthography rule (no better spelling known). */
export function viOrganisation(upper: string): string {
  const words = restoreProperNouns(upper.toLocaleLowerCase('vi')).split(/\s+/u);
  const out = [...words];
  for (let i = 0; i < words.length; i++) {
    const type = ORGAN_TYPES.find((t) => {
      const parts = t.split(' ');
      return parts.every((p, j) => words[i + j]?.toLocaleLowerCase('vi') === p);
    });
    if (type === undefined) continue;
    const size = type.split(' ').length;
    out[i] = upperFirst(out[i] ?? '');
    const next = out[i + size];
    if (next !== undefined && !NOT_A_FIELD.has(next) && /^\p{Ll}/u.test(next))
      out[i + size] = upperFirst(next);
    i += size - 1;
  }
  return upperFirst(out.join(' '));
}

/**
 * An issuer printed in capitals, spelt as the document itself spells it in running text when it does
 * ("Chính phủ ban hành …", "Hội đồng Thẩm phán Tòa án nhân dân tối cao thông qua …"), else by the rule.
 */
export function viIssuer(upper: string, body: string): string {
  if (!isUpper(upper)) return upper;
  const flat = body.replace(/\s+/gu, ' ');
  const lower = flat.toLocaleLowerCase('vi');
  const wanted = upper.replace(/\s+/gu, ' ').toLocaleLowerCase('vi');
  if (lower.length === flat.length && wanted !== '') {
    for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
      const written = flat.slice(at, at + wanted.length);
      const before = flat.charAt(at - 1);
      const after = flat.charAt(at + wanted.length);
      const whole = !/\p{L}/u.test(before) && !/\p{L}/u.test(after);
      if (whole && /^\p{Lu}/u.test(written) && !isUpper(written)) return written;
    }
  }
  return viOrganisation(upper);
}
