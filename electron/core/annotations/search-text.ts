// What search sees of an annotation: its note (or, for a bare highlight, the quoted words) and its tags.
// Stored folded in `annotations.search_text` so a LIKE finds "bi mat" in a note that says "bí mật".
import { fold } from '../search/normalize.js';

/** The displayed text of a note hit and its folded form for matching. */
export function noteSearchText(
  note: string,
  quote: string | null,
  tags: readonly string[],
): { text: string; folded: string } {
  const body = note || quote || '';
  const text = tags.length > 0 ? `${body}${body ? '\n' : ''}Tags: ${tags.join(', ')}` : body;
  return { text, folded: fold(text) };
}

/** SQL for one annotation's tag names as a JSON array, sorted case-insensitively; correlated on `annotations.id`. */
export const TAGS_JSON_SQL = `(SELECT json_group_array(name) FROM (SELECT t.name FROM annotation_tags x
  JOIN tags t ON t.id = x.tag_id WHERE x.annotation_id = annotations.id ORDER BY t.name COLLATE NOCASE))`;
