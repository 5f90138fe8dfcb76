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

/** Builds the flat, ordered node list of one document. */
export class TreeBuilder {
  readonly nodes: CorpusNode[] = [];
  /** Duplicates renamed instead of refused, so an import preview can warn about them. */
  readonly duplicates: RenamedDuplicate[] = [];
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
}

/** Adds a line to a node's own text, keeping the source's line break. */
export function appendLine(node: CorpusNode, line: string): void {
  node.text = node.text === '' ? line : `${node.text}\n${line}`;
}
