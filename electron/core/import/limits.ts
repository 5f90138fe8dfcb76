// Limits on what the importer accepts, shared by the service, the CLI and the IPC layer's messages. Each number
// is defined once here; the refusal messages (budget.ts, limit-error.ts) are written from these constants. The
// largest real acts in ../shared/real-docs are the reference: Decree 99/2022 (DOCX: 8 MB of XML, 157k
// elements, 4.9k paragraphs) and the consolidated Land Law (PDF: 1.6 MB, 552k characters of text).

const MB = 1024 * 1024;

/** Largest file the importer reads (the 20 MB); bigger files are refused before parsing. */
export const MAX_IMPORT_BYTES = 20 * MB;

/** Parts in a DOCX zip: real acts hold 16–125 (images included); a zip of 10,000 is a bomb, not a document. */
export const MAX_DOCX_ENTRIES = 10_000;

/** Bytes inflated out of a DOCX: 8× the largest real act's 8 MB, and inflating 64 MB takes well under a second. */
export const MAX_DOCX_INFLATED_BYTES = 64 * MB;

/** XML elements across a DOCX's parts: 2.5× Decree 99/2022's 157k; mammoth's DOM costs ~2.6 KB per element. */
export const MAX_DOCX_XML_ELEMENTS = 400_000;

/** Paragraphs (w:p) in a DOCX: 20× the largest real act (4,927); a paragraph costs mammoth and the parser a node. */
export const MAX_DOCX_PARAGRAPHS = 100_000;

/** Pages of a PDF: a printed code of law runs to ~1,000; pdf.js needs ~4 ms a page, so 5,000 is ~20 s at worst. */
export const MAX_PDF_PAGES = 5_000;

/** Text items in a PDF (runs pdf.js reports): 15× Decree 99/2022's 16k; each costs ~0.1 ms to read and lay out. */
export const MAX_PDF_TEXT_ITEMS = 250_000;

/** Text items on one page: real pages have ~80–400; the line builder spreads a page's items into Math.min/max. */
export const MAX_PDF_PAGE_TEXT_ITEMS = 20_000;

/** Drawing operators read for tables: 10× the consolidated Land Law's 190k (227 pages, the most of any real act). */
export const MAX_PDF_OPERATORS = 2_000_000;

/** Bytes inflated from a PDF's non-image streams (fonts included): real acts inflate 0.2–6.6 MB; 256 MB is zlib's ~1 s. */
export const MAX_PDF_INFLATED_BYTES = 256 * MB;

/** Page content (streams but images and fonts) pdf.js must lex, ~1 MB/s: 5× the Land Law's 6.6 MB of all streams. */
export const MAX_PDF_CONTENT_BYTES = 32 * MB;

/** Pixels of one PDF image pdf.js decodes (A3 at 600 dpi is 70M); bigger images are skipped, they hold no text. */
export const MAX_PDF_IMAGE_PIXELS = 100_000_000;

/** Tags and text runs in an HTML page (or a DOCX's HTML): the 262 KB real decree has ~10k; 4 million is ~80 MB. */
export const MAX_HTML_TOKENS = 4_000_000;

/** Nesting of HTML lists: legal texts nest 2–3 deep (clause, point); browsers themselves give up near 512. */
export const MAX_HTML_DEPTH = 256;

/** Characters of extracted text: any text file under MAX_IMPORT_BYTES fits; the Civil Code has 370k. */
export const MAX_TEXT_CHARS = 2 * MAX_IMPORT_BYTES;

/** Lines handed to the structure parser: the largest real act has ~12k; 500k lines is far past any act. */
export const MAX_SOURCE_LINES = 500_000;

/** Nodes (provisions, paragraphs, rows) of one document: the Civil Code has ~5k; each node is stored and indexed. */
export const MAX_NODES = 200_000;

/**
 * Old-generation heap of the worker thread that parses one file (resourceLimits.maxOldGenerationSizeMb): a file
 * that needs more is refused instead of exhausting the core's heap. Decree 99/2022's DOCX, the largest real act,
 * parses within 384 MB (not within 256 MB), as do generated DOCX at the element and paragraph budgets' edge.
 */
export const PARSE_WORKER_HEAP_MB = 512;

/** Young-generation heap of that worker (resourceLimits.maxYoungGenerationSizeMb); V8 sizes it ~32 MB itself. */
export const PARSE_WORKER_YOUNG_HEAP_MB = 64;

/** Wall-clock budget of one file's parse (the worker is terminated after it): the slowest real act takes 3–6 s. */
export const PARSE_TIME_BUDGET_MS = 30_000;
