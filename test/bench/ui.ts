// UI benchmark in Debian Chromium against the loopback test host, timed with the Performance API in the page.
//  1. First render of the full decree: data received → React commit → first paint (User Timing marks), with the
//     commentary as the peer in the same run.
//  2. Keystroke → results painted for search-as-you-type, against the peer: the bare `window.lectern.search.query`
//     round trip for the same query (the difference is what the UI adds).
//  3. Scrolling a synthetic 2,000-provision document (decree provisions cloned) 100 px per frame: frame times with the product's
//     `content-visibility: auto` against the peer with it switched off.
// Prints numbers; `npm run bench:ui`. Record runs in docs/benchmarks.md ("Reader UI").
import type { Page } from 'playwright-core';
import { guardedPage, launchChromium } from '../support/e2e/browser';
import { buildRenderer, startHost } from '../support/e2e/host';

const RELOADS = 8;
const QUERIES = [
  's',
  'st',
  'sta',
  'stat',
  'state',
  'state ',
  'state s',
  'state se',
  'state sec',
  'state secrets',
  'security industry',
  'dual-use',
  'bí mật nhà nước',
  'Article 6',
];

function stats(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return `median ${at(0.5).toFixed(1)} ms · p95 ${at(0.95).toFixed(1)} ms · mean ${mean.toFixed(1)} ms (n=${values.length})`;
}

/** In-page: durations loaded→rendered and loaded→painted for the first document shown. */
const RENDER_TIMES = `(async () => {
  for (let i = 0; i < 200 && performance.getEntriesByName('lectern:document-painted').length === 0; i++)
    await new Promise((r) => setTimeout(r, 25));
  const at = (n) => performance.getEntriesByName(n)[0].startTime;
  return { commit: at('lectern:document-rendered') - at('lectern:document-loaded'),
           paint: at('lectern:document-painted') - at('lectern:document-loaded'),
           nodes: document.querySelectorAll('[data-eid]').length };
})()`;

async function firstRender(
  page: Page,
  url: string,
): Promise<{ commit: number[]; paint: number[]; nodes: number }> {
  const commit: number[] = [];
  const paint: number[] = [];
  let nodes = 0;
  for (let i = 0; i < RELOADS; i++) {
    await page.goto('about:blank'); // a real navigation each time, even when only the hash differs
    await page.goto(url);
    const r = await page.evaluate<{ commit: number; paint: number; nodes: number }>(RENDER_TIMES);
    commit.push(r.commit);
    paint.push(r.paint);
    nodes = r.nodes;
  }
  return { commit, paint, nodes };
}

/**
 * In-page: type one query into the search box; time until its results are committed to the DOM (a
 * MutationObserver fires in the same task) and until the frame showing them has been painted (the next
 * requestAnimationFrame, then a task after it). An earlier version polled once per frame and then waited for one
 * more frame, which counted one frame (~17 ms) after the results had already been painted.
 */
const KEYSTROKE = `async (q) => {
  const input = document.querySelector('input[role="combobox"]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const want = q.trim();
  const shown = () => document.querySelector('.search-popup[data-query]')?.dataset.query === want;
  let committed = 0;
  const done = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      committed = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(resolve, 0));
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const t0 = performance.now();
  setValue.call(input, q);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await done;
  const ui = performance.now() - t0;
  const commit = committed - t0;
  const t1 = performance.now();
  const res = await window.lectern.search.query({ query: want, limit: 30 });
  const api = performance.now() - t1;
  return { ui, commit, api, hits: res.ok ? res.value.total : -1 };
}`;

/** In-page: grow the document to `target` provisions by cloning, then scroll it frame by frame. */
const SCROLL = `async ([target, frames, visible]) => {
  const doc = document.querySelector('article.document');
  const blocks = [...doc.querySelectorAll(':scope > .provision')];
  let count = doc.querySelectorAll('.provision').length;
  for (let i = 0; count < target; i++) {
    const clone = blocks[i % blocks.length].cloneNode(true);
    clone.removeAttribute('id');
    doc.appendChild(clone);
    count++;
  }
  document.querySelectorAll('.provision').forEach((el) => { el.style.contentVisibility = visible ? 'visible' : ''; });
  const pane = document.querySelector('.reader-scroll');
  pane.scrollTop = 0;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const gaps = [];
  let last = performance.now();
  const step = 100; // a brisk wheel/trackpad scroll from the top; 100 frames stay inside even the real decree
  pane.scrollTop = 0;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  last = performance.now();
  for (let i = 0; i < frames; i++) {
    pane.scrollTop += step;
    await new Promise((r) => requestAnimationFrame(r));
    const now = performance.now();
    gaps.push(now - last);
    last = now;
  }
  return { gaps, provisions: document.querySelectorAll('.provision').length, height: pane.scrollHeight };
}`;

async function main(): Promise<void> {
  buildRenderer();
  const host = await startHost();
  const browser = await launchChromium();
  try {
    const { page, foreign } = await guardedPage(browser, host.origin);
    console.log(`Chromium ${browser.version()} · ${String(RELOADS)} reloads per document`);

    const decree = await firstRender(page, host.url);
    console.log(`\n1. First render of Decree 63/2020 (${String(decree.nodes)} provisions)`);
    console.log(`   data → React commit   ${stats(decree.commit)}`);
    console.log(`   data → first paint    ${stats(decree.paint)}`);
    const url = new URL(host.url);
    url.hash = '#/law-dsi-2024-commentary';
    const peer = await firstRender(page, url.toString());
    console.log(`   peer: commentary (${String(peer.nodes)} blocks) data → first paint ${stats(peer.paint)}`);

    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: /Decree/ }).waitFor();
    await page.getByRole('combobox', { name: 'Search all documents' }).focus();
    const ui: number[] = [];
    const commit: number[] = [];
    const api: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const q of QUERIES) {
        const r = await page.evaluate<{ ui: number; commit: number; api: number; hits: number }>(
          `(${KEYSTROKE})(${JSON.stringify(q)})`,
        );
        if (round > 0) {
          ui.push(r.ui);
          commit.push(r.commit);
          api.push(r.api);
        }
      }
    }
    console.log(
      `\n2. Keystroke → results painted (${String(QUERIES.length)} queries × 2 rounds after a warm-up)`,
    );
    console.log(`   UI (input event → results painted)  ${stats(ui)}`);
    console.log(`   UI (input event → results in DOM)   ${stats(commit)}`);
    console.log(`   peer: window.lectern.search.query    ${stats(api)}`);

    await page.keyboard.press('Escape');
    const runs: { label: string; target: number; visible: boolean }[] = [
      { label: '3. content-visibility: auto (product), synthetic', target: 2000, visible: false },
      { label: '3b. peer: content-visibility off, synthetic', target: 2000, visible: true },
      { label: '3c. peer: the decree as shipped (no cloning), product CSS', target: 0, visible: false },
    ];
    for (const { label, target, visible } of runs) {
      await page.goto(host.url);
      await page.getByRole('heading', { level: 1, name: /Decree/ }).waitFor();
      const r = await page.evaluate<{ gaps: number[]; provisions: number; height: number }>(
        `(${SCROLL})(${JSON.stringify([target, 100, visible])})`,
      );
      const janky = r.gaps.filter((g) => g > 25).length;
      console.log(`\n${label} — ${String(r.provisions)} provisions, ${String(Math.round(r.height))} px`);
      console.log(
        `   frame interval ${stats(r.gaps)} · frames over 25 ms: ${String(janky)}/${String(r.gaps.length)}`,
      );
    }
    if (foreign.length > 0) throw new Error(`requests outside the host: ${foreign.join(', ')}`);
  } finally {
    await browser.close();
    await host.stop();
  }
}

await main();
