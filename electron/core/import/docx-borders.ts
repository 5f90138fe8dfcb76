// How a DOCX table draws its borders, read from WordprocessingML: a side of a cell is set by the cell
// (`w:tcBorders`), the row's exceptions (`w:tblPrEx`), the table (`w:tblBorders`) and its style (styles.xml,
// through `w:basedOn`), the first that says. mammoth drops all of it; the layout passes that need it
// (docx-layout-bands.ts, docx-nested-layout.ts, docx-layout-rows.ts) read it here.

/** A resolved border side: drawn, explicitly not drawn, or not said at this level. */
export type Side = 'line' | 'none' | undefined;

/** The four sides of a border set (tcBorders, tblBorders' outer sides). */
export interface Borders {
  top: Side;
  bottom: Side;
  insideH: Side;
}

const DRAWN_NOT = new Set(['nil', 'none']);

/** A border side, in any border element, that draws a line (cell margins carry no `w:val`). */
export const DRAWN_SIDE =
  /<w:(?:top|bottom|left|right|start|end|insideH|insideV)\b[^>]*\bw:val="(?!nil"|none")[^"]*"/u;
/** A shading that paints something (not none, not white). */
export const SHADED = /<w:shd\b[^>]*\bw:fill="(?!auto"|FFFFFF"|ffffff")[^"]*"/u;

/** One side of a border element: `<w:top w:val="single" …/>`. */
function sideOf(borders: string, name: string): Side {
  const m = new RegExp(`<w:${name}\\b[^>]*\\bw:val="([^"]*)"`, 'u').exec(borders);
  if (m === null) return undefined;
  return DRAWN_NOT.has(m[1] ?? '') ? 'none' : 'line';
}

/** The sides set by the first `<w:NAME>…</w:NAME>` border element of `xml` (all undefined without one). */
export function bordersIn(xml: string, name: 'tcBorders' | 'tblBorders'): Borders {
  const m = new RegExp(`<w:${name}>([\\s\\S]*?)</w:${name}>`, 'u').exec(xml);
  const inner = m?.[1] ?? '';
  return { top: sideOf(inner, 'top'), bottom: sideOf(inner, 'bottom'), insideH: sideOf(inner, 'insideH') };
}

/** The first defined side, or 'none' (Word draws no border that no level sets). */
export const firstSaid = (...sides: Side[]): 'line' | 'none' => sides.find((s) => s !== undefined) ?? 'none';

/** The table styles of a styles part: each one's XML and the style it is based on. */
function tableStyles(stylesXml: string): Map<string, { xml: string; basedOn: string | null }> {
  const out = new Map<string, { xml: string; basedOn: string | null }>();
  // Opening and closing tags paired in one scan (styles do not nest), so a part of unclosed styles stays linear.
  let open: { at: number; tag: string } | null = null;
  for (const m of stylesXml.matchAll(/<w:style\b[^>]*>|<\/w:style>/gu)) {
    if (m[0] !== '</w:style>') {
      open = { at: m.index, tag: m[0] };
      continue;
    }
    if (open === null) continue;
    const id = /w:styleId="([^"]*)"/u.exec(open.tag)?.[1];
    if (id !== undefined && /w:type="table"/u.test(open.tag)) {
      const xml = stylesXml.slice(open.at, m.index + m[0].length);
      out.set(id, { xml, basedOn: /<w:basedOn w:val="([^"]*)"/u.exec(xml)?.[1] ?? null });
    }
    open = null;
  }
  return out;
}

/** A style's chain: itself, what it is based on, and so on (a loop stops at the first repeat). */
function chainOf(id: string, styles: ReadonlyMap<string, { basedOn: string | null }>): string[] {
  const chain: string[] = [];
  for (let at: string | null = id; at !== null && !chain.includes(at); at = styles.get(at)?.basedOn ?? null)
    chain.push(at);
  return chain;
}

const NOTHING: Borders = { top: undefined, bottom: undefined, insideH: undefined };

/**
 * Table styles' borders by style id, each merged with what it is based on; a style with conditional formats
 * (`w:tblStylePr`, first row and the like) counts as drawing everywhere, as those can frame any cell.
 */
export function tableStyleBorders(stylesXml: string): Map<string, Borders> {
  const styles = tableStyles(stylesXml);
  const own = (id: string): Borders => {
    const xml = styles.get(id)?.xml ?? '';
    return xml.includes('<w:tblStylePr')
      ? { top: 'line', bottom: 'line', insideH: 'line' }
      : bordersIn(xml, 'tblBorders');
  };
  const out = new Map<string, Borders>();
  for (const id of styles.keys()) {
    const chain = chainOf(id, styles).map(own);
    const pick = (side: keyof Borders): Side => chain.find((b) => b[side] !== undefined)?.[side];
    out.set(id, { ...NOTHING, top: pick('top'), bottom: pick('bottom'), insideH: pick('insideH') });
  }
  return out;
}

/**
 * Whether each table style draws anything (a border side, a shading, conditional formats), itself or through
 * what it is based on; a base's line that a style switches off still counts, as the safe side for a caller that
 * only reads a table as layout when it draws nothing.
 */
export function tableStyleLines(stylesXml: string): Map<string, boolean> {
  const styles = tableStyles(stylesXml);
  const draws = (id: string): boolean => {
    const xml = styles.get(id)?.xml ?? '';
    return xml.includes('<w:tblStylePr') || SHADED.test(xml) || DRAWN_SIDE.test(xml);
  };
  return new Map([...styles.keys()].map((id) => [id, chainOf(id, styles).some(draws)]));
}
