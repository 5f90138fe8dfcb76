// Authentic exchange through the CLI between two real data folders (child processes, the real Decree 63 corpus):
// keys export/import/list/remove, `notes preview`, an untrusted bundle refused without --accept-untrusted, the
// same bundle trusted after the fingerprint is confirmed, an altered one refused, a malformed key file refused.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setupCliRig } from '../../support/cli-rig';

const { cli, path } = setupCliRig('keys-cli');

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the --json shape
function json<T>(dataDir: string, args: string[]): T {
  const r = cli(dataDir, [...args, '--json']);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}

describe('keys and signed bundles through the CLI', () => {
  it('round-trips a signed bundle between two data folders, trusted only after the fingerprint is confirmed', () => {
    json('a', ['settings', 'set', 'reviewerName', 'Nguyễn Văn A']);
    const note = json<{ id: string }>('a', [
      'notes',
      'add',
      '--doc',
      'decree-63-2020',
      '--eid',
      'art_6__cl_1',
      '--quote',
      'state secrets',
      '--note',
      'Signed note',
    ]);
    const bundle = path('a.lectern-notes.json');
    const keyFile = path('a.lectern-key.json');
    json('a', ['notes', 'export', bundle]);
    const mine = json<{ fingerprint: string }>('a', ['keys', 'export', keyFile]);
    expect(json<{ fingerprint: string }>('a', ['keys', 'show']).fingerprint).toBe(mine.fingerprint);

    // B: the preview names the signer and says the key is not trusted; import refuses without the flag.
    const preview = json<{ signer: { status: string; fingerprint: string } }>('b', [
      'notes',
      'preview',
      bundle,
    ]);
    expect(preview.signer).toMatchObject({ status: 'untrusted', fingerprint: mine.fingerprint });
    const refused = cli('b', ['notes', 'import', bundle]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(mine.fingerprint);
    expect(json<{ count: number }>('b', ['notes', 'list']).count).toBe(0);

    // keys import without --confirm shows the fingerprint and trusts nothing; a wrong fingerprint trusts nothing.
    const shown = cli('b', ['keys', 'import', keyFile]);
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout).toContain(mine.fingerprint);
    expect(json<{ keys: unknown[] }>('b', ['keys', 'list']).keys).toEqual([]);
    expect(
      cli('b', ['keys', 'import', keyFile, '--confirm', '0000 0000 0000 0000 0000 0000 0000 0000']).status,
    ).toBe(2);
    expect(json<{ keys: unknown[] }>('b', ['keys', 'list']).keys).toEqual([]);
    json('b', ['keys', 'import', keyFile, '--confirm', mine.fingerprint]);
    expect(json<{ keys: { name: string }[] }>('b', ['keys', 'list']).keys).toMatchObject([
      { name: 'Nguyễn Văn A' },
    ]);

    const imported = json<{ added: number; signer: { status: string } }>('b', ['notes', 'import', bundle]);
    expect(imported).toMatchObject({ added: 1, signer: { status: 'trusted' } });

    // An altered copy (the note changed, the checksum recomputed) is refused and changes nothing.
    const raw = JSON.parse(readFileSync(bundle, 'utf8')) as {
      manifest: { sha256: string };
      first: { items: { body: { value: string }[]; modified: string }[] };
    };
    raw.first.items[0]!.body[0]!.value = 'Forged';
    raw.first.items[0]!.modified = '2099-01-01T00:00:00.000Z';
    raw.manifest.sha256 = createHash('sha256').update(JSON.stringify(raw.first.items)).digest('hex');
    const altered = path('altered.lectern-notes.json');
    writeFileSync(altered, JSON.stringify(raw));
    const bad = cli('b', ['notes', 'import', altered, '--accept-untrusted']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/does not match its signature/);
    const notes = json<{ annotations: { id: string; note: string }[] }>('b', ['notes', 'list']);
    expect(notes.annotations).toMatchObject([{ id: note.id, note: 'Signed note' }]);

    // Removing the key makes the bundle untrusted again; a malformed key file is refused.
    json('b', ['keys', 'remove', mine.fingerprint]);
    expect(cli('b', ['notes', 'import', bundle]).status).toBe(1);
    const broken = path('broken.lectern-key.json');
    writeFileSync(broken, readFileSync(keyFile, 'utf8').replace(/"publicKey": "./, '"publicKey": "!'));
    const malformed = cli('b', ['keys', 'import', broken]);
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toMatch(/not a Lectern public key file/);
  });
});
