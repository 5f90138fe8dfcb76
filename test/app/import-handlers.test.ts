// Importing a document through the channels: the file comes from the (scripted) open dialog, the preview is
// stored nowhere, the commit lands in user.sqlite, and the document is then listed, readable and searchable.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/app/create-handlers';
import { call, dispatch } from '../../electron/app/dispatch';
import type { Handlers } from '../../electron/app/dispatch';
import { openTestServices, scriptedPlatform } from '../support/services';

let env: ReturnType<typeof openTestServices>;
let handlers: Handlers;
let file: string;

const TEXT = [
  'GOVERNMENT',
  'No. 17/2031/ND-CP',
  'DECREE',
  'ON QUARTZ WIDGET REGISTRATION',
  'Article 1. Scope',
  'This Decree governs the registration of quartz widgets.',
  'Article 2. Registration',
  '1. Every quartz widget shall be registered.',
  '2. Registration is free of charge.',
].join('\n');

beforeAll(() => {
  env = openTestServices();
  file = join(env.dataDir, 'widgets.txt');
  writeFileSync(file, TEXT);
  handlers = createHandlers(env.services, scriptedPlatform({ open: [null, file] }).platform);
});
afterAll(() => {
  env.cleanup();
});

async function value<T>(pending: Promise<{ ok: boolean; value?: T; error?: unknown }>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

describe('document import channels', () => {
  it('previews nothing when the dialog is cancelled, then previews, commits and serves the chosen file', async () => {
    expect(await value(call(handlers, 'documents:importPreview', {}))).toBeNull();
    const preview = await value(call(handlers, 'documents:importPreview', {}));
    expect(preview?.format).toBe('txt');
    expect(preview?.nodes.some((n) => n.kind === 'article')).toBe(true);
    expect(await value(call(handlers, 'documents:imported', {}))).toEqual([]);

    const committed = await value(
      call(handlers, 'documents:importCommit', { previewId: preview!.previewId }),
    );
    const docId = committed.document.docId;
    expect((await value(call(handlers, 'documents:imported', {}))).map((d) => d.docId)).toEqual([docId]);
    expect((await value(call(handlers, 'documents:list', {}))).map((d) => d.docId)).toContain(docId);
    const nodes = await value(call(handlers, 'documents:nodes', { docId }));
    expect(nodes.filter((e) => e.kind === 'article')).toHaveLength(2);

    const result = await value(call(handlers, 'search:query', { query: 'quartz widgets' }));
    expect(result.groups.map((g) => g.docId)).toContain(docId);

    const removed = await value(call(handlers, 'documents:remove', { docId }));
    expect(removed.docId).toBe(docId);
    expect((await value(call(handlers, 'documents:list', {}))).map((d) => d.docId)).not.toContain(docId);
  });

  it('refuses a path smuggled in by the renderer', async () => {
    const smuggled = await dispatch(handlers, 'documents:importPreview', { path: '/etc/passwd' });
    expect(smuggled).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
