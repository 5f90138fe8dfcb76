// Parses an appendix: its title lines, then a table written as blocks of tab-prefixed cells separated by blank
// lines. A block whose cells all repeat one text is a group row (a merged cell); an empty cell continues the
// cell above (one the source says is empty, EMPTY_CELL, does not), and is stored resolved and marked `continued`
// so the UI can draw a merged cell. A free line between
// rows ends the table, so nothing continues across it; a row with no text is skipped. Rows and paragraphs without
// a number of their own get ids from their first words (annex-ids.ts), so they are the same in every format.
import type { CorpusNode, TableCell } from '../model';
import { ContentIds, textSlug } from './annex-ids';
import { EMPTY_CELL, isBlank } from './source-lines';
import type { StructureRules } from './structure-rules';
import type { TreeBuilder } from './tree-builder';
import { appendLine } from './tree-builder';

type Block = { kind: 'cells'; cells: string[] } | { kind: 'line'; text: string };

/** Groups appendix lines into table blocks (runs of tab-prefixed lines) and free lines. */
function blocksOf(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let run: string[] | null = null;
  for (const line of lines) {
    if (line.startsWith('\t')) {
      run ??= [];
      run.push(formText(line.trim()));
      continue;
    }
    if (run !== null) blocks.push({ kind: 'cells', cells: run });
    run = null;
    if (!isBlank(line)) blocks.push({ kind: 'line', text: formText(line.trim()) });
  }
  if (run !== null) blocks.push({ kind: 'cells', cells: run });
  return blocks;
}

/** A blank of a form to fill in, however the source draws it (dots, an ellipsis, a DOCX leader tab). */
export const FILL_IN_BLANK = '…';

/**
 * A form's blanks written one way: a run of leader dots or ellipses (". . .", "……….", a DOCX leader tab) with the
 * spaces around it becomes one "…". How long a blank is drawn, and whether a line wrapped beside it, is layout:
 * "ngày ......tháng" in a PDF and "ngày…tháng" in its DOCX are the same form.
 */
const withBlanks = (text: string): string =>
  text.replace(/[ \t]*(?:…|\.(?:[ ]?[.…])+)(?:[ ]?[.…])*[ \t]*/gu, FILL_IN_BLANK);

/**
 * A form's text as compared across formats: blanks written one way, and a leading item number spaced from its
 * text ("3.Thuộc" → "3. Thuộc": a PDF loses the tab a DOCX puts there when the number fills the tab's width).
 */
const formText = (text: string): string =>
  withBlanks(text).replace(/^(\d{1,3}(?:\.\d{1,3})*\.)(?=\p{Lu})/u, '$1 ');

/** A cell's own text: EMPTY_CELL is no text. */
const ownCell = (cell: string): string => (cell === EMPTY_CELL ? '' : cell);

const isNumber = (cell: string | undefined): boolean => cell !== undefined && /^\d+$/u.test(cell);

/** Parses one appendix (its first line is the appendix marker) as `annex_<index>`. */
export function parseAnnex(
  lines: readonly string[],
  index: number,
  rules: StructureRules,
  b: TreeBuilder,
): void {
  const marker = (lines[0] ?? '').trim();
  const annex = b.add({
    eId: `annex_${index}`,
    parent: null,
    kind: 'annex',
    num: rules.appendix.exec(marker)?.groups?.num ?? null,
    heading: marker,
  });
  let group: CorpusNode | null = null;
  let above: TableCell[] = [];
  let tableStarted = false;
  const ids = new ContentIds(b);
  // The form ("Mẫu số 02a") the rows and paragraphs belong to, as part of their ids: a row read differently in
  // one form (a PDF's borderless table) then renumbers nothing in the forms after it.
  let form = '';
  for (const block of blocksOf(lines.slice(1))) {
    if (block.kind === 'line') {
      // A line between two rows ends the table: an empty cell after it starts blank, never copies a cell of
      // the table before (a form's next table has other columns).
      above = [];
      // A line that is one blank (fill-in dots alone) is no text: a PDF prints what a DOCX draws as a tab.
      if (block.text === FILL_IN_BLANK) continue;
      if (!tableStarted) appendLine(annex, block.text);
      else {
        const parent = group ?? annex;
        const opensForm = rules.form.test(block.text);
        b.add({
          eId: ids.idFor(`${parent.eId}${opensForm ? '' : form}__p`, block.text),
          parent,
          kind: 'paragraph',
          text: block.text,
        });
        if (opensForm) form = `__${textSlug(block.text)}`;
      }
      continue;
    }
    const cells = block.cells;
    // A row with no text at all (the blank lines of a form to fill in) is no provision: copying the row above
    // into it would invent a row the source does not have.
    if (cells.every((c) => c === '' || c === EMPTY_CELL)) continue;
    const first = cells[0] ?? '';
    if (!tableStarted && !isNumber(first) && new Set(cells).size === cells.length && annex.cells === null) {
      annex.cells = cells.map((text) => ({ text: ownCell(text), continued: false }));
      tableStarted = true;
      continue;
    }
    tableStarted = true;
    if (cells.length > 1 && first !== '' && cells.every((c) => c === first)) {
      const groupNo = b.nodes.filter((n) => n.parentEId === annex.eId && n.kind === 'annex-group').length + 1;
      group = b.add({
        eId: `${annex.eId}__grp_${groupNo}`,
        parent: annex,
        kind: 'annex-group',
        num: /^(?<num>[IVXLC]+)\.\s/u.exec(first)?.groups?.num ?? null,
        heading: first,
        cells: cells.map((text) => ({ text: ownCell(text), continued: false })),
      });
      continue;
    }
    // A row may stop short of the last column (the source's final row does). A cell the source wrote empty
    // continues the cell above; a missing one only goes on with a merged cell already running down its column,
    // or a full-width row after a two-column one (a form's next table) would invent a copy of the right cell.
    const width = Math.max(cells.length, annex.cells?.length ?? 0);
    const resolved = Array.from({ length: width }, (_, col): TableCell => {
      const text = cells[col];
      const prev = above[col];
      if (text === EMPTY_CELL) return { text: '', continued: false };
      if (text === undefined)
        return prev?.continued === true
          ? { text: prev.text, continued: true }
          : { text: '', continued: false };
      return text === '' && prev !== undefined && prev.text !== ''
        ? { text: prev.text, continued: true }
        : { text, continued: false };
    });
    const parent = group ?? annex;
    const num = isNumber(first) ? first : null;
    b.add({
      eId:
        num === null
          ? ids.idFor(`${parent.eId}${form}__row_x`, ownText(resolved))
          : `${parent.eId}${form}__row_${num}`,
      parent,
      kind: 'annex-row',
      num,
      cells: resolved,
    });
    above = resolved;
  }
}

/** The text a row is known by: its first cell with text of its own (not continued from the row above). */
function ownText(cells: readonly TableCell[]): string {
  return cells.find((c) => !c.continued && c.text !== '')?.text ?? '';
}
