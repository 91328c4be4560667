/**
 * Validates tests/fixtures/consent/* against @duckduckgo/autoconsent's REAL rules in real Chromium.
 *
 *   npx tsx tests/bench/consent-fixtures-check.ts            # full matrix
 *   npx tsx tests/bench/consent-fixtures-check.ts --verbose  # also print every autoconsent message
 *
 * How autoconsent is driven (same as node_modules/@duckduckgo/autoconsent/playwright/runner.ts): its Playwright
 * build (dist/autoconsent.playwright.js) is injected into every frame (addInitScript = document_start in every
 * frame, cross-origin iframes included); it talks to us through the exposed binding `autoconsentSendMessage`,
 * we answer with `autoconsentReceiveMessage(...)` evaluated in the sending frame: `init` -> `initResp` with rules +
 * config, `eval` -> run msg.code in that frame's main world -> `evalResp`, and after an optOut with
 * scheduleSelfTest -> `selfTest`.
 *
 * Fixture server: serves tests/fixtures/consent/ at the root of every host; /index.html is served
 * sourcepoint-frame.html (Sourcepoint's message iframe must live at /index.html, see the fixtures README).
 * Chromium maps *.test to 127.0.0.1, so pages are loaded as http://news.<platform>.test:PORT/<page>.html.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { filterCompactRules } from '@duckduckgo/autoconsent';
import { type Browser, chromium, type Frame } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/consent');
const AC = path.join(ROOT, 'node_modules/@duckduckgo/autoconsent');
const CONTENT_SCRIPT = fs.readFileSync(path.join(AC, 'dist/autoconsent.playwright.js'), 'utf8');
const FULL_RULES = JSON.parse(fs.readFileSync(path.join(AC, 'rules/rules.json'), 'utf8'));
const COMPACT_RULES = JSON.parse(fs.readFileSync(path.join(AC, 'rules/compact-rules.json'), 'utf8'));
const VERBOSE = process.argv.includes('--verbose');

// ---------------------------------------------------------------------------------------------- server
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export function startFixtureServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    let pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (pathname === '/index.html') pathname = '/sourcepoint-frame.html';
    const file = path.join(FIXTURES, path.normalize(pathname));
    if (!file.startsWith(FIXTURES + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      resolve({ port, close: () => new Promise<void>((r) => server.close(() => r())) });
    });
  });
}

// ---------------------------------------------------------------------------------------------- runs
type Action = 'optOut' | 'optIn';
type RunOpts = {
  label: string;
  page: string; // file name + optional query
  host: string;
  action: Action;
  rules?: 'full' | 'compact';
  cosmetic?: boolean;
  heuristicMode?: 'off' | 'reject' | 'tier1' | 'tier2';
  negative?: boolean; // page without a consent dialog
};
type Msg = {
  type: string;
  cmp?: string;
  result?: boolean;
  scheduleSelfTest?: boolean;
  code?: string;
  id?: string;
  snippetId?: string;
  details?: unknown;
  frameUrl?: string;
};
type ConsentEvent = { decision: string; via: string; t: number };
type RunResult = {
  opts: RunOpts;
  detected: string[];
  popupFound: string[];
  result: boolean | null; // optOutResult / optInResult
  selfTest: boolean | null;
  done: boolean;
  errors: string[];
  bannerAfter: boolean | null;
  log: string[];
  frameLog: string[];
  clicks: string[];
  overflowBody: string;
  overflowHtml: string;
  wheelScrolls: boolean | null;
  reloadBanner: boolean | null;
  reloadLog: string[];
  extra: Record<string, unknown>;
  ms: number;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitUntil(pred: () => boolean, timeoutMs: number, step = 100) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (pred()) return true;
    await sleep(step);
  }
  return pred();
}

async function run(browser: Browser, port: number, opts: RunOpts): Promise<RunResult> {
  const t0 = Date.now();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const received: Msg[] = [];
  const errors: string[] = [];
  let selfTestFrame: Frame | undefined;
  const url = `http://${opts.host}:${port}/${opts.page}`;
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));

  const config = {
    enabled: true,
    autoAction: opts.action,
    disabledCmps: [],
    enablePrehide: true,
    enableCosmeticRules: opts.cosmetic ?? false,
    enableGeneratedRules: true,
    enableHeuristicDetection: true,
    heuristicMode: opts.heuristicMode ?? 'off',
    detectRetries: 20,
    visualTest: false,
    logs: {
      lifecycle: false,
      rulesteps: false,
      detectionsteps: false,
      evals: false,
      errors: false,
      messages: false,
      waits: false,
    },
  };

  await page.exposeBinding('autoconsentSendMessage', async ({ frame }: { frame: Frame }, msg: Msg) => {
    if (msg.type !== 'report') received.push({ ...msg, frameUrl: frame.url() });
    if (VERBOSE && msg.type !== 'report')
      console.log('   ', opts.label, frame.url().replace(/\?.*/, ''), JSON.stringify(msg).slice(0, 200));
    try {
      switch (msg.type) {
        case 'init': {
          const rules =
            opts.rules === 'compact'
              ? {
                  compact: filterCompactRules(COMPACT_RULES, {
                    url: frame.url(),
                    mainFrame: frame.parentFrame() === null,
                  }),
                }
              : { autoconsent: FULL_RULES.autoconsent };
          await frame.evaluate(
            `autoconsentReceiveMessage({ type: "initResp", config: ${JSON.stringify(config)}, rules: ${JSON.stringify(rules)} })`,
          );
          break;
        }
        case 'eval': {
          let result: unknown = false;
          try {
            result = await frame.evaluate(msg.code ?? 'false');
          } catch (e) {
            errors.push(`eval ${msg.snippetId} threw: ${(e as Error).message.split('\n')[0]}`);
          }
          await frame.evaluate(
            `autoconsentReceiveMessage({ id: ${JSON.stringify(msg.id)}, type: "evalResp", result: ${JSON.stringify(result ?? false)} })`,
          );
          break;
        }
        case 'optOutResult':
        case 'optInResult':
          if (msg.scheduleSelfTest) selfTestFrame = frame;
          break;
        case 'autoconsentDone': {
          const f = selfTestFrame;
          if (f && opts.action === 'optOut') {
            selfTestFrame = undefined;
            await f.evaluate(`autoconsentReceiveMessage({ type: "selfTest" })`);
          }
          break;
        }
        case 'autoconsentError':
          errors.push(`autoconsentError: ${JSON.stringify(msg.details)}`);
          break;
      }
    } catch (e) {
      errors.push(`binding ${msg.type}: ${(e as Error).message.split('\n')[0]}`);
    }
  });
  await page.addInitScript({ content: CONTENT_SCRIPT });
  await page.goto(url, { waitUntil: 'load' });

  const resultType = opts.action === 'optOut' ? 'optOutResult' : 'optInResult';
  const has = (type: string) => received.some((m) => m.type === type);
  if (opts.negative) {
    await sleep(3000);
  } else {
    await waitUntil(() => has(resultType), 20000);
    // let the page finish hiding, and the self-test run
    await waitUntil(
      () => has('selfTestResult') || !received.find((m) => m.type === resultType)?.scheduleSelfTest,
      8000,
    );
    await sleep(1500);
  }

  const state = JSON.parse(
    await page.evaluate(`JSON.stringify({
      banner: typeof window.__bannerVisible === 'function' ? window.__bannerVisible() : null,
      log: window.__consentLog || [], clicks: (window.__clicks || []).concat(window.__frameClicks || []),
      events: window.__consentEvents || [], api: window.__consentApiCalls || [],
      ob: getComputedStyle(document.body).overflow, oh: getComputedStyle(document.documentElement).overflow,
      cookies: document.cookie, title: document.title,
    })`),
  );
  let frameLog: string[] = [];
  let frameClicks: string[] = []; // frames still attached (Sourcepoint's is removed on close; it reports via __frameClicks)
  for (const f of page.frames()) {
    if (f === page.mainFrame()) continue;
    try {
      const fs2 = JSON.parse(
        await f.evaluate(`JSON.stringify({ log: window.__consentLog || [], clicks: window.__clicks || [] })`),
      );
      frameLog = frameLog.concat(fs2.log);
      frameClicks = frameClicks.concat(
        fs2.clicks.filter((c: string) => !state.clicks.includes(`frame ${c}`)),
      );
    } catch {
      /* frame gone (container removed) */
    }
  }
  // Does the user's wheel scroll the page? (programmatic scrollTo ignores overflow:hidden, the wheel does not)
  let wheelScrolls: boolean | null = null;
  try {
    await page.evaluate('window.scrollTo(0, 0)');
    await page.mouse.move(640, 300);
    await page.mouse.wheel(0, 800);
    await sleep(400);
    wheelScrolls = (await page.evaluate<number>('window.scrollY')) > 0;
  } catch {
    wheelScrolls = null;
  }

  // Reload in a fresh tab of the same profile WITHOUT autoconsent: the stored choice must keep the banner away.
  let reloadBanner: boolean | null = null;
  let reloadLog: string[] = [];
  if (!opts.negative) {
    const p2 = await context.newPage();
    await p2.goto(url, { waitUntil: 'load' });
    await sleep(1200);
    reloadBanner = await p2.evaluate('window.__bannerVisible()');
    reloadLog = await p2.evaluate('window.__consentLog');
    await p2.close();
  }
  await context.close();

  const msgs = (type: string) => received.filter((m) => m.type === type);
  return {
    opts,
    detected: [...new Set(msgs('cmpDetected').map((m) => m.cmp ?? ''))],
    popupFound: [...new Set(msgs('popupFound').map((m) => m.cmp ?? ''))],
    result: msgs(resultType).length ? msgs(resultType).every((m) => m.result === true) : null,
    selfTest: msgs('selfTestResult').length ? (msgs('selfTestResult')[0]?.result ?? null) : null,
    done: has('autoconsentDone'),
    errors,
    bannerAfter: state.banner,
    log: state.log,
    frameLog,
    clicks: state.clicks.concat(frameClicks),
    overflowBody: state.ob,
    overflowHtml: state.oh,
    wheelScrolls,
    reloadBanner,
    reloadLog,
    extra: {
      events: state.events,
      api: state.api,
      cookies: state.cookies,
      title: state.title,
      cmpFrames: [
        ...new Set(
          received.filter((m) => m.type === 'cmpDetected').map((m) => (m.frameUrl ?? '').replace(/\?.*/, '')),
        ),
      ],
    },
    ms: Date.now() - t0,
  };
}

// ---------------------------------------------------------------------------------------------- expectations
type Check = { ok: boolean; why: string[] };
function expectPlatform(r: RunResult, cmp: string, expectedLog: string[]): Check {
  const why: string[] = [];
  if (r.detected.length !== 1 || r.detected[0] !== cmp)
    why.push(`detected ${JSON.stringify(r.detected)} != ["${cmp}"]`);
  if (!r.popupFound.includes(cmp)) why.push(`popupFound ${JSON.stringify(r.popupFound)}`);
  if (r.result !== true) why.push(`${r.opts.action}Result ${r.result}`);
  if (r.bannerAfter !== false) why.push('banner still visible');
  if (JSON.stringify(r.log) !== JSON.stringify(expectedLog))
    why.push(`log ${JSON.stringify(r.log)} != ${JSON.stringify(expectedLog)}`);
  if (r.overflowBody === 'hidden' || r.overflowHtml === 'hidden')
    why.push(`overflow body=${r.overflowBody} html=${r.overflowHtml}`);
  if (r.wheelScrolls !== true) why.push('wheel does not scroll');
  if (r.reloadBanner !== false) why.push('banner back after reload');
  if (r.reloadLog.length) why.push(`reload log ${JSON.stringify(r.reloadLog)}`);
  if (r.opts.action === 'optOut' && r.selfTest === false) why.push('selfTest false');
  if (r.errors.length) why.push(...r.errors);
  return { ok: why.length === 0, why };
}
function expectNothing(r: RunResult): Check {
  const why: string[] = [];
  if (r.detected.length) why.push(`detected ${JSON.stringify(r.detected)}`);
  if (r.clicks.length) why.push(`clicks ${JSON.stringify(r.clicks)}`);
  if (r.log.length) why.push(`log ${JSON.stringify(r.log)}`);
  if (r.wheelScrolls !== true) why.push('wheel does not scroll');
  if (r.errors.length) why.push(...r.errors);
  return { ok: why.length === 0, why };
}

// ---------------------------------------------------------------------------------------------- main
const PLATFORMS = [
  { page: 'onetrust.html', host: 'news.onetrust.test', cmp: 'Onetrust' },
  { page: 'cookiebot.html', host: 'news.cookiebot.test', cmp: 'Cybotcookiebot' },
  { page: 'didomi.html', host: 'news.didomi.test', cmp: 'didomi' },
  { page: 'usercentrics.html', host: 'news.usercentrics.test', cmp: 'usercentrics-api' },
  { page: 'sourcepoint.html', host: 'news.sourcepoint.test', cmp: 'Sourcepoint-frame' },
];

const T0 = Date.now();
async function main() {
  const { port, close } = await startFixtureServer();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--host-resolver-rules=MAP *.test 127.0.0.1',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
    ],
  });
  console.log(`fixture server on :${port}`);

  type Row = {
    page: string;
    variant: string;
    cmp: string;
    optOut: string;
    optIn: string;
    clicks: string;
    notes: string[];
  };
  const rows: Row[] = [];
  let failures = 0;
  const fmt = (c: Check) => (c.ok ? 'ok' : 'FAIL');
  const short = (r: RunResult) =>
    `${r.opts.action}: log=${JSON.stringify(r.log)}${r.frameLog.length ? ` frameLog=${JSON.stringify(r.frameLog)}` : ''} clicks=${r.clicks.length}`;

  // 1. platform pages: optOut + optIn with full rules (the brief's config), plus optIn with compact rules
  for (const p of PLATFORMS) {
    const out = await run(browser, port, { label: p.page, page: p.page, host: p.host, action: 'optOut' });
    const inn = await run(browser, port, { label: p.page, page: p.page, host: p.host, action: 'optIn' });
    const inCompact = await run(browser, port, {
      label: p.page,
      page: p.page,
      host: p.host,
      action: 'optIn',
      rules: 'compact',
    });
    const cOut = expectPlatform(out, p.cmp, ['reject']);
    const cIn = expectPlatform(inn, p.cmp, ['accept']);
    const cInC = expectPlatform(inCompact, p.cmp, ['accept']);
    const compactResult = inCompact.result;
    failures += cOut.ok ? 0 : 1;
    failures += cIn.ok ? 0 : 1;
    const notes = [
      `host ${p.host}; detected in ${JSON.stringify(out.extra.cmpFrames)}; selfTest(optOut)=${out.selfTest}`,
      short(out),
      short(inn),
      `optIn with COMPACT rules: ${cInC.ok ? 'ok' : `FAIL (optInResult=${compactResult}; ${cInC.why.join('; ')})`}`,
      `optOut events ${JSON.stringify((out.extra.events as ConsentEvent[]).map((e) => e.via))} api ${JSON.stringify(out.extra.api)}`,
      `optIn events ${JSON.stringify((inn.extra.events as ConsentEvent[]).map((e) => e.via))} api ${JSON.stringify(inn.extra.api)}`,
    ];
    if (!cOut.ok) notes.push(`optOut problems: ${cOut.why.join('; ')}`);
    if (!cIn.ok) notes.push(`optIn problems: ${cIn.why.join('; ')}`);
    rows.push({
      page: p.page,
      variant: 'full rules',
      cmp: out.detected.join(',') || '-',
      optOut: fmt(cOut),
      optIn: fmt(cIn),
      clicks: `${out.clicks.length}/${inn.clicks.length}`,
      notes,
    });
  }

  // 1b. OneTrust without a "Reject all" button: autoconsent goes through the preference center
  {
    const out = await run(browser, port, {
      label: 'onetrust no-reject',
      page: 'onetrust.html?variant=no-reject',
      host: 'news.onetrust.test',
      action: 'optOut',
    });
    const c = expectPlatform(out, 'Onetrust', ['settings', 'save']);
    const groups = /groups=([^&;]*)/.exec(String(out.extra.cookies))?.[1];
    if (!c.ok) failures++;
    rows.push({
      page: 'onetrust.html?variant=no-reject',
      variant: 'full rules',
      cmp: out.detected.join(',') || '-',
      optOut: fmt(c),
      optIn: 'n/a',
      clicks: `${out.clicks.length}`,
      notes: [short(out), `groups=${decodeURIComponent(groups ?? '')} selfTest=${out.selfTest}`, ...c.why],
    });
  }

  // 2. notice-only banner: what can autoconsent do with it?
  for (const v of [
    { variant: 'cosmetic off, heuristic off', cosmetic: false, heuristicMode: 'off' as const },
    { variant: 'cosmetic off, heuristic tier1', cosmetic: false, heuristicMode: 'tier1' as const },
    { variant: 'cosmetic ON, heuristic off', cosmetic: true, heuristicMode: 'off' as const },
    { variant: 'cosmetic ON, heuristic tier1', cosmetic: true, heuristicMode: 'tier1' as const },
  ]) {
    const base = {
      page: 'notice.html',
      host: 'news.notice.test',
      cosmetic: v.cosmetic,
      heuristicMode: v.heuristicMode,
    };
    const out = await run(browser, port, { ...base, label: `notice ${v.variant}`, action: 'optOut' });
    const inn = await run(browser, port, { ...base, label: `notice ${v.variant}`, action: 'optIn' });
    const d = (r: RunResult) =>
      `${r.result === null ? 'no result' : r.result}; banner ${r.bannerAfter ? 'shown' : 'gone'}; log ${JSON.stringify(r.log)}; clicks ${JSON.stringify(r.clicks)}; banner after reload: ${r.reloadBanner ? 'BACK' : 'gone'}`;
    rows.push({
      page: 'notice.html',
      variant: v.variant,
      cmp: [...new Set([...out.detected, ...inn.detected])].join(',') || '-',
      optOut: out.result === true ? 'ok' : out.result === false ? 'false' : '-',
      optIn: inn.result === true ? 'ok' : inn.result === false ? 'false' : '-',
      clicks: `${out.clicks.length}/${inn.clicks.length}`,
      notes: [
        `optOut: ${d(out)}${out.errors.length ? ` ${out.errors.join(' ')}` : ''}`,
        `optIn: ${d(inn)}${inn.errors.length ? ` ${inn.errors.join(' ')}` : ''}`,
      ],
    });
  }

  // 3. negative pages: nothing detected, nothing clicked (also with the most aggressive heuristic mode)
  for (const p of [
    { page: 'terms.html', host: 'news.terms.test' },
    { page: 'plain.html', host: 'news.plain.test' },
  ]) {
    for (const hm of ['off', 'tier1', 'tier2'] as const) {
      for (const action of ['optOut', 'optIn'] as const) {
        const r = await run(browser, port, {
          label: p.page,
          page: p.page,
          host: p.host,
          action,
          heuristicMode: hm,
          cosmetic: true,
          negative: true,
        });
        const c = expectNothing(r);
        if (!c.ok) failures++;
        rows.push({
          page: p.page,
          variant: `heuristic ${hm}, cosmetic on`,
          cmp: r.detected.join(',') || '-',
          optOut: action === 'optOut' ? (c.ok ? 'nothing (ok)' : 'FAIL') : '',
          optIn: action === 'optIn' ? (c.ok ? 'nothing (ok)' : 'FAIL') : '',
          clicks: String(r.clicks.length),
          notes: c.why,
        });
      }
    }
  }

  await browser.close();
  await close();

  // table
  const cols: (keyof Row)[] = ['page', 'variant', 'cmp', 'optOut', 'optIn', 'clicks'];
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (vals: string[]) => `| ${vals.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(`\n${line(cols.map(String))}`);
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(cols.map((c) => String(r[c]))));
  console.log('\nclicks = clicks recorded by the page (optOut/optIn run), frames included.\n');
  for (const r of rows) {
    if (!r.notes.length) continue;
    console.log(`${r.page} [${r.variant}]`);
    for (const n of r.notes) console.log(`   ${n}`);
  }
  console.log(failures ? `\n${failures} FAILED check(s)` : '\nall checks passed');
  console.log(`total ${((Date.now() - T0) / 1000).toFixed(1)} s`);
  process.exitCode = failures ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
