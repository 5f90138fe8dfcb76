// Vietnamese cross-reference and defined-term rules ("điểm a khoản 1 Điều 11", "khoản 2 Điều này",
// "Điều 3 của Bộ luật này", the Legal Code's "Điều 1.6.LQ.16."). Kind words come from the one vocabulary.
import { DOCUMENT_KINDS } from '../document-kinds';
import type { RefRules } from './ref-rules';

/** Kinds of act a text can cite by name, longest first so "Thông tư liên tịch" wins over "Thông tư". */
const ACT_WORDS = [...DOCUMENT_KINDS.filter((k) => k.official).map((k) => k.vi), 'Chỉ thị']
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Not a letter or digit: `\b` only knows ASCII, so it never sees the end of "này" or "đến". */
const END = String.raw`(?![\p{L}\p{N}])`;

/** Words that never belong to an act's name, so a cited name stops before them ("Bộ luật Dân sự năm 2015 | bắt đầu"). */
const STOP = [
  'ngày',
  'để',
  'bắt',
  'có',
  'được',
  'thì',
  'mà',
  'khi',
  'nếu',
  'đã',
  'đang',
  'sẽ',
  'theo',
  'tại',
  'trong',
  'cho',
  'với',
  'từ',
  'đến',
  'này',
  'đó',
  'là',
  'và',
  'về',
  'quy',
  'hoặc',
  'các',
  'những',
  'phải',
  'không',
  'hướng',
  'ban',
  'hết',
  'sửa',
  'bổ',
  'thay',
  'áp',
  'thi',
  'đối',
  'gồm',
  'như',
  'bị',
  'do',
  'trên',
  'sau',
  'trước',
  'vào',
  'nhưng',
  'vì',
  'nên',
  'cũng',
  'chỉ',
  'còn',
  'của',
].join('|');

/** One word of an act's name: anything but a stop word or punctuation. */
const NAME_WORD = String.raw`(?!(?:${STOP})${END})[^\s,.;:()“”"]+`;

/** An article number: plain, inserted ("12a") or codified ("1.11.LQ.1"), as the structure rules read it. */
const ART = String.raw`(?<art>\d+(?:\.\d+)+\.[A-ZĐ]{1,6}(?:\.\d+)+|\d+[a-zđ]?)${END}`;
const PT = String.raw`(?<pt>dd|[a-zđ]\d?)`;
const CL = String.raw`(?<cl>\d+[a-zđ]?)`;
const SELF = String.raw`(?<self>\s+(?:của\s+)?(?:${ACT_WORDS})\s+này${END})?`;
const hasSelf = (m: RegExpExecArray): boolean => m.groups?.self !== undefined;

/** Vietnamese reference rules. */
export const REF_RULES_VI: RefRules = {
  internal: [
    {
      pattern: new RegExp(String.raw`(?<![\p{L}])điểm\s+${PT}\s+khoản\s+${CL}\s+Điều\s+${ART}${SELF}`, 'giu'),
      scope: 'document',
      selfQualified: hasSelf,
    },
    {
      pattern: new RegExp(String.raw`(?<![\p{L}])điểm\s+${PT}\s+khoản\s+${CL}\s+Điều\s+này${END}`, 'giu'),
      scope: 'article',
    },
    {
      pattern: new RegExp(String.raw`(?<![\p{L}])khoản\s+${CL}\s+Điều\s+${ART}${SELF}`, 'giu'),
      scope: 'document',
      selfQualified: hasSelf,
    },
    {
      pattern: new RegExp(String.raw`(?<![\p{L}])khoản\s+${CL}\s+Điều\s+này${END}`, 'giu'),
      scope: 'article',
    },
    { pattern: new RegExp(String.raw`(?<![\p{L}])điểm\s+${PT}\s+khoản\s+này${END}`, 'giu'), scope: 'clause' },
    {
      pattern: new RegExp(String.raw`(?<![\p{L}])Điều\s+${ART}${SELF}`, 'gu'),
      scope: 'document',
      selfQualified: hasSelf,
    },
    {
      pattern: new RegExp(
        String.raw`(?<![\p{L}])Phụ lục(?:\s+(?<annex>[IVX]+|\d+))?\s+(?:ban hành\s+)?kèm theo\s+(?:${ACT_WORDS})\s+này${END}`,
        'gu',
      ),
      scope: 'document',
      selfQualified: () => true,
    },
  ],
  externalTail: new RegExp(
    String.raw`^\s+(?:của\s+)?(?<act>(?:${ACT_WORDS})(?!\s+này${END})(?:\s+${NAME_WORD}){1,10})`,
    'u',
  ),
  actMentions: [
    new RegExp(String.raw`(?<![\p{L}])(?<act>(?:${ACT_WORDS})\s+số\s+[\p{L}\p{N}./-]*[\p{L}\p{N}])`, 'gu'),
    new RegExp(
      String.raw`(?<![\p{L}])(?<act>(?:Bộ luật|Luật)\s+\p{Lu}[\p{L}]*(?:\s+${NAME_WORD}){0,8})`,
      'gu',
    ),
  ],
  definitionsHeading: /^Giải thích từ ngữ/iu,
  definition: /^(?<term>[^.:;]{2,80}?)\s+là\s/u,
  trailingConnectors: /(?:\s+(?:của|về|và|năm|ngày|số))+$/u,
};
