// The annotations side of the search seam (electron/core/search/notes-seam.ts): candidate notes for a parsed
// query, found with LIKE on the folded `search_text`; SearchService re-checks and ranks them and marks them as notes.
import type Database from 'better-sqlite3';
import type { NoteHit, NoteSearchProvider } from '../search/notes-seam.js';
import type { ParsedQuery } from '../search/types.js';
import type { AnnotationPart } from './model.js';
import { passageQuote } from './passage-text.js';
import { noteSearchText } from './search-text.js';

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

interface Row {
  id: string;
  doc_id: string;
  e_id: string;
  note: string;
  quote: string | null;
  continues: string;
  tags: string;
}

/** The quoted words of a row: a passage's parts joined (passage-text.ts), or null for a whole-provision note. */
function rowQuote(r: Row): string | null {
  if (r.quote === null) return null;
  return passageQuote({
    target: { quote: { exact: r.quote } },
    continues: JSON.parse(r.continues) as AnnotationPart[],
  });
}

/** A NoteSearchProvider over user.sqlite: live (not deleted) notes containing every folded word, newest first. */
export function createNoteSearchProvider(db: Database.Database): NoteSearchProvider {
  return {
    searchNotes(query: ParsedQuery, opts: { docId?: string; limit: number }): NoteHit[] {
      const words = [
        ...query.terms.map((t) => t.folded),
        ...(query.prefix ? [query.prefix.folded] : []),
      ].filter((w) => w.length > 0);
      if (words.length === 0 || opts.limit <= 0 || !db.open) return [];
      const where = ['a.deleted IS NULL', ...words.map(() => "a.search_text LIKE ? ESCAPE '\\'")];
      const params: (string | number)[] = words.map((w) => `%${escapeLike(w)}%`);
      if (opts.docId !== undefined) {
        where.push('a.doc_id = ?');
        params.push(opts.docId);
      }
      const rows = db
        .prepare(
          `SELECT a.id, a.doc_id, a.e_id, a.note, a.quote_exact AS quote, a.continues_json AS continues, a.tags_json AS tags
           FROM annotations a WHERE ${where.join(' AND ')} ORDER BY a.updated DESC LIMIT ?`,
        )
        .all(...params, opts.limit) as Row[];
      return rows.map((r) => ({
        annotationId: r.id,
        docId: r.doc_id,
        eId: r.e_id,
        text: noteSearchText(r.note, rowQuote(r), JSON.parse(r.tags) as string[]).text,
      }));
    },
  };
}
