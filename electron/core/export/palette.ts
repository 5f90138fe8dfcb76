// Print colours for the eight named highlight colours, shared by the PDF exporter and (optionally) the UI.
import type { AnnotationColor } from '../annotations/model';

/** An RGB triple, 0–255 per channel. */
export type Rgb = readonly [number, number, number];

/** How one named colour prints: a pale fill behind text, and a darker ink for markers and rules. */
interface PrintColor {
  label: string;
  /** Pale enough that black body text stays legible over it on paper and screen. */
  fill: Rgb;
  /** Saturated enough for a 1 pt rule or a small numbered marker to read in greyscale print. */
  ink: Rgb;
}

/** The print palette; names are the stable identifiers from the annotation model. */
export const PRINT_PALETTE: Readonly<Record<AnnotationColor, PrintColor>> = {
  yellow: { label: 'Yellow', fill: [255, 240, 140], ink: [176, 138, 0] },
  green: { label: 'Green', fill: [190, 235, 180], ink: [46, 125, 50] },
  blue: { label: 'Blue', fill: [188, 220, 250], ink: [21, 101, 192] },
  pink: { label: 'Pink', fill: [250, 200, 225], ink: [194, 24, 91] },
  orange: { label: 'Orange', fill: [255, 214, 165], ink: [230, 108, 0] },
  purple: { label: 'Purple', fill: [222, 205, 245], ink: [106, 27, 154] },
  red: { label: 'Red', fill: [250, 190, 185], ink: [198, 40, 40] },
  grey: { label: 'Grey', fill: [222, 222, 222], ink: [97, 97, 97] },
};

/** A colour as PDF wants it in annotation dictionaries (`/C`): three numbers in 0–1. */
export function pdfColor(rgb: Rgb): [number, number, number] {
  return [rgb[0] / 255, rgb[1] / 255, rgb[2] / 255];
}
