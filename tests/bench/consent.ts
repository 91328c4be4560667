/**
 * `npm run bench:consent`: what cookie-consent memory costs and how fast it answers, in real Chromium with
 * the built extension (`.output/chrome-mv3`; run `npm run build` first).
 *
 * 1. The always-on content script's size, minified and gzipped.
 * 2. Page-load overhead: a heavy local page (long article, 3,000 list items, 4 iframes) loaded 20 times
 *    with and without the extension, interleaved, in the same run. The site has no remembered choice,
 *    which is every site but the few a reader answered.
 * 3. Revisit to choice applied: on four platforms' pages the reader answered once, visited again 20 times
 *    each with cookies cleared: time from navigation start to the platform receiving the choice, to the
 *    choice checked as taken (utils/consent/apply.ts: the moment the background marks the tab applied),
 *    and how long the banner was visible, against the time the banner takes to appear without the extension.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from '../e2e/support/browser';
import { chromeBuildDir, chromiumPath, extensionBrowserArgs, repoRoot } from '../e2e/support/paths';
import { median, percentile } from './stats';
import { writeBenchSummary } from './summary';

const RUNS = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 20);
const consentDir = path.join(repoRoot, 'tests/fixtures/consent');

function heavyPage(): string {
  const paragraph =
    readFileSync(path.join(consentDir, 'plain.html'), 'utf8').match(/<p>[\s\S]*?<\/p>/g) ?? [];
  const body = Array.from({ length: 30 }, () => paragraph.join('\n')).join('\n');
  const items = Array.from(
    { length: 3000 },
    (_, i) => `<li><a href="/item/${i}">Item ${i}</a> <span>note ${i}</span></li>`,
  );
  const frames = Array.from(
    { length: 4 },
    (_, i) => `<iframe src="/frame.html?${i}" width="300" height="150"></iframe>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Heavy page</title></head><body>
<header><nav>${items.slice(0, 50).join('')}</nav></header><main><article><h1>Heavy page</h1>${body}</article>
<ul>${items.join('')}</ul>${frames.join('')}</main></body></html>`;
}

function serve(): Promise<{ port: number; close(): void }> {
  const heavy = heavyPage();
  const frame = readFileSync(path.join(consentDir, 'sourcepoint-frame.html'), 'utf8');
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname === '/heavy.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(heavy);
      return;
    }
    if (url.pathname === '/frame.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><p>A small embedded frame.</p>');
      return;
    }
    if (url.pathname === '/index.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(frame.replace('src="common.js"', 'src="/consent/common.js"'));
      return;
    }
    const file = path.join(consentDir, url.pathname.replace(/^\/consent\//, ''));
    if (!file.startsWith(consentDir) || !statSafe(file)) {
      response.writeHead(404);
      response.end();
      return;
    }
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html';
    response.writeHead(200, { 'content-type': `${type}; charset=utf-8` });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ port: (server.address() as AddressInfo).port, close: () => server.close() }),
    ),
  );
}

function statSafe(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

interface Platform {
  page: string;
  control: string;
  decision: 'accept' | 'reject';
  /** An expression for the banner element (autoconsent's prehide hides it with opacity). */
  banner: string;
}

const ONLY = process.argv.find((arg) => arg.startsWith('--only='))?.slice(7);

const ALL_PLATFORMS: Platform[] = [
  {
    page: 'onetrust',
    control: '#onetrust-reject-all-handler',
    decision: 'reject',
    banner: "document.getElementById('onetrust-banner-sdk')",
  },
  {
    page: 'didomi',
    control: '#didomi-notice-disagree-button',
    decision: 'reject',
    banner: "document.getElementById('didomi-popup')",
  },
  {
    page: 'cookiebot',
    control: '#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll',
    decision: 'accept',
    banner: "document.getElementById('CybotCookiebotDialog')",
  },
  {
    page: 'usercentrics',
    control: '[data-testid="uc-deny-all-button"]',
    decision: 'reject',
    banner:
      "document.getElementById('usercentrics-root')?.shadowRoot?.querySelector('[data-testid=uc-container]')",
  },
];

const PLATFORMS = ALL_PLATFORMS.filter((platform) => !ONLY || platform.page === ONLY);

async function loadTime(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const ms = await page.evaluate('performance.getEntriesByType("navigation")[0]?.loadEventStart ?? NaN');
  await page.close();
  return ms as number;
}

/** Milliseconds from navigation start until `check` holds in the page (polled inside the page). */
async function timeUntil(page: Page, url: string, check: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  // Strings, not closures: tsx would add helpers the page does not have.
  return page.evaluate(`new Promise((resolve, reject) => {
    const poll = () => {
      let ok = false;
      try { ok = Boolean(${check}); } catch { ok = false; }
      if (ok) resolve(performance.now());
      else if (performance.now() > 15000) reject(new Error('timed out'));
      else setTimeout(poll, 5);
    };
    poll();
  })`) as Promise<number>;
}

/**
 * One revisit, watched from inside the page every 5 ms for 8 s: when the platform received the reader's
 * choice, and for how long its banner could be seen (shown, and not made transparent by the prehide).
 */
async function watchRevisit(
  page: Page,
  url: string,
  platform: Platform,
): Promise<{ applied: number; onScreen: number }> {
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate(`new Promise((resolve) => {
    const opacity = (el) => {
      let value = 1;
      for (let node = el; node; node = node.parentElement || (node.getRootNode && node.getRootNode().host) || null) {
        if (node.nodeType === 1) value *= Number(getComputedStyle(node).opacity);
      }
      return value;
    };
    let applied = NaN, onScreen = 0, last = performance.now();
    const poll = () => {
      const now = performance.now();
      try {
        const el = ${platform.banner};
        if (el && window.PQ && window.PQ.isShown(el) && opacity(el) > 0) onScreen += now - last;
      } catch {}
      last = now;
      if (Number.isNaN(applied) && (window.__consentLog || []).includes('${platform.decision}')) applied = now;
      if (now > 8000) resolve({ applied, onScreen });
      else setTimeout(poll, 5);
    };
    poll();
  })`) as Promise<{ applied: number; onScreen: number }>;
}

/**
 * Milliseconds from the page's navigation start to the moment the background recorded the choice as
 * applied and checked (the tab's status, written on `pq-applied`); NaN if it never was.
 */
async function verifiedAt(extension: ExtensionBrowser, page: Page): Promise<number> {
  const tabId = await extension.tabIdOf(page);
  const at = await (await extension.worker()).evaluate(async (id) => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        storage: {
          session: { get(key: string): Promise<Record<string, { at?: number; applied?: unknown }>> };
        };
      };
    };
    const status = (await chrome.storage.session.get(`consentTab:${id}`))[`consentTab:${id}`];
    return status?.applied ? (status.at ?? Number.NaN) : Number.NaN;
  }, tabId);
  const origin = (await page.evaluate('performance.timeOrigin')) as number;
  return at - origin;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function main() {
  const script = readFileSync(path.join(chromeBuildDir, 'content-scripts/consent.js'));
  const server = await serve();
  const heavyUrl = `http://news.heavy.test:${server.port}/heavy.html`;
  const fixture = (platform: Platform, sub: string) =>
    `http://${sub}.${platform.page}.test:${server.port}/consent/${platform.page}.html`;

  // The same browser, profile kind and flags, with and without the extension.
  const profile = mkdtempSync(path.join(tmpdir(), 'pullquote-bench-'));
  const plainContext = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: extensionBrowserArgs(chromeBuildDir).filter((arg) => !arg.includes('extension')),
  });
  const withExtension = await launchWithExtension();
  const results: Record<string, number[]> = { plain: [], extension: [] };
  for (const platform of PLATFORMS) {
    for (const key of ['shown', 'applied', 'verified', 'onScreen']) results[`${key}:${platform.page}`] = [];
  }
  try {
    // Warm both browsers (first navigations pay for process start-up).
    await loadTime(plainContext, heavyUrl);
    await loadTime(withExtension.context, heavyUrl);
    for (let run = 0; run < RUNS; run++) {
      const order = run % 2 === 0 ? ['plain', 'extension'] : ['extension', 'plain'];
      for (const which of order) {
        const context = which === 'plain' ? plainContext : withExtension.context;
        results[which]?.push(await loadTime(context, heavyUrl));
      }
    }

    for (const platform of PLATFORMS) {
      // The reader answers the banner once, on news.<platform>.test.
      const first = await withExtension.context.newPage();
      await first.goto(fixture(platform, 'news'));
      await first.locator(platform.control).click();
      await first.waitForTimeout(500);
      await first.close();
      const plainPage = await plainContext.newPage();
      const extensionPage = await withExtension.context.newPage();
      for (let run = 0; run < RUNS; run++) {
        await plainContext.clearCookies();
        results[`shown:${platform.page}`]?.push(
          await timeUntil(
            plainPage,
            fixture(platform, `www${run}`),
            'window.__bannerVisible && window.__bannerVisible()',
          ),
        );
        await withExtension.context.clearCookies();
        // A new subdomain each time: platforms also remember consent in localStorage, per origin.
        const visit = await watchRevisit(extensionPage, fixture(platform, `www${run}`), platform);
        results[`applied:${platform.page}`]?.push(visit.applied);
        results[`verified:${platform.page}`]?.push(await verifiedAt(withExtension, extensionPage));

        results[`onScreen:${platform.page}`]?.push(visit.onScreen);
      }
      await plainPage.close();
      await extensionPage.close();
    }
  } finally {
    await withExtension.close();
    await plainContext.close();
    rmSync(profile, { recursive: true, force: true });
    server.close();
  }

  const plainMedian = median(results.plain ?? []);
  const extensionMedian = median(results.extension ?? []);
  console.log('Cookie-consent memory, Chromium, built extension\n');
  console.log('Content script (content-scripts/consent.js, always on, every frame)');
  console.log(
    `  minified ${(script.length / 1024).toFixed(1)} kB, gzip ${(gzipSync(script).length / 1024).toFixed(1)} kB\n`,
  );
  console.log(`Page load, heavy local page (3,000 list items, 4 iframes), ${RUNS} loads each, interleaved`);
  console.log('                      median       p95');
  console.log(
    `  without extension   ${fmt(plainMedian).padEnd(12)} ${fmt(percentile(results.plain ?? [], 95))}`,
  );
  console.log(
    `  with extension      ${fmt(extensionMedian).padEnd(12)} ${fmt(percentile(results.extension ?? [], 95))}`,
  );
  console.log(`  ratio               ${(extensionMedian / plainMedian).toFixed(3)}   (target ≤ 1.05)\n`);
  console.log(
    `Revisit with a remembered choice, cookies cleared, ${RUNS} visits per platform (ms from navigation)`,
  );
  console.log(
    '  platform       banner appears    choice applied          applied and checked     banner visible      checked / appears',
  );
  console.log(
    '                 (no extension)    (median, p95)           (median, p95)           (median, max)',
  );
  const allApplied: number[] = [];
  const allVerified: number[] = [];
  for (const platform of PLATFORMS) {
    const shown = results[`shown:${platform.page}`] ?? [];
    const applied = results[`applied:${platform.page}`] ?? [];
    const all = results[`verified:${platform.page}`] ?? [];
    const verified = all.filter(Number.isFinite);
    const onScreen = results[`onScreen:${platform.page}`] ?? [];
    allApplied.push(...applied);
    allVerified.push(...verified);
    const missing = all.length - verified.length;
    console.log(
      `  ${platform.page.padEnd(14)} ${fmt(median(shown)).padEnd(17)} ${`${fmt(median(applied))}, ${fmt(percentile(applied, 95))}`.padEnd(23)} ${`${fmt(median(verified))}, ${fmt(percentile(verified, 95))}`.padEnd(23)} ${`${fmt(median(onScreen))}, ${fmt(Math.max(...onScreen))}`.padEnd(19)} ${(median(verified) / median(shown)).toFixed(2)}${missing ? `   (${missing} never checked)` : ''}`,
    );
  }
  console.log(`  all platforms: choice applied, median ${fmt(median(allApplied))}`);
  console.log(`  all platforms: applied and checked, median ${fmt(median(allVerified))} (target ≤ 600 ms)`);
  const allShown = PLATFORMS.flatMap((platform) => results[`shown:${platform.page}`] ?? []);
  const allOnScreen = PLATFORMS.flatMap((platform) => results[`onScreen:${platform.page}`] ?? []);
  writeBenchSummary('consent', [
    { measure: 'consent content script (every frame), minified', value: script.length / 1024, unit: 'kB' },
    { measure: 'consent content script, gzip', value: gzipSync(script).length / 1024, unit: 'kB' },
    {
      measure: `heavy page load with the extension, median of ${RUNS}`,
      value: extensionMedian,
      unit: 'ms',
      baseline: { label: 'without the extension', value: plainMedian },
      target: { op: '≤', value: 1.05, of: 'ratio' },
    },
    {
      measure: `revisit → remembered choice applied, median (${PLATFORMS.length} platforms)`,
      value: median(allApplied),
      unit: 'ms',
      baseline: { label: 'banner appears without the extension', value: median(allShown) },
    },
    {
      measure: `revisit → choice applied and checked as taken, median (${PLATFORMS.length} platforms)`,
      value: median(allVerified),
      unit: 'ms',
      baseline: { label: 'banner appears without the extension', value: median(allShown) },
      target: { op: '≤', value: 600 },
    },
    {
      measure: 'revisit: banner visible, median',
      value: median(allOnScreen),
      unit: 'ms',
      target: { op: '≤', value: 200 },
    },
    {
      measure: 'revisit: banner visible, longest',
      value: Math.max(...allOnScreen),
      unit: 'ms',
    },
  ]);
}

await main();
