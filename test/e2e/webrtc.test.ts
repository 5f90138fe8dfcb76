// End-to-end: WebRTC cannot reach the network from the app page. A UDP socket listens on loopback as a STUN
// server; the page (the real renderer from the loopback host, in real Chromium) offers a data channel with that
// server as its ICE server, through every constructor a script could find, and not one packet may arrive.
import { createSocket, type Socket } from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedPage } from '../support/e2e/browser';
import { setupHostAndBrowser } from '../support/e2e/suite';

const env = setupHostAndBrowser();
let socket: Socket;
const packets: Buffer[] = [];

beforeAll(async () => {
  socket = createSocket('udp4');
  socket.on('message', (message) => packets.push(message));
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
});
afterAll(() => {
  socket.close();
});

/** The probe's answer: which constructors it found, and the ICE candidates Chromium gathered. */
interface ProbeResult {
  pageHasConstructor: boolean;
  frameHasConstructor: boolean;
  gathered: string[];
}

/**
 * Page script (plain JavaScript: the node tsconfig has no DOM types): every way a script can get an
 * RTCPeerConnection — the page's own, or a fresh same-origin frame's untouched copy, the way round any
 * page-level override — each asked for a data channel offer with the loopback "STUN server" as ICE server.
 */
function offerThroughEveryConstructor(port: number): string {
  return `(async () => {
    const found = (w) => {
      const ctor = w.RTCPeerConnection ?? w.webkitRTCPeerConnection;
      return typeof ctor === 'function' ? ctor : undefined;
    };
    const frame = document.createElement('iframe');
    document.body.appendChild(frame);
    const page = found(window);
    const inFrame = frame.contentWindow ? found(frame.contentWindow) : undefined;
    const gathered = [];
    for (const Ctor of [page, inFrame]) {
      if (!Ctor) continue;
      const connection = new Ctor({ iceServers: [{ urls: 'stun:127.0.0.1:${port}' }] });
      connection.onicecandidate = (event) => {
        if (event.candidate) gathered.push(event.candidate.candidate);
      };
      connection.createDataChannel('probe');
      await connection.setLocalDescription(await connection.createOffer());
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
    return { pageHasConstructor: page !== undefined, frameHasConstructor: inFrame !== undefined, gathered };
  })()`;
}

describe('WebRTC (Chromium against the loopback host)', () => {
  it('sends no STUN packet to a loopback UDP port, even through a fresh frame', async () => {
    const { host, browser } = env();
    const { context, page, foreign } = await guardedPage(browser, host.origin);
    try {
      await page.goto(host.url);
      await page.getByRole('main').first().waitFor();
      const port = socket.address().port;
      const result = await page.evaluate<ProbeResult>(offerThroughEveryConstructor(port));
      await new Promise((resolve) => setTimeout(resolve, 500));
      // The IP handling policy keeps any constructor a script finds from using UDP at all ...
      expect(packets.length, `STUN packets received; candidates: ${result.gathered.join(' | ')}`).toBe(0);
      // ... and the renderer bootstrap has removed the page's own constructors before app code ran.
      expect(result.pageHasConstructor).toBe(false);
      // The probe really made an offer (through the frame's constructor), so zero packets means something.
      expect(result.frameHasConstructor).toBe(true);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
