// `notes add|edit|list|delete|restore|export|import|preview|conflicts|resolve|undo|redo|tags|history|restore-backup`: the
// annotation store from the command line, over the same AnnotationService as the app. Import takes a backup first; restore-backup keeps
// the replaced database beside the restored one.
import { readBundleFile } from '../../core/annotations/exchange/bundle';
import { writeTextFile } from '../../core/export/text-file';
import type { Annotation, ConflictChoice, ConflictInfo, NotesSigner } from '../../core/annotations/model';
import { passageEIds, passageQuote } from '../../core/annotations/passage-text';
import type { AnnotationService } from '../../core/annotations/service';
import { LecternError } from '../../core/errors';
import type { BackupInfo } from '../../core/userdb/backups';
import { createBackupNow, listBackups, restoreBackup } from '../../core/userdb/backups';
import type { UserDb } from '../../core/userdb/open-user-db';
import { USER_DB_FILE } from '../../core/userdb/open-user-db';
import type { CliCommand, CliContext, CliInput, CliOutput } from '../command';
import { join } from 'node:path';

const USAGE = [
  'notes add --doc ID --eid EID [--quote TEXT | --start N --end N] [--then EID:START-END …] [--note TEXT] [--color NAME] [--tags a,b] [--json]   (--then: the passage goes on in that provision, from START to END)',
  'notes list [--doc ID] [--eid EID] [--tag T] [--color C] [--text Q] [--orphaned] [--conflicts] [--deleted] [--json]',
  'notes delete ID · notes restore ID · notes history ID [--json]',
  'notes export FILE [--doc ID] [--csv] [--force] [--json]   (a .csv FILE name also selects CSV; --force replaces FILE)',
  'notes import FILE [--skip-missing] [--accept-untrusted] [--json]   (--accept-untrusted: an unsigned file, or one signed by a key you have not trusted)',
  'notes undo · notes redo · notes tags [--json]',
  'notes restore-backup [NAME] [--list] [--json]',
  'notes edit ID [--note TEXT] [--color NAME] [--tags a,b] [--json]   (--tags "" removes every tag)',
  'notes conflicts [--json]',
  'notes resolve ID --keep mine|theirs|both [--json]   (ID: the note or its conflict copy)',
  'notes attach ID --eid EID [--quote TEXT | --start N --end N] [--json]   (neither: the whole provision)',
  'notes preview FILE [--json]   (who signed it, whether that key is trusted; imports nothing)',
];

function str(input: CliInput, name: string): string | undefined {
  const value = input.flags[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '')
    throw new LecternError('INVALID_INPUT', `--${name} needs a value.`);
  return value;
}

function int(input: CliInput, name: string): number | undefined {
  const value = str(input, name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new LecternError('INVALID_INPUT', `--${name} must be a whole number.`);
  return Number(value);
}

function arg(input: CliInput, index: number, what: string, usage: string): string {
  const value = input.args[index];
  if (value === undefined) throw new LecternError('INVALID_INPUT', `Missing ${what}. Usage: ${usage}`);
  return value;
}

/** Opens user.sqlite and the service; the database is closed after the command. */
function open(ctx: CliContext): { service: AnnotationService; userDb: UserDb } {
  const userDb = ctx.userDb();
  return {
    service: ctx.annotations(),
    userDb,
  };
}

function line(a: Annotation): string {
  const where = `${a.target.docId} ${passageEIds(a).join(' … ')}`;
  const quote = a.target.quote ? ` “${passageQuote(a)}”` : ' (whole provision)';
  const flags = [
    a.deleted ? 'deleted' : '',
    a.anchor === 'orphaned' ? 'ORPHANED' : '',
    a.conflictOf ? 'conflict' : '',
  ]
    .filter(Boolean)
    .join(', ');
  const tags = a.tags.length ? ` #${a.tags.join(' #')}` : '';
  const note = a.note ? `\n    ${a.note.split('\n').join('\n    ')}` : '';
  return `${a.id}  ${a.color.padEnd(6)} ${where}${quote}${tags}${flags ? ` [${flags}]` : ''}${note}`;
}

const out = (json: unknown, text: string): CliOutput => ({ json, text });

const tagList = (value: string): string[] =>
  value
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

function edit(ctx: CliContext, input: CliInput): CliOutput {
  const id = arg(input, 1, 'ID', USAGE[7] ?? '');
  const note = input.flags.note;
  const color = str(input, 'color');
  const tags = input.flags.tags;
  if (note === undefined && color === undefined && tags === undefined)
    throw new LecternError('INVALID_INPUT', `Nothing to change. Usage: ${USAGE[7] ?? ''}`);
  const updated = open(ctx).service.update({
    id,
    ...(typeof note === 'string' ? { note } : {}),
    ...(color === undefined ? {} : { color: color.toLowerCase() as Annotation['color'] }),
    ...(typeof tags === 'string' ? { tags: tagList(tags) } : {}),
  });
  return out(updated, `Edited ${line(updated)}`);
}

/** `notes attach`: puts a note (an unanchored one, say) on text the reviewer names in the current version. */
function attach(ctx: CliContext, input: CliInput): CliOutput {
  const usage = USAGE[10] ?? '';
  const id = arg(input, 1, 'ID', usage);
  const eId = str(input, 'eid');
  if (eId === undefined) throw new LecternError('INVALID_INPUT', `--eid is required. Usage: ${usage}`);
  const start = int(input, 'start');
  const end = int(input, 'end');
  if ((start === undefined) !== (end === undefined))
    throw new LecternError('INVALID_INPUT', `--start and --end go together. Usage: ${usage}`);
  const quote = str(input, 'quote');
  const attached = open(ctx).service.attach({
    id,
    eId,
    ...(start !== undefined && end !== undefined ? { position: { start, end } } : {}),
    ...(quote === undefined ? {} : { quote }),
  });
  return out(attached, `Attached ${line(attached)}`);
}

const summary = (a: Annotation): string =>
  a.deleted !== null ? '(deleted)' : `${a.color} “${a.note || passageQuote(a)}”`;

function conflictLine(c: ConflictInfo): string {
  const [mine, theirs] = c.mine === 'main' ? [c.main, c.copy] : [c.copy, c.main];
  return `${c.id} ${c.main.target.docId} ${c.main.target.eId} (copy ${c.copyId})\n    mine:   ${summary(mine)}\n    theirs: ${summary(theirs)}`;
}

function conflicts(ctx: CliContext): CliOutput {
  const list = open(ctx).service.conflicts();
  const text = list.length
    ? [...list.map(conflictLine), `${list.length} conflict(s); \`notes resolve ID --keep mine|theirs|both\``]
    : ['No conflicts.'];
  return out({ conflicts: list, count: list.length }, text.join('\n'));
}

function resolve(ctx: CliContext, input: CliInput): CliOutput {
  const id = arg(input, 1, 'ID', USAGE[9] ?? '');
  const keep = str(input, 'keep');
  if (keep !== 'mine' && keep !== 'theirs' && keep !== 'both')
    throw new LecternError('INVALID_INPUT', `--keep must be mine, theirs or both. Usage: ${USAGE[9] ?? ''}`);
  const choice: ConflictChoice = keep;
  const kept = open(ctx).service.resolve(id, choice);
  return out(kept, `Resolved (kept ${choice}): ${line(kept)}\n\`notes undo\` reverts it.`);
}

/** The parts of a passage after the first, from `--then EID:START-END` (each provision checked to exist). */
function passageParts(
  ctx: CliContext,
  docId: string,
  values: CliInput['flags'][string],
): { eId: string; position: { start: number; end: number } }[] {
  const list = values === undefined ? [] : [values].flat();
  return list.map((value) => {
    const m = typeof value === 'string' ? /^([^:\s]+):(\d+)-(\d+)$/u.exec(value) : null;
    if (!m?.[1] || m[2] === undefined || m[3] === undefined)
      throw new LecternError(
        'INVALID_INPUT',
        `--then takes EID:START-END (e.g. art_6__cl_2:0-24), not "${String(value)}".`,
      );
    ctx.requireNode(docId, m[1]);
    return { eId: m[1], position: { start: Number(m[2]), end: Number(m[3]) } };
  });
}

function add(ctx: CliContext, input: CliInput): CliOutput {
  const docId = str(input, 'doc');
  const eId = str(input, 'eid');
  if (docId === undefined || eId === undefined)
    throw new LecternError('INVALID_INPUT', `Usage: ${USAGE[0] ?? ''}`);
  ctx.requireNode(docId, eId);
  const start = int(input, 'start');
  const end = int(input, 'end');
  if ((start === undefined) !== (end === undefined))
    throw new LecternError('INVALID_INPUT', 'Give both --start and --end.');
  const color = str(input, 'color');
  const continues = passageParts(ctx, docId, input.flags.then);
  const created = open(ctx).service.create({
    docId,
    eId,
    position: start !== undefined && end !== undefined ? { start, end } : null,
    ...(continues.length === 0 ? {} : { continues }),
    quote: str(input, 'quote') ?? null,
    note: str(input, 'note') ?? '',
    ...(color === undefined ? {} : { color: color.toLowerCase() as Annotation['color'] }),
    tags: (str(input, 'tags') ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
  });
  const unnamed =
    created.author === ''
      ? '\nNo reviewer name is set, so the note has no author: run `settings set reviewerName "Your Name"`.'
      : '';
  return out(created, `Created ${line(created)}${unnamed}`);
}

function list(ctx: CliContext, input: CliInput): CliOutput {
  const color = str(input, 'color');
  const notes = open(ctx).service.list({
    docId: str(input, 'doc'),
    eId: str(input, 'eid'),
    tag: str(input, 'tag'),
    text: str(input, 'text'),
    ...(color === undefined ? {} : { color: color.toLowerCase() as Annotation['color'] }),
    ...(input.flags.orphaned === true ? { orphaned: true } : {}),
    ...(input.flags.conflicts === true ? { conflicts: true } : {}),
    deleted: input.flags.deleted === true ? 'include' : 'exclude',
  });
  return out(
    { annotations: notes, count: notes.length },
    [...notes.map(line), `${notes.length} note(s)`].join('\n'),
  );
}

function exportNotes(ctx: CliContext, input: CliInput): CliOutput {
  const file = arg(input, 1, 'FILE', USAGE[3] ?? '');
  const format = input.flags.csv === true || file.toLowerCase().endsWith('.csv') ? 'csv' : 'json';
  const docId = str(input, 'doc');
  if (docId !== undefined) ctx.requireDocument(docId);
  const { text, count } = open(ctx).service.exportNotes({
    format,
    ...(docId === undefined ? {} : { docId }),
  });
  writeTextFile(file, text, { replace: input.flags.force === true });
  return out({ file, format, count }, `Wrote ${count} note(s) to ${file} (${format}).`);
}

function importNotes(ctx: CliContext, input: CliInput): CliOutput {
  const file = arg(input, 1, 'FILE', USAGE[4] ?? '');
  const text = readBundleFile(file);
  const { service, userDb } = open(ctx);
  // The backup is taken once the bundle passed every check, just before the merge: a refused file costs no backup
  // slot; the backup guards a good-but-unwanted merge.
  let backup: BackupInfo | null = null;
  const report = service.importNotes(text, {
    skipMissingTargets: input.flags['skip-missing'] === true,
    acceptUntrusted: input.flags['accept-untrusted'] === true,
    beforeChange: () => {
      backup = createBackupNow(userDb.db, ctx.dataDir);
    },
  });
  const taken = backup as BackupInfo | null;
  if (taken === null) throw new LecternError('INTERNAL', 'The import finished without its backup.');
  const signer = signerLine(report.signer);
  const summary = `${signer}\nImported ${file}: ${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.conflicts.length} conflict(s), ${report.rejected.length} rejected. Backup: ${taken.name}. \`notes undo\` reverts the whole import.`;
  const details = [
    ...report.conflicts.map((c) => `  conflict: ${c.id} — their version kept as ${c.copyId}`),
    ...report.rejected.map((r) => `  rejected: ${r.id} — ${r.reason}`),
  ];
  return out({ ...report, backup: taken.name }, [summary, ...details].join('\n'));
}

/** Who signed a bundle, in one line (the fingerprint is what a colleague reads out to confirm). */
function signerLine(s: NotesSigner): string {
  const who = s.reviewer || 'no name';
  if (s.status === 'unsigned') return `Unsigned file (reviewer "${who}"), accepted with --accept-untrusted.`;
  const key = `key ${s.fingerprint ?? ''}`;
  if (s.status === 'own') return `Signed by you ("${who}", ${key}).`;
  if (s.status === 'trusted') return `Signed by "${who}" (${key}, trusted as "${s.trustedAs ?? ''}").`;
  return `Signed by "${who}" (${key}, NOT trusted), accepted with --accept-untrusted.`;
}

/** `notes preview FILE`: verifies a bundle and says who signed it and whether that key is trusted; imports nothing. */
function previewNotes(ctx: CliContext, input: CliInput): CliOutput {
  const file = arg(input, 1, 'FILE', USAGE[11] ?? '');
  const preview = open(ctx).service.previewNotes(readBundleFile(file));
  const needs =
    preview.signer.status === 'untrusted' || preview.signer.status === 'unsigned'
      ? '\n`notes import` needs --accept-untrusted for this file (or trust the key first: `keys import`).'
      : '';
  const line1 = signerLine(preview.signer).replace(/, accepted with --accept-untrusted\.$/, '.');
  return out(
    preview,
    `${file}: ${preview.count} annotation(s), exported ${preview.exportedAt}.\n${line1}${needs}`,
  );
}

function restoreFromBackup(ctx: CliContext, input: CliInput): CliOutput {
  const backups = listBackups(ctx.dataDir);
  if (input.flags.list === true) {
    const text =
      backups.map((b) => `${b.name}  ${b.takenAt}  ${b.bytes} bytes`).join('\n') || 'No backups yet.';
    return out({ backups }, text);
  }
  const result = restoreBackup(join(ctx.dataDir, USER_DB_FILE), ctx.dataDir, input.args[1]);
  const kept = result.previousSavedAs ? ` The replaced database was kept as ${result.previousSavedAs}.` : '';
  return out(result, `Restored ${result.restored.name} (${result.restored.takenAt}).${kept}`);
}

/** The `notes` command group. */
export const notesCommand: CliCommand = {
  name: 'notes',
  summary:
    'annotations: add, edit, list, delete, restore, export, import, preview, conflicts, resolve, undo, redo, tags, history, restore-backup',
  usage: USAGE,
  options: {
    doc: { type: 'string' },
    eid: { type: 'string' },
    quote: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string' },
    then: { type: 'string', multiple: true },
    note: { type: 'string' },
    color: { type: 'string' },
    tags: { type: 'string' },
    tag: { type: 'string' },
    text: { type: 'string' },
    orphaned: { type: 'boolean' },
    conflicts: { type: 'boolean' },
    deleted: { type: 'boolean' },
    csv: { type: 'boolean' },
    'skip-missing': { type: 'boolean' },
    'accept-untrusted': { type: 'boolean' },
    force: { type: 'boolean' },
    list: { type: 'boolean' },
    keep: { type: 'string' },
  },
  run(ctx, input) {
    const sub = input.args[0];
    switch (sub) {
      case 'add':
        return add(ctx, input);
      case 'edit':
        return edit(ctx, input);
      case 'attach':
        return attach(ctx, input);
      case 'conflicts':
        return conflicts(ctx);
      case 'resolve':
        return resolve(ctx, input);
      case 'list':
        return list(ctx, input);
      case 'delete':
      case 'restore': {
        const id = arg(input, 1, 'ID', USAGE[2] ?? '');
        const { service } = open(ctx);
        const a = sub === 'delete' ? service.delete(id) : service.restore(id);
        return out(a, `${sub === 'delete' ? 'Deleted' : 'Restored'} ${line(a)}`);
      }
      case 'history': {
        const entries = open(ctx).service.history(arg(input, 1, 'ID', USAGE[2] ?? ''));
        return out(
          { entries },
          entries.map((e) => `${e.at}  ${e.kind.padEnd(10)} ${e.author}  ${e.summary}`).join('\n'),
        );
      }
      case 'export':
        return exportNotes(ctx, input);
      case 'import':
        return importNotes(ctx, input);
      case 'preview':
        return previewNotes(ctx, input);
      case 'undo': {
        const r = open(ctx).service.undo();
        return out(
          r,
          `Undid "${r.original.summary}" (${r.reverted} annotation(s)). \`notes redo\` puts it back.`,
        );
      }
      case 'redo': {
        const r = open(ctx).service.redo();
        return out(r, `Redid "${r.original.summary}" (${r.reverted} annotation(s)).`);
      }
      case 'tags': {
        const tags = open(ctx).service.tags();
        return out({ tags }, tags.map((t) => `${t.name} (${t.count})`).join('\n') || 'No tags yet.');
      }
      case 'restore-backup':
        return restoreFromBackup(ctx, input);
      default:
        throw new LecternError('INVALID_INPUT', `Usage:\n  ${USAGE.join('\n  ')}`);
    }
  },
};
