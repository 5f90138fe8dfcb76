// Deep links `lectern://<docId>/<eId>`: one parser for the renderer (typed into search, the URL hash) and the
// main process (links opened from the OS: argv on Windows/Linux, `open-url` on macOS). Pure: no Node or DOM.

/** A place in a document a deep link points at; `eId` null means the document's start. */
export interface DeepLinkTarget {
  docId: string;
  eId: string | null;
}

/** The URL scheme registered with the OS by the installers (build/electron-builder.config.ts `protocols`). */
export const DEEP_LINK_SCHEME = 'lectern';

const DEEP_LINK = /^lectern:\/\/([a-z0-9][a-z0-9-]{0,199})(?:\/([a-z0-9_]{0,200}))?\/?$/u;

/** Parses `lectern://<docId>/<eId>` (eId optional); null for anything else, including oversized ids. */
export function parseDeepLink(text: string): DeepLinkTarget | null {
  const m = DEEP_LINK.exec(text.trim());
  if (!m?.[1]) return null;
  return { docId: m[1], eId: m[2] ? m[2] : null };
}

/** Formats the deep link of a place. */
export function formatDeepLink(target: DeepLinkTarget): string {
  return `${DEEP_LINK_SCHEME}://${target.docId}${target.eId ? `/${target.eId}` : ''}`;
}

/** The last deep link among command-line arguments (how Windows and Linux hand a clicked link to the app). */
export function deepLinkFromArgv(argv: readonly string[]): DeepLinkTarget | null {
  for (let i = argv.length - 1; i >= 0; i -= 1) {
    const arg = argv[i];
    if (arg?.startsWith(`${DEEP_LINK_SCHEME}://`)) return parseDeepLink(arg);
  }
  return null;
}
