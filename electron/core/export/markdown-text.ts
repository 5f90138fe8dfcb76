// Text made safe for the Markdown notes report: a note, a quote or a title arrives from the reviewer or from an
// imported file, and the report is opened in viewers that render HTML, fetch images and follow links. Nothing in
// it may do either: HTML is escaped, images and links (but in-document anchors) dropped, and bare URLs and
// e-mail addresses — which GitHub-flavoured viewers would turn into links — written as inert code spans.

// A URL with a scheme, a "www." host (GFM's extended autolinks) or an e-mail address; never spanning whitespace,
// angle brackets, backticks or backslashes, so it can sit in a code span verbatim.
const LINKISH =
  /(?:[A-Za-z][A-Za-z0-9+.-]{0,31}:\/\/|www\.)[^\s<>`\\]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
// Characters GFM leaves off the end of an autolink, so "(see https://x.org)." keeps its ")." outside.
const TRAILING = /[).,;:!?'"*_~]+$/;
// A Markdown image or inline link as typed: ![alt](dest "title") or [text](dest), with balanced parentheses
// in the destination as CommonMark allows ([x](javascript:alert(1))).
const MARKDOWN_LINK =
  /(!?)\[([^[\]\n]*)\]\(\s*((?:[^\s()]|\([^\s()]*\))*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g;
// The one kind of link a report may keep: a plain anchor inside the same document.
const IN_DOCUMENT_ANCHOR = /^#[A-Za-z0-9_-]{1,200}$/;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes one run of text without URLs; `formatting` keeps the reviewer's emphasis, lists and quotes. */
function escapeRun(text: string, formatting: boolean): string {
  if (!formatting) return escapeHtml(text).replace(/([\\`*_[\]#|])/g, '\\$1');
  // Backslashes and backticks are escaped too, so no typed character can open or undo a code span of ours.
  return text
    .replace(/([\\`[\]])/g, '\\$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

/** Escapes text and writes every URL or e-mail address in it as a code span, which no viewer links. */
function escapeWithInertUrls(text: string, formatting: boolean): string {
  let out = '';
  let at = 0;
  for (const match of text.matchAll(LINKISH)) {
    const url = match[0].replace(TRAILING, '');
    if (url === '') continue;
    out += escapeRun(text.slice(at, match.index), formatting) + '`' + url + '`';
    at = match.index + url.length;
  }
  return out + escapeRun(text.slice(at), formatting);
}

/** One line of a title, citation, quote, reviewer or marking: literal text, whitespace folded. */
export function markdownInline(text: string): string {
  return escapeWithInertUrls(text.replace(/\s+/g, ' '), false);
}

/** One line of a note: the reviewer's Markdown emphasis kept; HTML escaped; images and outside links dropped. */
export function markdownNoteLine(line: string): string {
  let out = '';
  let at = 0;
  for (const match of line.matchAll(MARKDOWN_LINK)) {
    const [whole, bang, label = '', dest = ''] = match;
    out += escapeWithInertUrls(line.slice(at, match.index), true);
    const text = escapeWithInertUrls(label, true);
    // An image keeps only its description; a link keeps its text, and its target only if it is an anchor.
    out += bang === '' && IN_DOCUMENT_ANCHOR.test(dest) ? `[${text}](${dest})` : text;
    at = match.index + whole.length;
  }
  return out + escapeWithInertUrls(line.slice(at), true);
}
