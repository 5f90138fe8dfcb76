// The worker's Platform proxy against the host side over a real MessageChannel: dialogs round-trip, progress is
// fire-and-forget, facts come from the snapshot, host errors come back as rejections, unlisted names are refused.
import { MessageChannel } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { Platform } from '../../../electron/app/platform';
import {
  PLATFORM_CALLS,
  PLATFORM_EVENTS,
  everyMemberListed,
  snapshotPlatform,
} from '../../../electron/app/platform-methods';
import {
  answerPlatformCall,
  createWorkerPlatform,
  deliverPlatformEvent,
} from '../../../electron/app/worker/platform-bridge';
import type { FromWorker, ToWorker } from '../../../electron/app/worker/protocol';
import { scriptedPlatform } from '../../support/services';

let ports: MessagePort[] = [];
afterEach(() => {
  for (const port of ports) port.close();
  ports = [];
});

/** The worker side on one end of a channel, the host side (answering with `host`) on the other. */
function bridge(host: Platform) {
  const { port1, port2 } = new MessageChannel();
  ports = [port1, port2];
  const seen: FromWorker[] = [];
  const worker = createWorkerPlatform(
    {
      postMessage: (m: FromWorker) => {
        port1.postMessage(m);
      },
    },
    snapshotPlatform(host),
  );
  port1.on('message', (m: ToWorker) => {
    if (m.kind === 'platform-result') worker.settle(m);
  });
  port2.on('message', (m: FromWorker) => {
    seen.push(m);
    if (m.kind === 'platform-call') {
      void answerPlatformCall(host, m.id, m.method, m.args).then((r) => {
        port2.postMessage(r);
      });
    } else if (m.kind === 'platform-event') {
      deliverPlatformEvent(host, m.method, m.args);
    }
  });
  return { platform: worker.platform, worker, seen };
}

describe('platform bridge', () => {
  it('lists every Platform member (a compile-time check, true at run time)', () => {
    expect(everyMemberListed).toBe(true);
    expect(PLATFORM_CALLS).toEqual(expect.arrayContaining(['chooseSavePath', 'chooseOpenPath']));
    expect(PLATFORM_EVENTS).toEqual(['progress']);
  });

  it('answers save and open dialogs on the host side, in order, with the options the core passed', async () => {
    const scripted = scriptedPlatform({ save: ['/out/a.pdf', null], open: ['/in/b.txt'] });
    const { platform } = bridge(scripted.platform);
    expect(await platform.chooseSavePath({ purpose: 'exportPdf', defaultName: 'a.pdf' })).toBe('/out/a.pdf');
    expect(await platform.chooseSavePath({ purpose: 'exportPdf', defaultName: 'c.pdf' })).toBeNull();
    expect(await platform.chooseOpenPath({ purpose: 'importDocument' })).toBe('/in/b.txt');
    expect(scripted.asked).toEqual(['save:a.pdf', 'save:c.pdf', 'open:importDocument']);
  });

  it('carries every listed call, including the multi-file chooser, without code of its own', async () => {
    const scripted = scriptedPlatform({ open: [['/in/1.txt', '/in/2.txt']] });
    const { platform } = bridge(scripted.platform);
    expect(await platform.chooseOpenPaths({ purpose: 'importDocuments' })).toEqual([
      '/in/1.txt',
      '/in/2.txt',
    ]);
  });

  it('delivers progress without waiting for an answer', async () => {
    const scripted = scriptedPlatform();
    const { platform, seen } = bridge(scripted.platform);
    const progress = { jobId: 'j1', kind: 'export' as const, done: 1, total: 2, label: 'Decree' };
    platform.progress(progress);
    await new Promise((r) => setTimeout(r, 20));
    expect(scripted.progress).toEqual([progress]);
    // One message went across, and it asked for no answer.
    expect(seen.map((m) => m.kind)).toEqual(['platform-event']);
  });

  it('serves facts from the start-up snapshot without a round trip', () => {
    const scripted = scriptedPlatform();
    const host = { ...scripted.platform, fontsDir: '/fonts' };
    const { platform, seen } = bridge(host);
    expect(platform.info()).toEqual(host.info());
    expect(platform.licenses()).toEqual([]);
    expect(platform.fontsDir).toBe('/fonts');
    expect(seen).toEqual([]);
  });

  it('turns a failing host dialog into a rejection with its message', async () => {
    const scripted = scriptedPlatform();
    const host: Platform = {
      ...scripted.platform,
      chooseSavePath: () => Promise.reject(new Error('no display')),
    };
    const { platform } = bridge(host);
    await expect(platform.chooseSavePath({ purpose: 'exportKey' })).rejects.toThrow('no display');
  });

  it('refuses method names that are not listed, prototype keys included', async () => {
    const { platform } = scriptedPlatform();
    for (const name of ['constructor', '__proto__', 'toString', 'info', 'progress']) {
      expect(await answerPlatformCall(platform, 7, name, [])).toEqual({
        kind: 'platform-result',
        id: 7,
        ok: false,
        message: 'Unknown method',
      });
    }
    expect(() => {
      deliverPlatformEvent(platform, 'chooseSavePath', []);
    }).not.toThrow();
  });

  it('rejects pending calls when the worker shuts down', async () => {
    const never: Platform = {
      ...scriptedPlatform().platform,
      chooseOpenPath: () => new Promise(() => undefined),
    };
    const { platform, worker } = bridge(never);
    const asked = platform.chooseOpenPath({ purpose: 'trustKey' });
    worker.rejectAll('Lectern is closing.');
    await expect(asked).rejects.toThrow('Lectern is closing.');
  });
});
