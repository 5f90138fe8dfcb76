// `keys show|export|import|list|remove`: this reviewer's signing key and the colleagues' keys trusted here. A
// colleague's key file is trusted only with `--confirm FINGERPRINT`, the fingerprint the reviewer checked with
// its holder out of band; without it, `keys import` only shows the fingerprint.
import { readKeyFile } from '../../core/annotations/signing/key-file';
import { SigningKeys } from '../../core/annotations/signing/signing-keys';
import { LecternError } from '../../core/errors';
import { writeTextFile } from '../../core/export/text-file';
import type { CliCommand, CliContext, CliInput, CliOutput } from '../command';

const USAGE = [
  'keys show [--json]   (your name and key fingerprint)',
  'keys export FILE [--force] [--json]   (your public key file, for colleagues)',
  'keys import FILE [--confirm FINGERPRINT] [--json]   (without --confirm: shows the fingerprint, trusts nothing)',
  'keys list [--json] · keys remove FINGERPRINT [--json]',
];

const keys = (ctx: CliContext): SigningKeys => new SigningKeys(ctx.userDb().db);

function need(input: CliInput, what: string, usage: string): string {
  const value = input.args[1];
  if (value === undefined) throw new LecternError('INVALID_INPUT', `Missing ${what}. Usage: ${usage}`);
  return value;
}

function importKey(ctx: CliContext, input: CliInput): CliOutput {
  const file = readKeyFile(need(input, 'FILE', USAGE[2] ?? ''));
  const store = keys(ctx);
  const confirm = input.flags.confirm;
  if (typeof confirm !== 'string') {
    const preview = store.preview(file);
    const state =
      preview.status === 'own'
        ? 'This is your own key.'
        : preview.status === 'trusted'
          ? 'This key is already trusted.'
          : `Not trusted yet. Check this fingerprint with ${file.name || 'its holder'} (in person or by phone), then run: keys import FILE --confirm "${file.fingerprint}"`;
    return {
      json: { ...preview, trusted: false },
      text: `Key of "${file.name}"\nFingerprint: ${file.fingerprint}\n${state}`,
    };
  }
  const trusted = store.trust(file, confirm);
  return { json: { ...trusted, trusted: true }, text: `Trusted "${trusted.name}" (${trusted.fingerprint}).` };
}

/** The `keys` command group. */
export const keysCommand: CliCommand = {
  name: 'keys',
  summary:
    'signing keys: show and export yours, import (after confirming the fingerprint), list and remove trusted keys',
  usage: USAGE,
  options: { force: { type: 'boolean' }, confirm: { type: 'string' } },
  run(ctx, input) {
    switch (input.args[0]) {
      case 'show': {
        const me = keys(ctx).mine();
        return { json: me, text: `${me.name || '(no reviewer name set)'}\nFingerprint: ${me.fingerprint}` };
      }
      case 'export': {
        const path = need(input, 'FILE', USAGE[1] ?? '');
        const store = keys(ctx);
        writeTextFile(path, store.exportMine(), { replace: input.flags.force === true });
        const me = store.mine();
        return {
          json: { file: path, ...me },
          text: `Wrote your public key to ${path}.\nFingerprint: ${me.fingerprint}`,
        };
      }
      case 'import':
        return importKey(ctx, input);
      case 'list': {
        const list = keys(ctx).list();
        const text = list.map((k) => `${k.fingerprint}  ${k.name}  (trusted ${k.added})`).join('\n');
        return { json: { keys: list }, text: text || 'No trusted keys yet.' };
      }
      case 'remove': {
        const removed = keys(ctx).remove(need(input, 'FINGERPRINT', USAGE[3] ?? ''));
        return { json: removed, text: `No longer trusted: "${removed.name}" (${removed.fingerprint}).` };
      }
      default:
        throw new LecternError('INVALID_INPUT', `Usage:\n  ${USAGE.join('\n  ')}`);
    }
  },
};
