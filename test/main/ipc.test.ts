// Sender validation with forged frames, and registration of exactly the contract's channels on ipcMain.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isTrustedSender } from '../../electron/main/ipc/sender';
import type { FrameLike, SenderEventLike } from '../../electron/main/ipc/sender';
import { handleInvoke, registerIpc } from '../../electron/main/ipc/register-ipc';
import { createHandlers } from '../../electron/app/create-handlers';
import { invokerFor } from '../../electron/app/dispatch';
import type { CoreInvoke } from '../../electron/app/dispatch';
import { CHANNELS } from '../../electron/shared/contract';
import { openTestServices, scriptedPlatform } from '../support/services';

const frame = (url: string, parent: FrameLike | null = null): FrameLike => ({ url, parent });
const eventFrom = (
  senderFrame: FrameLike | null,
  mainFrame: FrameLike = senderFrame ?? frame('app://lectern/index.html'),
): SenderEventLike => ({
  senderFrame,
  sender: { mainFrame },
});

describe('isTrustedSender', () => {
  it('accepts the top frame of the app page', () => {
    const top = frame('app://lectern/index.html#/doc/decree-63-2020');
    expect(isTrustedSender(eventFrom(top))).toBe(true);
  });

  const top = frame('app://lectern/index.html');
  const forged: [string, SenderEventLike][] = [
    ['a destroyed frame', eventFrom(null, top)],
    ['a subframe of the app', eventFrom(frame('app://lectern/frame.html', top), top)],
    ['a frame claiming no parent but not the main frame', eventFrom(frame('app://lectern/index.html'), top)],
    ['a web page', eventFrom(frame('https://example.com/'))],
    ['a file:// page', eventFrom(frame('file:///tmp/evil.html'))],
    ['another app:// host', eventFrom(frame('app://evil/index.html'))],
    ['a look-alike host', eventFrom(frame('app://lectern.evil/index.html'))],
    ['data: URL', eventFrom(frame('data:text/html,hi'))],
    ['about:blank', eventFrom(frame('about:blank'))],
    ['devtools', eventFrom(frame('devtools://devtools/bundled/inspector.html'))],
    ['garbage URL', eventFrom(frame('::::'))],
  ];
  it.each(forged)('refuses %s', (_name, event) => {
    expect(isTrustedSender(event)).toBe(false);
  });
});

describe('registerIpc and handleInvoke', () => {
  let env: ReturnType<typeof openTestServices>;
  // The relay in main takes the core's invoke; here the core runs in-thread (test/app/worker covers the worker).
  let invoke: CoreInvoke;
  beforeAll(() => {
    env = openTestServices();
    invoke = invokerFor(createHandlers(env.services, scriptedPlatform().platform));
  });
  afterAll(() => {
    env.cleanup();
  });

  it('registers one ipcMain.handle per contract channel', () => {
    const handle = vi.fn();
    registerIpc({ handle }, invoke);
    expect(handle.mock.calls.map((c) => c[0] as string).sort()).toEqual([...CHANNELS].sort());
  });

  it('answers a trusted sender through the real handlers', async () => {
    const handle = vi.fn();
    registerIpc({ handle }, invoke);
    const listener = handle.mock.calls.find((c) => c[0] === 'documents:get')![1] as (
      e: unknown,
      p: unknown,
    ) => Promise<unknown>;
    const result = await listener(eventFrom(frame('app://lectern/index.html')), { docId: 'decree-63-2020' });
    expect(result).toMatchObject({ ok: true, value: { docId: 'decree-63-2020' } });
  });

  it('refuses a forged sender with FORBIDDEN before anything reaches the core, and logs it', async () => {
    const spy = vi.fn(invoke);
    const log = vi.fn();
    const result = await handleInvoke(
      spy,
      'documents:list',
      eventFrom(frame('https://example.com/')),
      {},
      { log },
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'This window may not call Lectern.', language: 'en' },
    });
    expect(spy).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith({ channel: 'documents:list', code: 'FORBIDDEN' });
  });

  it('validates payloads from a trusted sender too', async () => {
    const result = await handleInvoke(invoke, 'documents:get', eventFrom(frame('app://lectern/index.html')), {
      docId: '../../etc/passwd',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
