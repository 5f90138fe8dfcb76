// Document ids for imported documents: a slug of the act's number ("decree-17-2031", like the bundled
// "decree-63-2020") or of its title, in the same alphabet as the bundled ids.

/** The shape every document id has (lower-case ASCII words joined by hyphens). */
export const DOC_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** Lower-case ASCII words: tone marks removed, đ → d, everything else a separator. */
export function slugify(text: string, maxLength = 60): string {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter((w) => w !== '');
  let slug = '';
  for (const w of words) {
    const next = slug === '' ? w : `${slug}-${w}`;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug;
}

/**
 * The proposed id: `<kind>-<n>-<year>` for a numbered act ("decree-19-2019", "code-91-2015"), `<kind>-<number>`
 * for a number without a year ("consolidated-44-vbhn-vpqh"), else the title's slug.
 */
export function proposeDocId(meta: { kind: string; number: string | null; title: string }): string {
  const numbered = meta.number === null ? null : /^(\d+)\/(\d{4})\//u.exec(meta.number);
  if (numbered !== null && meta.kind !== 'other')
    return `${meta.kind}-${numbered[1] ?? ''}-${numbered[2] ?? ''}`;
  if (meta.number !== null)
    return (
      slugify(meta.kind === 'other' ? meta.number : `${meta.kind} ${meta.number}`) || 'imported-document'
    );
  return slugify(meta.title) || 'imported-document';
}
