// Pages, the vertical cursor and the running header/footer. The same layout code runs twice through this class:
// a dry pass that only counts pages (so the footer can say "Page X of Y" without buffering every page in memory),
// then the real pass that draws and streams each finished page out.
import type { Rgb } from './palette';
import type { TextStyle, Typesetter } from './typesetter';
import type { ExportWording } from './wording';

/** Page size and margins in points. */
interface PageGeometry {
  width: number;
  height: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** A4 with a wide left margin for numbered note markers. */
export const A4: PageGeometry = { width: 595.28, height: 841.89, top: 78, bottom: 72, left: 86, right: 62 };

/** What every page repeats: header, footer, protective marking and an optional diagonal watermark. */
export interface PageChrome {
  shortTitle: string;
  marking: string;
  reviewer: string;
  exportedAt: string;
  watermark: string | null;
  /** The words of the footer ("Page 2 of 9" / "Trang 2/9"), in the document's language. */
  words: ExportWording;
}

const GREY: Rgb = [96, 96, 96];
const MARKING: Rgb = [160, 20, 20];

/** Tracks the current page and y position; drawing calls are no-ops in the dry (page-counting) pass. */
export class PageCursor {
  page = 0;
  y = 0;
  private readonly pageEndHooks: (() => void)[] = [];

  constructor(
    readonly ts: Typesetter,
    readonly geo: PageGeometry,
    private readonly chrome: PageChrome,
    /** Known total from the dry pass, or null during the dry pass itself. */
    private readonly totalPages: number | null,
  ) {}

  /** True in the page-counting pass: measure and advance, never draw. */
  get dry(): boolean {
    return this.totalPages === null;
  }
  get left(): number {
    return this.geo.left;
  }
  get width(): number {
    return this.geo.width - this.geo.left - this.geo.right;
  }
  get bottom(): number {
    return this.geo.height - this.geo.bottom;
  }

  /** Registers work that must happen while the current page is still open (annotation dictionaries). */
  onPageEnd(hook: () => void): void {
    this.pageEndHooks.push(hook);
  }

  /** Ends the current page (running hooks) and starts the next with its header, footer and watermark. */
  newPage(): void {
    if (this.page > 0) this.endPage();
    this.page += 1;
    this.y = this.geo.top;
    if (this.dry) return;
    this.ts.doc.addPage({ size: [this.geo.width, this.geo.height], margin: 0 });
    this.drawChrome();
  }

  /** Starts a new page unless `height` more points fit above the bottom margin; true when it broke. */
  ensure(height: number): boolean {
    if (this.page > 0 && this.y + height <= this.bottom) return false;
    this.newPage();
    return true;
  }

  /** Runs the last page's hooks; call once when all content is laid out. */
  finish(): void {
    if (this.page > 0) this.endPage();
  }

  /** Draws a line of text unless dry. */
  text(text: string, x: number, y: number, style: TextStyle): void {
    if (!this.dry) this.ts.draw(text, x, y, style);
  }

  /** Fills a rectangle unless dry. */
  fill(x: number, y: number, w: number, h: number, color: Rgb): void {
    if (!this.dry) this.ts.doc.rect(x, y, w, h).fill([color[0], color[1], color[2]]);
  }

  /** Strokes a straight line unless dry. */
  rule(x1: number, y1: number, x2: number, y2: number, color: Rgb, width = 0.5): void {
    if (this.dry) return;
    this.ts.doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(width).stroke([color[0], color[1], color[2]]);
  }

  private endPage(): void {
    for (const hook of this.pageEndHooks) hook();
  }

  private drawChrome(): void {
    const { geo, chrome, ts } = this;
    const small: TextStyle = { font: 'sans', size: 7.5, color: GREY };
    const mark: TextStyle = { font: 'sansBold', size: 8.5, color: MARKING };
    if (chrome.watermark !== null && chrome.watermark !== '') this.drawWatermark(chrome.watermark);
    const headerY = 40;
    ts.draw(this.fit(chrome.shortTitle, small, this.width * 0.7), this.left, headerY, small);
    if (chrome.marking !== '') {
      const w = ts.measure(mark)(chrome.marking);
      ts.draw(chrome.marking, geo.width - geo.right - w, headerY - 1, mark);
    }
    this.rule(this.left, headerY + 14, geo.width - geo.right, headerY + 14, [170, 170, 170]);
    const footY = geo.height - geo.bottom + 22;
    this.rule(this.left, footY - 6, geo.width - geo.right, footY - 6, [170, 170, 170]);
    const left = chrome.words.footer(chrome.reviewer || '—', chrome.exportedAt);
    ts.draw(this.fit(left, small, this.width * 0.75), this.left, footY, small);
    const pageLabel = chrome.words.page(this.page, this.totalPages ?? 0);
    ts.draw(pageLabel, geo.width - geo.right - ts.measure(small)(pageLabel), footY, small);
    if (chrome.marking !== '') {
      const w = ts.measure(mark)(chrome.marking);
      ts.draw(chrome.marking, (geo.width - w) / 2, footY + 16, mark);
    }
  }

  private drawWatermark(text: string): void {
    const doc = this.ts.doc;
    const style: TextStyle = { font: 'sansBold', size: 60, color: [150, 150, 150] };
    const w = this.ts.measure(style)(text);
    const size = w > this.geo.height * 0.9 ? (60 * this.geo.height * 0.9) / w : 60;
    const cx = this.geo.width / 2;
    const cy = this.geo.height / 2;
    const sized = { ...style, size };
    doc.save();
    doc.rotate(-50, { origin: [cx, cy] });
    doc.fillOpacity(0.13);
    this.ts.draw(text, cx - this.ts.measure(sized)(text) / 2, cy - size / 2, sized);
    doc.restore();
  }

  /** Shortens a furniture string with an ellipsis so it never collides with the right-hand item. */
  private fit(text: string, style: TextStyle, max: number): string {
    const m = this.ts.measure(style);
    if (m(text) <= max) return text;
    let s = text;
    while (s.length > 1 && m(`${s}…`) > max) s = s.slice(0, -1);
    return `${s}…`;
  }
}
