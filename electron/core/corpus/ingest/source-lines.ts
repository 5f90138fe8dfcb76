// Splits a source text into lines and removes what is not part of the document (page furniture, web leftovers),
// recording every removal so the fidelity test can account for exactly what was dropped.
import { LecternError } from '../../errors';

/**
 * A cell the source says is empty, written by extractors that know it (a DOCX or HTML cell with no text, which
 * is not part of a cell merged down): it never continues the cell above. A plain empty cell stays what the text
 * format has always meant (the bundled seeds, plain text, a PDF that cannot tell): the cell above goes on.
 */
export const EMPTY_CELL = '\u001F';

/** Per-source removals, declared in the source's metadata with the reason. */
export interface ExclusionRules {
  /** Number of leading lines that are not part of the document (e.g. a page timestamp). */
  dropLeadingLines?: number;
  /** A pattern for the line from which everything to the end is web-page leftovers ("Your Comment (0)"). */
  cutFromLine?: string;
}

/** A removed stretch of the source. */
export interface ExcludedText {
  reason: 'leading' | 'trailing';
  lines: string[];
}

/** The lines that make up the document, plus what was excluded. */
interface SourceLines {
  lines: string[];
  excluded: ExcludedText[];
}

/** Normalises line endings and a BOM, then applies the exclusions; a rule that matches nothing is an error. */
export function sourceLines(text: string, rules: ExclusionRules = {}): SourceLines {
  let lines = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  const excluded: ExcludedText[] = [];
  const lead = rules.dropLeadingLines ?? 0;
  if (lead > 0) {
    excluded.push({ reason: 'leading', lines: lines.slice(0, lead) });
    lines = lines.slice(lead);
  }
  if (rules.cutFromLine !== undefined) {
    const pattern = new RegExp(rules.cutFromLine, 'u');
    const at = lines.findIndex((l) => pattern.test(l.trim()));
    if (at < 0) {
      throw new LecternError(
        'INVALID_INPUT',
        `The exclusion rule /${rules.cutFromLine}/ matches no line; fix the source's metadata.`,
      );
    }
    excluded.push({ reason: 'trailing', lines: lines.slice(at) });
    lines = lines.slice(0, at);
  }
  return { lines, excluded };
}

/** True for lines that hold no text (spaces, tabs, no-break spaces). */
export function isBlank(line: string): boolean {
  return line.trim() === '';
}
