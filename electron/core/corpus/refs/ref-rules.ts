// Shapes of the cross-reference and defined-term rule tables; one table per language (ref-rules-en/vi.ts).

/**
 * One internal-reference pattern (flag `g`). Named groups: `pt` point letter, `cl` clause number, `art` article
 * number, `annex` appendix number. Missing levels come from the referring node's own position (`scope`).
 */
export interface InternalRefRule {
  pattern: RegExp;
  /** "this Article" / "Điều này" resolves against the referring article; "this Clause" against its clause. */
  scope: 'document' | 'article' | 'clause';
  /** True when the words "hereof" / "this Decree" already say the reference is internal (no act can follow). */
  selfQualified?: (match: RegExpExecArray) => boolean;
}

/** A language's reference and term rules. */
export interface RefRules {
  /** Ordered from most to least specific; at one position the earlier, longer match wins. */
  internal: InternalRefRule[];
  /** Text right after an article reference that makes it a reference to another act; group `act`. */
  externalTail: RegExp;
  /** Mentions of other acts without an article ("the Land Law", "Decree No.99/2025/NĐ-CP"); group `act`, flag `g`. */
  actMentions: RegExp[];
  /** Heading of the article that defines terms ("Definitions", "Giải thích từ ngữ"). */
  definitionsHeading: RegExp;
  /** A defining clause; group `term`. */
  definition: RegExp;
  /** Words that end an act's name when they trail it ("on", "of"): trimmed off the cited act. */
  trailingConnectors: RegExp;
}
