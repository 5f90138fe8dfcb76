// Vietnamese cross-reference and defined-term rules ("điểm a khoản 1 Điều 11", "khoản 2 Điều này").
import type { RefRules } from './ref-rules';

const PT = String.raw`(?<pt>dd|[a-zđ])`;
const SELF = String.raw`(?<self>\s+(?:của\s+)?(?:Nghị định|Luật|Thông tư|Quyết định|Pháp lệnh|Nghị quyết) này)?`;
const hasSelf = (m: RegExpExecArray): boolean => m.groups?.self !== undefined;

/** Vietnamese reference rules. */
export const REF_RULES_VI: RefRules = {
  internal: [
    {
      pattern: new RegExp(
        String.raw`(?<![\p{L}])điểm\s+${PT}\s+khoản\s+(?<cl>\d+)\s+Điều\s+(?<art>\d+)\b${SELF}`,
        'giu',
      ),
      scope: 'document',
      selfQualified: hasSelf,
    },
    {
      pattern: new RegExp(String.raw`(?<![\p{L}])điểm\s+${PT}\s+khoản\s+(?<cl>\d+)\s+Điều\s+này`, 'giu'),
      scope: 'article',
    },
    {
      pattern: new RegExp(String.raw`(?<![\p{L}])khoản\s+(?<cl>\d+)\s+Điều\s+(?<art>\d+)\b${SELF}`, 'giu'),
      scope: 'document',
      selfQualified: hasSelf,
    },
    { pattern: /(?<![\p{L}])khoản\s+(?<cl>\d+)\s+Điều\s+này/giu, scope: 'article' },
    { pattern: new RegExp(String.raw`(?<![\p{L}])điểm\s+${PT}\s+khoản\s+này`, 'giu'), scope: 'clause' },
    {
      pattern: new RegExp(String.raw`(?<![\p{L}])Điều\s+(?<art>\d+)\b${SELF}`, 'gu'),
      scope: 'document',
      selfQualified: hasSelf,
    },
    {
      pattern:
        /(?<![\p{L}])Phụ lục(?:\s+(?<annex>[IVX]+|\d+))?\s+(?:ban hành\s+)?kèm theo\s+(?:Nghị định|Thông tư|Quyết định) này/gu,
      scope: 'document',
      selfQualified: () => true,
    },
  ],
  externalTail:
    /^\s+(?:của\s+)?(?<act>(?:Bộ luật|Luật|Nghị định|Pháp lệnh|Nghị quyết|Thông tư|Quyết định)(?:\s+(?!về\b|quy\b|và\b)[^\s,.;:()]+){1,8})/u,
  actMentions: [
    /(?<![\p{L}])(?<act>(?:Nghị định|Quyết định|Nghị quyết|Thông tư|Chỉ thị)\s+số\s+[\p{L}\p{N}./-]*[\p{L}\p{N}])/gu,
    /(?<![\p{L}])(?<act>(?:Bộ luật|Luật)\s+\p{Lu}[\p{L}]*(?:\s+(?!về\b|quy\b|và\b|này\b)[\p{L}\d]+){0,6})/gu,
  ],
  definitionsHeading: /^Giải thích từ ngữ/iu,
  definition: /^(?<term>[^.:;]{2,80}?)\s+là\s/u,
  trailingConnectors: /(?:\s+(?:của|về|và|năm))+$/u,
};
