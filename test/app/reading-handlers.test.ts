// Reader preferences and reading positions through the real handler table: stored in a real user.sqlite, read
// back after the services are closed and reopened on the same data folder (an app restart), bad input refused.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/app/create-handlers';
import { call, dispatch } from '../../electron/app/dispatch';
import type { Handlers } from '../../electron/app/dispatch';
import { openServices } from '../../electron/app/open-services';
import type { Services } from '../../electron/app/open-services';
import { defaultCorpusLocation } from '../../electron/core/corpus/location';
import { contract, DEFAULT_MAX_REQUEST_CHARS } from '../../electron/shared/contract';
import { scriptedPlatform } from '../support/services';

let dataDir: string;
let open: Services[] = [];
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'lectern-reading-'));
});
afterEach(() => {
  for (const s of open) s.close();
  open = [];
  rmSync(dataDir, { recursive: true, force: true });
});

/** Opens the services on the test's data folder, as the app does at start-up. */
function start(): { services: Services; handlers: Handlers } {
  const services = openServices({ corpusDir: defaultCorpusLocation().dir, dataDir });
  open.push(services);
  return { services, handlers: createHandlers(services, scriptedPlatform().platform) };
}

function restart(services: Services): Handlers {
  services.close();
  open = open.filter((s) => s !== services);
  return start().handlers;
}

const value = async <T>(pending: Promise<{ ok: boolean; value?: T; error?: unknown }>): Promise<T> => {
  const result = await pending;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
};

describe('settings: sepia and line width', () => {
  it('persist across a restart, and unknown values are refused without changing them', async () => {
    const first = start();
    expect(await value(call(first.handlers, 'settings:get', {}))).toMatchObject({
      theme: 'system',
      lineWidth: 'medium',
    });
    await value(call(first.handlers, 'settings:update', { theme: 'sepia', lineWidth: 'wide' }));
    const bad = await dispatch(first.handlers, 'settings:update', { lineWidth: 'huge' });
    expect(bad.ok ? null : bad.error.code).toBe('INVALID_INPUT');

    const again = restart(first.services);
    expect(await value(call(again, 'settings:get', {}))).toMatchObject({ theme: 'sepia', lineWidth: 'wide' });
  });
});

describe('reading positions', () => {
  it('remember the last provision per document across a restart', async () => {
    const first = start();
    expect(await value(call(first.handlers, 'reading:getPosition', { docId: 'decree-63-2020' }))).toBeNull();
    await value(call(first.handlers, 'reading:setPosition', { docId: 'decree-63-2020', eId: 'art_6' }));
    const saved = await value(
      call(first.handlers, 'reading:setPosition', { docId: 'decree-63-2020', eId: 'art_18__cl_1' }),
    );
    expect(saved).toMatchObject({ docId: 'decree-63-2020', eId: 'art_18__cl_1' });
    expect(Number.isNaN(Date.parse(saved.updated))).toBe(false);

    const again = restart(first.services);
    expect(await value(call(again, 'reading:getPosition', { docId: 'decree-63-2020' }))).toEqual(saved);
  });

  it('refuse unknown documents and provisions, and drop a stored provision the document no longer has', async () => {
    const { services, handlers } = start();
    const unknownDoc = await dispatch(handlers, 'reading:setPosition', {
      docId: 'no-such-doc',
      eId: 'art_1',
    });
    expect(unknownDoc.ok ? null : unknownDoc.error.code).toBe('NOT_FOUND');
    const unknownNode = await dispatch(handlers, 'reading:setPosition', {
      docId: 'decree-63-2020',
      eId: 'art_999',
    });
    expect(unknownNode.ok ? null : unknownNode.error.code).toBe('NOT_FOUND');
    const hostile = await dispatch(handlers, 'reading:setPosition', { docId: 'decree-63-2020', eId: '../x' });
    expect(hostile.ok ? null : hostile.error.code).toBe('INVALID_INPUT');
    expect(contract['reading:setPosition'].maxChars).toBe(DEFAULT_MAX_REQUEST_CHARS);

    // A row left by an older version of the document (e.g. before a re-import) points at a provision now gone.
    services.userDb.db
      .prepare(
        "INSERT INTO reading_positions VALUES ('decree-63-2020', 'art_999', '2025-01-01T00:00:00.000Z')",
      )
      .run();
    expect(await value(call(handlers, 'reading:getPosition', { docId: 'decree-63-2020' }))).toBeNull();
    expect(services.userDb.db.prepare('SELECT COUNT(*) AS n FROM reading_positions').get()).toEqual({ n: 0 });
  });
});
