// Accumulates nodes in reading order and keeps order, depth and eId uniqueness consistent.
import { LecternError } from '../../errors';
import type { CorpusNode, NodeKind, TableCell } from '../model';

/** What a parser supplies for a new node; order and depth are derived. */
export interface NodeInput {
  eId: string;
  parent: CorpusNode | null;
  kind: NodeKind;
  num?: string | null;
  heading?: string | null;
  text?: string;
  cells?: TableCell[] | null;
}

/** A repeated provision number kept under a suffixed id (imports only; see `renameDuplicates`). */
export interface RenamedDuplicate {
  eId: string;
  renamedTo: string;
}

/** A place where a structure rule did not fit the text: the import preview lists it with its source line. */
export interface ParseWarning {
  /** 1-based line of the extracted source text. */
  line: number;
  message: string;
  /** The provision that kept the line, if any. */
  eId: string | null;
}

/** Builds the flat, ordered node list of one document. */
export class TreeBuilder {
  readonly nodes: CorpusNode[] = [];
  /** Duplicates renamed instead of refused, so an import preview can warn about them. */
  readonly duplicates: RenamedDuplicate[] = [];
  /** Lines the rules could not place with confidence, so the preview says so instead of merging silently. */
  readonly warnings: ParseWarning[] = [];
  private readonly seen = new Set<string>();

  /** `renameDuplicates`: imports keep a repeated number as `<eId>_dup2` and report it; the corpus build refuses it. */
  constructor(
    private readonly docId: string,
    private readonly renameDuplicates = false,
  ) {}

  /** Appends a node; a duplicate eId is an error in the source's numbering, reported with its location. */
  add(input: NodeInput): CorpusNode {
    let eId = input.eId;
    if (this.seen.has(eId)) {
      if (!this.renameDuplicates) {
        throw new LecternError(
          'INVALID_INPUT',
          `Document ${this.docId}: the provision id "${input.eId}" occurs twice; check the numbering in the source.`,
        );
      }
      for (let n = 2; this.seen.has(eId); n++) eId = `${input.eId}_dup${n}`;
      this.duplicates.push({ eId: input.eId, renamedTo: eId });
    }
    this.seen.add(eId);
    const node: CorpusNode = {
      docId: this.docId,
      eId,
      parentEId: input.parent?.eId ?? null,
      kind: input.kind,
      num: input.num ?? null,
      heading: input.heading ?? null,
      text: input.text ?? '',
      order: this.nodes.length,
      depth: input.parent === null ? 0 : input.parent.depth + 1,
      cells: input.cells ?? null,
    };
    this.nodes.push(node);
    return node;
  }

  /** Whether an eId is already taken (parsers use it to number repeated blocks). */
  has(eId: string): boolean {
    return this.seen.has(eId);
  }

  /** Records a warning about source line `line`. */
  warn(line: number, message: string, eId: string | null = null): void {
    this.warnings.push({ line, message, eId });
  }

  /**
   * Moves `node` (added last, a child of its parent) to just after its parent's subtree, so a note attached at
   * the end of parsing (an endnote) still reads with the provision it belongs to; orders are renumbered.
   */
  placeAfterParentSubtree(node: CorpusNode): void {
    const from = this.nodes.indexOf(node);
    const parentAt = this.nodes.findIndex((n) => n.eId === node.parentEId);
    if (from < 0 || parentAt < 0) return;
    this.nodes.splice(from, 1);
    const depth = this.nodes[parentAt]?.depth ?? 0;
    let at = parentAt + 1;
    while (at < this.nodes.length && (this.nodes[at]?.depth ?? 0) > depth) at++;
    this.nodes.splice(at, 0, node);
    this.nodes.forEach((n, i) => {
      n.order = i;
    });
  }
}

/** Adds a line to a node's own text, keeping the source's line break. */
export function appendLine(node: CorpusNode, line: string): void {
  node.text = node.text === '' ? line : `${node.text}\n${line}`;
}
