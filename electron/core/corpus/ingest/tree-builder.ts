// Accumulates nodes in reading order and keeps order, depth and eId uniqueness consistent. Every step is linear
// in the nodes added (a file of 10k "Article 1." lines took 28 s when each duplicate retried every suffix), and an
// importer's `IngestBounds` caps the node count and lets a caller cancel.
import { LecternError } from '../../errors';
import { limitError, throwIfCancelled } from '../../limit-error';
import type { CorpusNode, NodeKind, TableCell } from '../model';

/** What a parser supplies for a new node; order and depth are derived. */
interface NodeInput {
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

/** Caps an importer puts on a text it did not write (the corpus build sets none). */
export interface IngestBounds {
  /** Lines of source text the parser reads. */
  maxLines: number;
  /** Nodes of the document. */
  maxNodes: number;
  /** Names the file in the refusal ("decree.txt"). */
  subject: string;
  /** Aborting it stops the parser at its next check (CANCELLED). */
  signal?: AbortSignal;
}

/** Nodes added between two checks of the caller's AbortSignal. */
const CHECK_EVERY = 1024;

/** Builds the flat, ordered node list of one document. */
export class TreeBuilder {
  readonly nodes: CorpusNode[] = [];
  /** Duplicates renamed instead of refused, so an import preview can warn about them. */
  readonly duplicates: RenamedDuplicate[] = [];
  /** Lines the rules could not place with confidence, so the preview says so instead of merging silently. */
  readonly warnings: ParseWarning[] = [];
  private readonly seen = new Set<string>();
  /** Per repeated eId, the next `_dupN` suffix to try, so renaming never rescans the suffixes already taken. */
  private readonly nextDup = new Map<string, number>();

  /** `renameDuplicates`: imports keep a repeated number as `<eId>_dup2` and report it; the corpus build refuses it. */
  constructor(
    private readonly docId: string,
    private readonly renameDuplicates = false,
    private readonly bounds?: IngestBounds,
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
      let n = this.nextDup.get(input.eId) ?? 2;
      for (; this.seen.has(eId); n++) eId = `${input.eId}_dup${n}`;
      this.nextDup.set(input.eId, n);
      this.duplicates.push({ eId: input.eId, renamedTo: eId });
    }
    this.checkBounds();
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

  private checkBounds(): void {
    const bounds = this.bounds;
    if (bounds === undefined) return;
    if (this.nodes.length >= bounds.maxNodes) {
      throw limitError(
        bounds.subject,
        (l) => `this document has more than ${l} provisions and paragraphs`,
        bounds.maxNodes,
        'count',
      );
    }
    if (this.nodes.length % CHECK_EVERY === 0) throwIfCancelled(bounds.signal, bounds.subject);
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
   * Moves each of `moved` (children added at the end of parsing, such as endnotes) to just after its parent's
   * subtree, in the order given, so a note still reads with the provision it belongs to; orders are renumbered.
   * One pass over the nodes (moving them one by one rescanned the document for each note).
   */
  placeAfterParentSubtrees(moved: readonly CorpusNode[]): void {
    const present = new Set(this.nodes.map((n) => n.eId));
    const movedSet = new Set<CorpusNode>();
    const byParent = new Map<string, CorpusNode[]>();
    for (const node of moved) {
      if (node.parentEId === null || !present.has(node.parentEId)) continue;
      movedSet.add(node);
      const siblings = byParent.get(node.parentEId);
      if (siblings === undefined) byParent.set(node.parentEId, [node]);
      else siblings.push(node);
    }
    const out: CorpusNode[] = [];
    const open: CorpusNode[] = [];
    const close = (depth: number): void => {
      for (let top = open.at(-1); top !== undefined && top.depth >= depth; top = open.at(-1)) {
        open.pop();
        for (const note of byParent.get(top.eId) ?? []) out.push(note);
      }
    };
    for (const node of this.nodes) {
      if (movedSet.has(node)) continue;
      close(node.depth);
      out.push(node);
      open.push(node);
    }
    close(0);
    out.forEach((n, i) => {
      n.order = i;
      this.nodes[i] = n;
    });
  }
}

/** Adds a line to a node's own text, keeping the source's line break. */
export function appendLine(node: CorpusNode, line: string): void {
  node.text = node.text === '' ? line : `${node.text}\n${line}`;
}
