// Shapes shared by the PDF text-layer rebuilders: positioned text items in, visual lines out.

/** One text run as the PDF placed it (PDF user space: y grows upwards; height is the font size). */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A run of a line's text with no wide gap inside it: one column's share of the line. */
export interface PdfSegment {
  text: string;
  left: number;
  right: number;
}

/** One visual line of a page, superscripts folded in at their place. */
export interface PdfLine {
  text: string;
  left: number;
  right: number;
  /** Font size of the line's main text (superscripts excluded). */
  height: number;
  /** Baseline height on the page. */
  y: number;
  /** How far raised superscripts stick out above the main text (0 without any): they push the line down. */
  raise: number;
  /** The line split at wide gaps; more than one when the line runs across columns. */
  segments: PdfSegment[];
  /** The line's items left to right (superscripts and spaces included), to split it at table cell borders. */
  items: PdfTextItem[];
}
