// `search "<query>" [--doc ID] [--scope EID] [--limit N] [--lang en|vi]`: the app's search from the command line.
// --lang is the interface language the app would pass: named blocks (preamble, footnote) are labelled in it.
import { LecternError } from '../../core/errors';
import type { CliCommand } from '../command';

const USAGE = 'search "<query>" [--doc ID] [--scope EID] [--limit N] [--lang en|vi] [--json]';

function flagString(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new LecternError('INVALID_INPUT', `--${name} needs a value. Usage: ${USAGE}`);
  }
  return value;
}

/** Why a citation that names an act opened nothing: the act, or that provision of it, is not in the library. */
function actMissing(act: { text: string; docId: string | null }): string {
  return act.docId === null
    ? `${act.text} is not in the library: import it to follow this citation (no other act is opened instead).`
    : `${act.text} (${act.docId}) has no such provision.`;
}

/** Ranked hits grouped by document, with `tookMs`; `--json` prints the SearchResult as is. */
export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'search the corpus (words, "phrases", -exclusions, citations like "Article 6" or "điều 16")',
  usage: [USAGE],
  options: {
    doc: { type: 'string' },
    scope: { type: 'string' },
    limit: { type: 'string' },
    lang: { type: 'string' },
  },
  run(ctx, input) {
    if (input.args.length === 0)
      throw new LecternError('INVALID_INPUT', `Missing "<query>". Usage: ${USAGE}`);
    const query = input.args.join(' ');
    const docId = flagString(input.flags.doc, 'doc');
    const scope = flagString(input.flags.scope, 'scope');
    const limitText = flagString(input.flags.limit, 'limit');
    if (limitText !== undefined && !/^\d+$/.test(limitText)) {
      throw new LecternError('INVALID_INPUT', `--limit must be a whole number (got "${limitText}").`);
    }
    const lang = flagString(input.flags.lang, 'lang');
    if (lang !== undefined && lang !== 'en' && lang !== 'vi') {
      throw new LecternError('INVALID_INPUT', `--lang must be en or vi (got "${lang}").`);
    }
    if (docId !== undefined) ctx.requireDocument(docId);
    const result = ctx.search().search(query, {
      ...(docId === undefined ? {} : { docId }),
      ...(scope === undefined ? {} : { scope }),
      ...(limitText === undefined ? {} : { limit: Number(limitText) }),
      ...(lang === undefined ? {} : { locale: lang }),
    });
    const lines: string[] = [];
    if (result.jump !== null) lines.push(`→ ${result.jump.docId} ${result.jump.eId}`);
    else if (result.act !== null) lines.push(actMissing(result.act));
    if (result.relaxed) lines.push('No provision has every word; showing provisions with most of them.');
    for (const group of result.groups) {
      lines.push(`\n${group.title} (${group.docId})`);
      for (const hit of group.hits) {
        const tag = hit.source === 'note' ? ' [note]' : '';
        lines.push(`  ${hit.score.toFixed(2).padStart(7)}  ${hit.eId}${tag}  ${hit.citation}`);
        lines.push(`           ${hit.excerpt.text}`);
      }
    }
    lines.push(
      `\n${result.total} hit(s) in ${result.tookMs} ms${result.truncated ? ' (query was cut)' : ''}`,
    );
    return { json: result, text: lines.join('\n').trim() };
  },
};
