// English cross-reference and defined-term rules, as used in official English translations of Vietnamese law.
import type { RefRules } from './ref-rules';

const PT = String.raw`(?<pt>dd|[a-zđ])`;
const SELF = String.raw`(?<self>\s+(?:hereof|hereto|of this (?:Decree|Law|Code|Circular|Decision|Ordinance|Resolution)))?`;
const hasSelf = (m: RegExpExecArray): boolean => m.groups?.self !== undefined;

/** English reference rules. */
export const REF_RULES_EN: RefRules = {
  internal: [
    {
      pattern: new RegExp(
        String.raw`\b[Pp]oint\s+${PT}\s*,?\s+(?:of\s+)?[Cc]lause\s+(?<cl>\d+)\s*,?\s+(?:of\s+)?Article\s+(?<art>\d+)\b${SELF}`,
        'gu',
      ),
      scope: 'document',
      selfQualified: hasSelf,
    },
    {
      pattern: new RegExp(
        String.raw`\b[Pp]oint\s+${PT}\s*,?\s+(?:of\s+)?[Cc]lause\s+(?<cl>\d+)\s+of\s+this\s+Article\b`,
        'gu',
      ),
      scope: 'article',
    },
    {
      pattern: new RegExp(
        String.raw`\b[Cc]lause\s+(?<cl>\d+)\s*,?\s+(?:of\s+)?Article\s+(?<art>\d+)\b${SELF}`,
        'gu',
      ),
      scope: 'document',
      selfQualified: hasSelf,
    },
    { pattern: /\b[Cc]lause\s+(?<cl>\d+)\s+of\s+this\s+Article\b/gu, scope: 'article' },
    { pattern: new RegExp(String.raw`\b[Pp]oint\s+${PT}\s+of\s+this\s+Clause\b`, 'gu'), scope: 'clause' },
    {
      pattern: new RegExp(String.raw`\bArticle\s+(?<art>\d+[a-z]?)\b${SELF}`, 'gu'),
      scope: 'document',
      selfQualified: hasSelf,
    },
    {
      pattern:
        /\b(?:the\s+)?Appendix(?:\s+(?<annex>[IVX]+|\d+))?\s+(?:hereto|to this Decree|enclosed herewith)/gu,
      scope: 'document',
      selfQualified: () => true,
    },
  ],
  externalTail:
    /^\s+of\s+(?:the\s+)?(?<act>(?:Law|Decree|Ordinance|Code|Resolution|Circular|Decision)\b(?:\s+(?:[\p{Lu}\d][\p{L}\d’'./-]*|on|of|and|No\.?))*)/u,
  actMentions: [
    /\b(?<act>Law\s+on(?:\s+(?:\p{Lu}[\p{L}’'-]*|and|of|\d{4}))+)/gu,
    /\b(?<act>(?:(?!(?:The|This|That|Such|A|An)\s)\p{Lu}[\p{L}’'-]*\s+)+Law)\b/gu,
    /\b(?<act>(?:Decree|Decision|Resolution|Circular|Directive)\s+No\.\s?[\p{L}\p{N}./-]*[\p{L}\p{N}])/gu,
  ],
  definitionsHeading: /^(?:Definitions|Interpretation(?: of terms)?|Terms and definitions)\b/iu,
  definition: /^[“"](?<term>[^”"]+)[”"]\s+(?:means|refers to|is defined as)\b/u,
  trailingConnectors: /(?:\s+(?:on|of|and|No\.?))+$/u,
};
