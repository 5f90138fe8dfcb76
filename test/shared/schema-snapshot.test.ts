// Schema snapshot guard: the user.sqlite schema a fresh data folder gets and every channel's request schema are
// kept as files beside this test, so a change to either shows up in review as a diff of that file. A changed
// user.sqlite schema needs a new migration (MIGRATIONS, with its upgrade test); a changed request is a change of the
// contract the renderer and the loopback host depend on. Update deliberately with `npx vitest run -u` on this file.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNEL_NAMES } from '../../electron/shared/channels';
import { contract } from '../../electron/shared/contract';
import { LATEST_USER_VERSION } from '../../electron/core/userdb/migrations';
import { openTempUserDb } from '../support/annotations/temp-db';

describe('schema snapshots', () => {
  it('keeps the user.sqlite schema of a fresh data folder', async () => {
    const env = openTempUserDb();
    try {
      const rows = env.db
        .prepare(
          "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND sql IS NOT NULL ORDER BY type, name",
        )
        .all() as { type: string; name: string; sql: string }[];
      expect(rows.length).toBeGreaterThan(5);
      const text = [
        `-- user.sqlite at user_version ${String(LATEST_USER_VERSION)}`,
        ...rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql};`),
      ].join('\n\n');
      await expect(`${text}\n`).toMatchFileSnapshot('./__snapshots__/user-sqlite.schema.sql');
    } finally {
      env.cleanup();
    }
  });

  it('keeps every channel request schema', async () => {
    const schemas = Object.fromEntries(
      [...CHANNEL_NAMES].sort().map((name) => [
        name,
        {
          maxChars: contract[name].maxChars,
          request: z.toJSONSchema(contract[name].request, { io: 'input', unrepresentable: 'any' }),
        },
      ]),
    );
    await expect(`${JSON.stringify(schemas, null, 2)}\n`).toMatchFileSnapshot(
      './__snapshots__/contract-requests.json',
    );
  });
});
