// `import FILE`: import a TXT, DOCX, PDF or HTML legal document into user.sqlite (or only preview it with
// --dry-run, which stores nothing), plus --list, --remove, --pair and --side-by-side over imported documents.
import { existsSync, statSync } from 'node:fs';
import { nodeLabel } from '../../core/corpus/citation';
import type { CorpusNode } from '../../core/corpus/model';
import { LecternError } from '../../core/errors';
import type { BatchItem, DuplicatePolicy } from '../../core/import/batch';
import { DUPLICATE_POLICIES } from '../../core/import/batch';
import { importBatch, planBatch } from '../../core/import/batch-import';
import { folderFiles, IMPORT_EXTENSIONS } from '../../core/import/folder-files';
import type { ReanchorPlanItem } from '../../core/import/model';
import type { MetaEdits } from '../../core/import/preview';
import { readImportFile } from '../../core/import/read-file';
import type { CliCommand, CliContext, CliInput, CliOutput } from '../command';

const USAGE = [
  'import FILE [--id ID] [--title T] [--lang en|vi] [--number N] [--issued YYYY-MM-DD] [--effective YYYY-MM-DD] [--dry-run] [--confirm ID,ID | --confirm-all] [--json]',
  'import --list [--json]',
  'import --remove ID [--delete-notes] [--json]   (notes are kept as orphans unless --delete-notes)',
  'import --pair ID --with OTHER_ID [--json]       (--pair ID --with "" unpairs)',
  'import --side-by-side ID [--with OTHER_ID] [--json]',
  'import FILE… | DIR [--on-duplicate skip|replace|keep-both] [--dry-run] [--json]   (several files or a folder: a batch)',
];

/** One entry of the printed tree. */
interface TreeEntry {
  eId: string;
  label: string;
  heading: string | null;
  children: TreeEntry[];
}

function flag(input: CliInput, name: string): string | undefined {
  const v = input.flags[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new LecternError('INVALID_INPUT', `--${name} needs a value.`);
  return v;
}

function edits(input: CliInput): MetaEdits {
  const out: MetaEdits = {};
  const id = flag(input, 'id');
  const title = flag(input, 'title');
  const lang = flag(input, 'lang');
  if (id !== undefined) out.docId = id;
  if (title !== undefined) out.title = title;
  if (lang !== undefined) {
    if (lang !== 'en' && lang !== 'vi') throw new LecternError('INVALID_INPUT', '--lang is en or vi.');
    out.language = lang;
  }
  for (const key of ['number', 'issued', 'effective'] as const) {
    const v = flag(input, key);
    if (v !== undefined) out[key] = v === '' ? null : v;
  }
  return out;
}

function tree(nodes: readonly CorpusNode[], lang: 'en' | 'vi'): TreeEntry[] {
  const byParent = new Map<string | null, CorpusNode[]>();
  for (const n of nodes) byParent.set(n.parentEId, [...(byParent.get(n.parentEId) ?? []), n]);
  const build = (parent: string | null): TreeEntry[] =>
    (byParent.get(parent) ?? []).map((n) => ({
      eId: n.eId,
      label: nodeLabel(n, lang),
      heading: n.heading,
      children: build(n.eId),
    }));
  return build(null);
}

function treeText(entries: readonly TreeEntry[], depth = 0): string[] {
  return entries.flatMap((e) => [
    `${'  '.repeat(depth)}${e.eId}  ${e.label}${e.heading !== null && e.heading !== e.label ? ` — ${e.heading}` : ''}`,
    ...treeText(e.children, depth + 1),
  ]);
}

/** What replacing the document would do to each of its notes, one line a note. */
function planText(plan: readonly ReanchorPlanItem[]): string[] {
  if (plan.length === 0) return [];
  return [
    'Notes (where each would go):',
    ...plan.map((p) => {
      const what = p.quote === null ? 'whole provision' : `"${p.quote.slice(0, 40)}"`;
      const where =
        p.outcome === 'review'
          ? `needs review, suggested ${p.suggestedEId ?? '—'} (score ${p.score})`
          : p.toEId === null
            ? 'unanchored'
            : `${p.outcome} → ${p.toEId}${p.outcome === 'fuzzy' ? ` (score ${p.score})` : ''}`;
      return `  ${p.annotationId}  ${p.fromEId}  ${what}: ${where}`;
    }),
  ];
}

/** The notes whose suggested place the user confirmed (--confirm ID,… or --confirm-all). */
function confirmed(input: CliInput, plan: readonly ReanchorPlanItem[]): string[] {
  if (input.flags['confirm-all'] === true)
    return plan.filter((p) => p.outcome === 'review').map((p) => p.annotationId);
  const ids = flag(input, 'confirm');
  if (ids === undefined) return [];
  const list = ids
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
  const unknown = list.filter((id) => !plan.some((p) => p.annotationId === id && p.outcome === 'review'));
  if (unknown.length > 0) {
    throw new LecternError(
      'INVALID_INPUT',
      `--confirm names notes that have no suggestion to confirm: ${unknown.join(', ')}.`,
    );
  }
  return list;
}

/** One line a file of a batch report. */
function batchLine(i: BatchItem): string {
  const what = i.docId === null ? '' : ` ${i.docId}`;
  const dup = i.duplicateOf !== null && i.status !== 'skipped' ? ` (duplicate of ${i.duplicateOf})` : '';
  const warn = i.warnings.length > 0 ? `, ${i.warnings.length} warning(s)` : '';
  return `${i.status.padEnd(8)} ${i.file}${what}${dup}${warn}${i.message === null ? '' : `: ${i.message}`}`;
}

/** `import FILE… | DIR`: every file is imported, replaced, skipped or failed, and listed in one report. */
async function importMany(ctx: CliContext, input: CliInput): Promise<CliOutput> {
  const policy = flag(input, 'on-duplicate') ?? 'skip';
  if (!(DUPLICATE_POLICIES as readonly string[]).includes(policy)) {
    throw new LecternError('INVALID_INPUT', `--on-duplicate is ${DUPLICATE_POLICIES.join(', ')}.`);
  }
  const paths: string[] = [];
  const notDocuments: BatchItem[] = [];
  for (const arg of input.args) {
    if (existsSync(arg) && statSync(arg).isDirectory()) {
      const found = folderFiles(arg);
      paths.push(...found.importable);
      for (const other of found.other) notDocuments.push(notADocument(other));
    } else paths.push(arg);
  }
  const dryRun = input.flags['dry-run'] === true;
  const service = ctx.importer(dryRun);
  const duplicate = policy as DuplicatePolicy;
  const progress = (item: BatchItem, done: number, total: number): void => {
    if (!ctx.json) process.stderr.write(`[${done}/${total}] ${batchLine(item)}\n`);
  };
  const report = dryRun
    ? await planBatch(service, paths, duplicate)
    : await importBatch(service, paths, { onDuplicate: duplicate, onProgress: progress });
  report.items.push(...notDocuments);
  report.skipped += notDocuments.length;
  const total = `${report.imported} imported, ${report.replaced} replaced, ${report.skipped} skipped, ${report.failed} failed (${report.tookMs} ms)`;
  const text = [
    ...(dryRun ? ['Dry run: nothing stored. Each file would be:'] : []),
    ...report.items.map(batchLine),
    dryRun ? `Would be: ${total}.` : `${total}.`,
  ];
  return { json: { dryRun, ...report }, text: text.join('\n'), exitCode: report.failed > 0 ? 1 : 0 };
}

/** A file in a folder that is not in an importable format, reported instead of ignored. */
function notADocument(path: string): BatchItem {
  const file = path.replace(/^.*[\\/]/u, '');
  return {
    file,
    status: 'skipped',
    docId: null,
    title: null,
    duplicateOf: null,
    message: `not a document Lectern imports (${IMPORT_EXTENSIONS.join(', ')}).`,
    warnings: [],
    reanchor: null,
  };
}

async function importFile(ctx: CliContext, input: CliInput): Promise<CliOutput> {
  const first = input.args[0];
  if (input.args.length > 1 || (first !== undefined && existsSync(first) && statSync(first).isDirectory())) {
    return importMany(ctx, input);
  }
  const path = input.args[0];
  if (path === undefined) throw new LecternError('INVALID_INPUT', `Missing FILE. Usage: ${USAGE[0] ?? ''}`);
  const dryRun = input.flags['dry-run'] === true;
  const service = ctx.importer(dryRun);
  const preview = await service.preview({ ...readImportFile(path), edits: edits(input) });
  const entries = tree(preview.nodes, preview.meta.language);
  const warnings = preview.warnings.map((w) => `  ! ${w.message}`);
  const metaLines = Object.entries(preview.meta).map(([k, v]) => `  ${k}: ${v === null ? '—' : String(v)}`);
  if (dryRun) {
    const json = {
      dryRun: true,
      meta: preview.meta,
      detected: preview.detected,
      format: preview.format,
      structure: preview.structure,
      counts: preview.counts,
      warnings: preview.warnings,
      replaces: preview.replaces,
      tree: entries,
    };
    const text = [
      'Dry run: nothing stored.',
      'Metadata:',
      ...metaLines,
      'Tree:',
      ...treeText(entries, 1),
      ...(warnings.length > 0 ? ['Warnings:', ...warnings] : []),
      ...planText(preview.replaces?.plan ?? []),
    ];
    return { json, text: text.join('\n') };
  }
  const result = await service.commit(preview.previewId, {}, confirmed(input, preview.replaces?.plan ?? []));
  const r = result.reanchor;
  const text = [
    `${result.replaced ? 'Replaced' : 'Imported'} ${result.document.docId}: ${result.document.title} (${preview.nodes.length} provisions).`,
    ...(r === null
      ? []
      : [
          `Notes re-anchored: ${r.unchanged} unchanged, ${r.moved} moved, ${r.fuzzy} approximate, ${r.review} left unanchored for review, ${r.orphaned} unanchored.`,
          ...(r.review > 0
            ? [
                'Notes to review keep no place until you confirm one: run again with --dry-run to see the suggestions, then --confirm ID,… (or --confirm-all), or re-attach them with `notes attach`.',
              ]
            : []),
        ]),
    ...(warnings.length > 0 ? ['Warnings:', ...warnings] : []),
  ];
  return {
    json: { imported: result.document, replaced: result.replaced, reanchor: r, warnings: result.warnings },
    text: text.join('\n'),
  };
}

function manage(ctx: CliContext, input: CliInput): CliOutput {
  const service = ctx.importer();
  const remove = flag(input, 'remove');
  if (remove !== undefined) {
    const r = service.remove(remove, { deleteAnnotations: input.flags['delete-notes'] === true });
    return {
      json: { removed: r },
      text: `Removed ${r.docId}; ${r.annotationsOrphaned} notes kept as orphans, ${r.annotationsDeleted} deleted.`,
    };
  }
  const pair = flag(input, 'pair');
  const other = flag(input, 'with');
  if (pair !== undefined) {
    if (other === undefined)
      throw new LecternError('INVALID_INPUT', `--pair needs --with. Usage: ${USAGE[3] ?? ''}`);
    const doc = service.pair(pair, other === '' ? null : other);
    return {
      json: { document: doc },
      text: doc.pairedWith === null ? `${pair} unpaired.` : `${pair} paired with ${doc.pairedWith}.`,
    };
  }
  const side = flag(input, 'side-by-side');
  if (side !== undefined) {
    const view = service.sideBySide(side, other);
    const text = view.rows.map(
      (row) => `${row.eId.padEnd(28)} ${row.left === null ? '—' : '✓'} ${row.right === null ? '—' : '✓'}`,
    );
    const s = view.summary;
    return {
      json: view,
      text: [
        `${view.left.docId} ⇄ ${view.right.docId}: ${s.both} paired, ${s.leftOnly} only left, ${s.rightOnly} only right.`,
        ...text,
      ].join('\n'),
    };
  }
  const docs = service.list();
  const text =
    docs.length === 0
      ? 'No imported documents.'
      : docs
          .map(
            (d) =>
              `${d.docId}  ${d.title}  [${d.language}, ${d.format}${d.pairedWith === null ? '' : `, paired with ${d.pairedWith}`}]`,
          )
          .join('\n');
  return { json: { documents: docs }, text };
}

/** The `import` command. */
export const importCommand: CliCommand = {
  name: 'import',
  summary:
    'import TXT, DOCX, PDF or HTML legal documents (one, several or a folder; --dry-run to preview), list/remove/pair imports',
  usage: USAGE,
  options: {
    id: { type: 'string' },
    title: { type: 'string' },
    lang: { type: 'string' },
    number: { type: 'string' },
    issued: { type: 'string' },
    effective: { type: 'string' },
    'dry-run': { type: 'boolean' },
    confirm: { type: 'string' },
    'on-duplicate': { type: 'string' },
    'confirm-all': { type: 'boolean' },
    list: { type: 'boolean' },
    remove: { type: 'string' },
    'delete-notes': { type: 'boolean' },
    pair: { type: 'string' },
    with: { type: 'string' },
    'side-by-side': { type: 'string' },
  },
  run(ctx, input) {
    const managing = ['list', 'remove', 'pair', 'side-by-side'].some((k) => input.flags[k] !== undefined);
    return managing ? manage(ctx, input) : importFile(ctx, input);
  },
};
