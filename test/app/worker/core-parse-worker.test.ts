// The real core worker with its parse worker (issue 17): while a long file is parsed in its own thread, the core
// answers other calls; a hostile file dropped onto the window is refused by its budget, and the core goes on
// answering and reading the next file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreClient } from '../../../electron/app/worker/core-client';
import { startCore } from '../../../electron/app/worker/core-client';
import { SOURCE_WORKER } from '../../../electron/app/worker/worker-launch';
import { defaultCorpusLocation } from '../../../electron/core/corpus/location';
import type { BatchPlan } from '../../../electron/core/import/batch-plan-model';
import { scriptedPlatform } from '../../support/services';
import { handWrittenPdf, manyPagesPdf } from '../../support/import/hostile-files';

let dataDir: string;
let core: CoreClient;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lectern-core-parse-'));
  core = startCore({
    entry: SOURCE_WORKER,
    services: { corpusDir: defaultCorpusLocation().dir, dataDir },
    platform: scriptedPlatform().platform,
  });
  await core.ready;
});
afterAll(async () => {
  await core.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const drop = (name: string, bytes: Buffer) => ({ name, data: bytes.toString('base64') });

describe('the core with its parse worker', () => {
  it('answers other calls while a long PDF is parsed', async () => {
    const order: string[] = [];
    const parse = core
      .invoke('documents:batchDrop', { dropped: [drop('long.pdf', await manyPagesPdf(2_000))] })
      .then((r) => {
        order.push('parsed');
        return r;
      });
    // Let the parse start, then ask for something else.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const info = await core.invoke('documents:list', {});
    order.push('listed');
    expect(info.ok).toBe(true);
    const plan = await parse;
    expect(plan.ok).toBe(true);
    expect(order).toEqual(['listed', 'parsed']);
  });

  it('refuses a hostile file by its budget and reads the next one', async () => {
    const result = await core.invoke('documents:batchDrop', {
      dropped: [
        drop('pages.pdf', await handWrittenPdf(100_000, 64)),
        drop('ok.txt', Buffer.from('NGHỊ ĐỊNH\nĐiều 1. Phạm vi\nNội dung.')),
      ],
    });
    expect(result.ok).toBe(true);
    const items = (result as { ok: true; value: BatchPlan }).value.items;
    expect(items[0]?.status).toBe('failed');
    expect(items[0]?.message).toContain('5,000');
    expect(items[1]?.status).toBe('ready');
    expect((await core.invoke('documents:list', {})).ok).toBe(true);
  });
});
