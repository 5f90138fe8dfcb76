// Which lines open a unit of a legal text, so that they never continue the paragraph above them.
import { structureRules } from '../../corpus/ingest/structure-rules';

const RULES = [structureRules('en'), structureRules('vi')];

/** A line that ends a sentence or a clause (a full stop, semicolon, colon, ! or ?, perhaps before a closing mark). */
export const ENDS_SENTENCE = /[.;:!?]["”’)]?$/u;

/** A list item opened by a dash, bullet or plus sign, or a Roman-numbered heading ("II. …"). */
const LIST_ITEM = /^(?:[-–—•+*]\s|[IVXLC]+\.\s)/u;

/** True for a chapter, section, article or appendix heading: these always start a line. */
export function opensMajorUnit(line: string): boolean {
  return RULES.some((r) => [r.chapter, r.section, r.article, r.appendix].some((p) => p.test(line)));
}

/** True for a clause, point, list item or signature line: these start a line unless the line above runs on. */
export function opensMinorUnit(line: string): boolean {
  return (
    LIST_ITEM.test(line) ||
    RULES.some((r) => [r.clause, r.point, r.signatureOpener].some((p) => p.test(line)))
  );
}
