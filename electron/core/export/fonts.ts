// Embedded fonts for exported PDFs: full DejaVu TTFs (complete Vietnamese coverage), subset by pdfkit on embed.
// No system fonts are used, so the PDF looks the same on every workstation and in every reader.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { LecternError } from '../errors';
import { FontCoverage } from './font-coverage';

/** Font roles the layout uses; body text is serif, notes and page furniture are sans. */
export type FontRole = 'serif' | 'serifBold' | 'serifItalic' | 'serifBoldItalic' | 'sans' | 'sansBold';

const FILES: Record<FontRole, string> = {
  serif: 'DejaVuSerif.ttf',
  serifBold: 'DejaVuSerif-Bold.ttf',
  serifItalic: 'DejaVuSerif-Italic.ttf',
  serifBoldItalic: 'DejaVuSerif-BoldItalic.ttf',
  sans: 'DejaVuSans.ttf',
  sansBold: 'DejaVuSans-Bold.ttf',
};

/** The loaded font files plus what each can draw. */
export interface FontSet {
  data: Record<FontRole, Buffer>;
  coverage: Record<FontRole, FontCoverage>;
}

/** Where the DejaVu TTFs live: the packaged app passes its resources folder, dev and CLI resolve the npm package. */
export function defaultFontsDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

const cache = new Map<string, FontSet>();

/** Loads (once per folder) the six TTFs the exporter embeds; a missing file is a clear error, not a fallback. */
export function loadFonts(fontsDir: string = defaultFontsDir()): FontSet {
  const hit = cache.get(fontsDir);
  if (hit !== undefined) return hit;
  const data = {} as Record<FontRole, Buffer>;
  const coverage = {} as Record<FontRole, FontCoverage>;
  for (const [role, file] of Object.entries(FILES) as [FontRole, string][]) {
    const path = join(fontsDir, file);
    if (!existsSync(path)) throw new LecternError('NOT_FOUND', `Export font missing: ${path}`);
    data[role] = readFileSync(path);
    coverage[role] = FontCoverage.fromFont(data[role], file);
  }
  const set = { data, coverage };
  cache.set(fontsDir, set);
  return set;
}
