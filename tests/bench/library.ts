/**
 * `npm run bench:library`: the library page with 10,000 saved articles, in real Chromium with the built
 * extension (`.output/chrome-mv3`; built first only when missing). Every target is printed with a
 * baseline measured in the same run:
 *
 *   first list paint      — navigation start → `library:first-paint`, 10,000 items vs an empty library;
 *   search keystroke      — `input` dispatched → `library:search:<q>` mark, for a query vs for clearing the
 *                           box (the same event, render and list work, with no index query);
 *   save                  — `librarySave` round trip of a ~30 kB article vs `libraryLookup` (a read);
 *   import                — 10,000 Pocket CSV rows, file chosen → "Imported" status, vs parsing the same
 *                           CSV in Node (parsePocketCsv / parseImport), with the progress bar sampled;
 *   scroll                — rows in the DOM at the top, middle and end, and the scroll-to-end frame.
 *
 * All timing is taken inside the page (performance.now and the page's own marks), never across the
 * DevTools protocol. Data: tests/bench/library-data.ts (deterministic).
 */
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { parseImport, parsePocketCsv } from '../../utils/library/formats';
import { type ExtensionBrowser, launchWithExtension, saveScreenshot } from '../e2e/support/browser';
import { chromeBuildDir, repoRoot } from '../e2e/support/paths';
import { bundleForBrowser } from './browser-bundle';
import { makePocketCsv, SEARCH_PREFIXES, SEARCH_WORDS } from './library-data';
import type { FillResult, LibraryBenchPage, SaveTimes } from './library-page';
import { median, percentile } from './stats';
import { type SummaryRow, writeBenchSummary } from './summary';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const ITEMS = arg('items', 10_000);
const LOADS = arg('loads', 10);
const SAVES = arg('saves', 20);
const IMPORT_ROWS = arg('import', 10_000);
const NOW = Date.UTC(2026, 10, 1);

type Row = {
  name: string;
  n: number;
  values: number[];
  baseline?: { name: string; values: number[] };
  target?: { ms: number; stat: 'median' | 'max' };
};

const errors: string[] = [];

function watch(page: Page, label: string): Page {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      errors.push(`${label} console.${message.type()}: ${message.text().slice(0, 300)}`);
  });
  page.on('pageerror', (error) => errors.push(`${label} pageerror: ${error.message.slice(0, 300)}`));
  return page;
}

async function loadBench(page: Page, script: string): Promise<void> {
  // Runtime.evaluate is not bound by the extension page's CSP (an inline <script> would be).
  await page.evaluate(script);
  const ok = await page.evaluate(() => '__pullquoteLibraryBench' in globalThis);
  if (!ok) throw new Error('bench page script did not load');
}

type BenchGlobal = { __pullquoteLibraryBench: LibraryBenchPage };

/** Opens library.html in a new tab and waits for its first rows; the `library:first-paint` time. */
async function firstPaint(browser: ExtensionBrowser, keepOpen = false): Promise<{ ms: number; page: Page }> {
  const page = watch(await browser.context.newPage(), 'library');
  await page.setViewportSize({ width: 1200, height: 860 });
  await page.addInitScript(pageProbe);
  await page.goto(browser.pageUrl('library.html'));
  await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
  const ms = await page.evaluate(
    () => performance.getEntriesByName('library:first-paint', 'mark')[0]?.startTime ?? Number.NaN,
  );
  if (!keepOpen) await page.close();
  return { ms, page };
}

/** `runs` fresh loads, timed; the last page is left open. */
async function firstPaints(browser: ExtensionBrowser, runs: number, options: { warmUp: boolean }) {
  // The first tab of a new profile pays for the disk cache and the extension's first start.
  if (options.warmUp) await firstPaint(browser);
  const times: number[] = [];
  let last: Page | null = null;
  for (let i = 0; i < runs; i++) {
    const { ms, page } = await firstPaint(browser, i === runs - 1);
    times.push(ms);
    if (i === runs - 1) last = page;
  }
  if (!last) throw new Error('no loads');
  return { times, last };
}

/** Records, from the first script on, when the index is ready and the page's long tasks. */
function pageProbe() {
  const probe = { indexReady: Number.NaN, longTasks: [] as Array<{ start: number; ms: number }> };
  (globalThis as unknown as { __probe: typeof probe }).__probe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.longTasks.push({ start: entry.startTime, ms: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  // The init script runs before <html> exists: watch the document for the attribute instead.
  new MutationObserver((_, observer) => {
    if (document.documentElement?.dataset.indexReady === 'true') {
      probe.indexReady = performance.now();
      observer.disconnect();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-index-ready'] });
}

type Probe = { indexReady: number; longTasks: Array<{ start: number; ms: number }> };
const readProbe = (page: Page) => page.evaluate(() => (globalThis as unknown as { __probe: Probe }).__probe);

/** One keystroke: set the box, dispatch `input`, resolve at the page's `library:search:<value>` mark. */
function keystroke(page: Page, value: string) {
  return page.evaluate(
    (query) =>
      new Promise<{ ms: number; shown: string }>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>('input[type=search]');
        if (!input) return reject(new Error('no search box'));
        const name = `library:search:${query}`;
        let t0 = 0;
        const timer = setTimeout(() => reject(new Error(`no mark for "${query}" in 20 s`)), 20_000);
        const observer = new MutationObserver(() => {
          const mark = performance
            .getEntriesByName(name, 'mark')
            .filter((entry) => entry.startTime >= t0)
            .at(-1);
          if (!mark) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve({
            ms: mark.startTime - t0,
            shown: document.querySelector('[data-testid=library-count]')?.textContent ?? '',
          });
        });
        observer.observe(document.documentElement, {
          attributes: true,
          attributeFilter: ['data-search-query'],
        });
        t0 = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    value,
  );
}

/**
 * Scroll the list to `where`. `render`: scrollTop set → the row to show is in the DOM (the list re-renders
 * in a rAF after the scroll event, so this includes waiting for the next frame); `frame`: → the first task
 * after that frame, i.e. once it has been laid out and painted. Plus the rows in the DOM there.
 */
function scrollTo(page: Page, where: 'top' | 'middle' | 'end') {
  return page.evaluate(
    (to) =>
      new Promise<{ rows: number; render: number; frame: number; last: number }>((resolve, reject) => {
        const scroller = document.querySelector<HTMLElement>('[data-testid=library-scroller]');
        const grid = scroller?.querySelector('[role=grid]');
        if (!scroller || !grid) return reject(new Error('no list'));
        const total = Number(grid.getAttribute('aria-rowcount'));
        const max = scroller.scrollHeight - scroller.clientHeight;
        const top = to === 'top' ? 0 : to === 'middle' ? Math.round(max / 2) : max;
        // Rows are 72 px (ROW_HEIGHT): the first row in view at `top`, or the last one at the end.
        const wanted = to === 'end' ? total : Math.floor(top / 72) + 1;
        const selector = `[role=row][aria-rowindex="${wanted}"]`;
        const finish = (t0: number, render: number) =>
          setTimeout(() => {
            const rows = scroller.querySelectorAll('[role=row][data-row-id]');
            const last = Number(rows[rows.length - 1]?.getAttribute('aria-rowindex'));
            resolve({ rows: rows.length, render, frame: performance.now() - t0, last });
          }, 0);
        if (scroller.querySelector(selector) && Math.abs(scroller.scrollTop - top) < 1) {
          requestAnimationFrame(() => finish(performance.now(), 0));
          return;
        }
        const timer = setTimeout(() => reject(new Error(`row ${wanted} never rendered`)), 5000);
        const observer = new MutationObserver(() => {
          if (!scroller.querySelector(selector)) return;
          observer.disconnect();
          clearTimeout(timer);
          finish(t0, performance.now() - t0);
        });
        observer.observe(scroller, { childList: true, subtree: true });
        const t0 = performance.now();
        scroller.scrollTop = top;
      }),
    where,
  );
}

interface ImportRun {
  toStatus: number;
  toList: number;
  status: string;
  progressValues: number[];
  polls: number;
  frames: number;
  longestFrameGap: number;
  rowsAfter: number;
}

/** Sets the CSV on the file input and follows the import inside the page until it is done. */
async function runImport(page: Page, csv: string): Promise<ImportRun> {
  await page.evaluate(() => {
    type State = {
      t0: number;
      toStatus: number;
      toList: number;
      values: number[];
      polls: number;
      frames: number;
      longestFrameGap: number;
      done: Promise<void>;
    };
    const state = {
      t0: Number.NaN,
      toStatus: Number.NaN,
      toList: Number.NaN,
      values: [],
      polls: 0,
      frames: 0,
      longestFrameGap: 0,
    } as unknown as State;
    (globalThis as unknown as { __import: State }).__import = state;
    state.done = new Promise<void>((resolve, reject) => {
      const status = () => document.querySelector('[data-testid=library-status]');
      const timeout = setTimeout(() => reject(new Error('import did not finish in 120 s')), 120_000);
      document.addEventListener(
        'change',
        () => {
          state.t0 = performance.now();
          let lastFrame = state.t0;
          const onFrame = (now: number) => {
            state.frames += 1;
            state.longestFrameGap = Math.max(state.longestFrameGap, now - lastFrame);
            lastFrame = now;
            if (Number.isNaN(state.toList)) requestAnimationFrame(onFrame);
          };
          requestAnimationFrame(onFrame);
          const poll = setInterval(() => {
            state.polls += 1;
            const bar = status()?.querySelector('progress');
            if (bar) state.values.push(bar.value);
            const text = status()?.textContent ?? '';
            if (Number.isNaN(state.toStatus) && /Imported \d/.test(text))
              state.toStatus = performance.now() - state.t0;
            const rows = document.querySelectorAll('[role=row][data-row-id]').length;
            if (!Number.isNaN(state.toStatus) && !bar && rows > 0) {
              state.toList = performance.now() - state.t0;
              clearInterval(poll);
              clearTimeout(timeout);
              resolve();
            }
          }, 50);
          // The status text, to the frame rather than to the 50 ms poll.
          const observer = new MutationObserver(() => {
            if (Number.isNaN(state.toStatus) && /Imported \d/.test(status()?.textContent ?? '')) {
              state.toStatus = performance.now() - state.t0;
              observer.disconnect();
            }
          });
          const target = status();
          if (target) observer.observe(target, { childList: true, subtree: true, characterData: true });
        },
        { capture: true, once: true },
      );
    });
  });
  await page
    .locator('input[type=file]')
    .first()
    .setInputFiles({ name: 'ril_export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  return page.evaluate(async () => {
    type State = {
      t0: number;
      toStatus: number;
      toList: number;
      values: number[];
      polls: number;
      frames: number;
      longestFrameGap: number;
      done: Promise<void>;
    };
    const state = (globalThis as unknown as { __import: State }).__import;
    await state.done;
    return {
      toStatus: state.toStatus,
      toList: state.toList,
      status: document.querySelector('[data-testid=library-status]')?.textContent ?? '',
      progressValues: state.values,
      polls: state.polls,
      frames: state.frames,
      longestFrameGap: state.longestFrameGap,
      rowsAfter: document.querySelectorAll('[role=row][data-row-id]').length,
    };
  });
}

function timeIt(run: () => unknown, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    out.push(performance.now() - t0);
  }
  return out;
}

const f = (ms: number) => (Number.isFinite(ms) ? (ms >= 1000 ? ms.toFixed(0) : ms.toFixed(1)) : '–');

function printTable(rows: Row[]) {
  console.log(
    '| measure | n | median ms | p95 ms | baseline (same run) | baseline median ms | ratio | target | met |',
  );
  console.log('| --- | ---: | ---: | ---: | --- | ---: | ---: | --- | --- |');
  for (const row of rows) {
    const m = median(row.values);
    const b = row.baseline ? median(row.baseline.values) : Number.NaN;
    const stat = row.target?.stat === 'max' ? Math.max(...row.values) : m;
    const target = row.target ? `${row.target.stat === 'max' ? 'each' : 'median'} < ${row.target.ms} ms` : '';
    const met = row.target ? (stat < row.target.ms ? 'yes' : '**NO**') : '';
    console.log(
      `| ${row.name} | ${row.values.length} | ${f(m)} | ${f(percentile(row.values, 95))} | ${row.baseline?.name ?? ''} | ${f(b)} | ${row.baseline ? `${(m / b).toFixed(2)}×` : ''} | ${target} | ${met} |`,
    );
  }
}

/** A row of the one-table summary (`npm run bench`): the statistic the target is about, in s from 10 s. */
function summaryRow(row: Row): SummaryRow {
  const seconds = Math.max(row.target?.ms ?? 0, ...row.values) >= 10_000;
  const scale = seconds ? 1 / 1000 : 1;
  const stat = row.target?.stat === 'max' ? Math.max(...row.values) : median(row.values);
  return {
    measure: `${row.name}${row.target?.stat === 'max' ? '' : ', median'}`,
    value: stat * scale,
    unit: seconds ? 's' : 'ms',
    ...(row.baseline
      ? { baseline: { label: row.baseline.name, value: median(row.baseline.values) * scale } }
      : {}),
    ...(row.target ? { target: { op: '<' as const, value: row.target.ms * scale } } : {}),
  };
}

const built = () =>
  ['manifest.json', 'library.html', 'background.js'].every((file) =>
    existsSync(path.join(chromeBuildDir, file)),
  );

/**
 * The built extension, settled. Another `wxt build` (someone else's) empties the folder while it runs: wait
 * for it to finish and stay still rather than start a second build into the same folder; build only when
 * nothing shows up.
 */
async function waitForBuild(): Promise<void> {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  for (let waited = 0; !built() && waited < 60_000; waited += 1000) await sleep(1000);
  if (!built()) {
    console.error('No .output/chrome-mv3: building it (npx wxt build)…');
    execSync('npx wxt build', { cwd: repoRoot, stdio: 'inherit' });
  }
  let stamp = -1;
  for (let waited = 0; waited < 60_000; waited += 1000) {
    const now =
      statSync(chromeBuildDir).mtimeMs + statSync(path.join(chromeBuildDir, 'manifest.json')).mtimeMs;
    if (now === stamp && built()) return;
    stamp = now;
    await sleep(1500);
  }
}

async function main() {
  const started = performance.now();
  await waitForBuild();
  const script = await bundleForBrowser('tests/bench/library-page.ts');

  // Import baseline, in Node: parsing the very CSV the page is given.
  const csv = makePocketCsv(IMPORT_ROWS, NOW);
  const parsed = parsePocketCsv(csv, NOW);
  if (!parsed.ok || parsed.items.length !== IMPORT_ROWS) throw new Error('the Pocket CSV does not parse');
  const parsePocket = timeIt(() => parsePocketCsv(csv, NOW), 5);
  const parseWhole = timeIt(
    () => parseImport('ril_export.csv', new TextEncoder().encode(csv), { now: NOW }),
    5,
  );

  const browser = await launchWithExtension();
  const rows: Row[] = [];
  const notes: string[] = [];
  try {
    const { context } = browser;
    // tsx (esbuild keepNames) wraps named inner functions in `__name(...)`; the functions handed to
    // page.evaluate run in the page, where that helper does not exist.
    await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((fn) => fn);' });

    // 1. Empty library first (this profile is new), then fill it.
    const empty = await firstPaints(browser, LOADS, { warmUp: true });
    await empty.last.close();
    const emptyPaint = empty.times;
    const filler = watch(await context.newPage(), 'filler');
    await filler.goto(browser.pageUrl('library.html'));
    await filler.waitForSelector('html[data-ready="true"]');
    await loadBench(filler, script);
    const fill: FillResult = await filler.evaluate(
      ([n, now]) => (globalThis as unknown as BenchGlobal).__pullquoteLibraryBench.fill(n, now),
      [ITEMS, NOW] as const,
    );
    const stored = await filler.evaluate(() =>
      (globalThis as unknown as BenchGlobal).__pullquoteLibraryBench.count(),
    );
    await filler.close();
    if (stored !== ITEMS) throw new Error(`expected ${ITEMS} items, found ${stored}`);
    notes.push(
      `fill (not timed as a target): ${ITEMS} items, ${(fill.textBytes / 1e6).toFixed(1)} MB text + ${(fill.htmlBytes / 1e6).toFixed(1)} MB HTML, written in ${f(fill.ms)} ms`,
    );

    // 2. First list paint with 10,000 items.
    const full = await firstPaints(browser, LOADS, { warmUp: false });
    const fullPaint = full.times;
    rows.push({
      name: `first list paint, ${ITEMS} items`,
      n: LOADS,
      values: fullPaint,
      baseline: { name: 'empty library', values: emptyPaint },
      target: { ms: 300, stat: 'median' },
    });

    // 3. Search, on the last of those pages, left open until the index is built.
    const library = full.last;
    await library.waitForSelector('html[data-index-ready="true"]', { timeout: 150_000 });
    const probe = await readProbe(library);
    const painted = fullPaint[fullPaint.length - 1] ?? 0;
    const describe = (tasks: Probe['longTasks']) =>
      `${tasks.length} long tasks, ${f(tasks.reduce((sum, task) => sum + task.ms, 0))} ms in all, longest ${f(Math.max(0, ...tasks.map((task) => task.ms)))} ms`;
    notes.push(
      `first paint at ${f(painted)} ms: until then ${describe(probe.longTasks.filter((task) => task.start < painted))}`,
    );
    notes.push(
      `index ready at ${f(probe.indexReady)} ms after navigation: between first paint and then (the indexer) ${describe(probe.longTasks.filter((task) => task.start >= painted && task.start < probe.indexReady))}`,
    );
    // One untimed keystroke first: the first search pays for lazy work the rest don't.
    await keystroke(library, 'warmup');
    await keystroke(library, '');
    const searchWords: number[] = [];
    const searchPrefixes: number[] = [];
    const clears: number[] = [];
    const matches: string[] = [];
    for (const [list, queries] of [
      [searchWords, SEARCH_WORDS],
      [searchPrefixes, SEARCH_PREFIXES],
    ] as const) {
      for (const query of queries) {
        const hit = await keystroke(library, query);
        list.push(hit.ms);
        matches.push(`${query} ${hit.shown.match(/([\d,]+) of/)?.[1] ?? '?'}`);
        clears.push((await keystroke(library, '')).ms);
      }
    }
    const noMatch: number[] = [];
    for (const query of ['qzxvbnm', 'wkjhgfq', 'xqzpvlk']) {
      noMatch.push((await keystroke(library, query)).ms);
      await keystroke(library, '');
    }
    rows.push({
      name: `search keystroke, ${SEARCH_WORDS.length} words`,
      n: searchWords.length,
      values: searchWords,
      baseline: { name: 'clearing the box (no index query)', values: clears },
      target: { ms: 50, stat: 'median' },
    });
    rows.push({
      name: `search keystroke, ${SEARCH_PREFIXES.length} prefixes`,
      n: searchPrefixes.length,
      values: searchPrefixes,
      baseline: { name: 'clearing the box', values: clears },
      target: { ms: 50, stat: 'median' },
    });
    rows.push({
      name: 'search keystroke, no match (fuzzy worst case)',
      n: noMatch.length,
      values: noMatch,
      baseline: { name: 'clearing the box', values: clears },
    });
    notes.push(`results per query (of ${ITEMS}): ${matches.join(', ')}`);

    // Scroll: rows in the DOM and the frame that shows the end.
    const top = await scrollTo(library, 'top');
    const middle = await scrollTo(library, 'middle');
    const toEnd: number[] = [];
    const toEndRender: number[] = [];
    let end = { rows: 0, render: 0, frame: 0, last: 0 };
    for (let i = 0; i < 7; i++) {
      await scrollTo(library, 'top');
      end = await scrollTo(library, 'end');
      toEnd.push(end.frame);
      toEndRender.push(end.render);
    }
    rows.push({
      name: 'scroll to end: scrollTop → that frame painted',
      n: toEnd.length,
      values: toEnd,
    });
    notes.push(
      `rows in the DOM: top ${top.rows}, middle ${middle.rows}, end ${end.rows} (last row ${end.last} of ${ITEMS}); scroll to end: last row in the DOM after ${f(median(toEndRender))} ms (median; includes waiting for the next frame's scroll event), frame done after ${f(median(toEnd))} ms`,
    );
    await saveScreenshot(library, 'bench-library-10k', { fullPage: false });
    await library.close();

    // 4. Save into the 10,000-item library.
    const saver = watch(await context.newPage(), 'options');
    await saver.goto(browser.pageUrl('options.html'));
    await loadBench(saver, script);
    const saves: SaveTimes = await saver.evaluate(
      (n) => (globalThis as unknown as BenchGlobal).__pullquoteLibraryBench.saves(n),
      SAVES,
    );
    rows.push({
      name: `save (librarySave round trip, ${Math.round(saves.articleBytes / 1000)} kB HTML)`,
      n: saves.save.length,
      values: saves.save,
      baseline: { name: 'libraryLookup round trip', values: saves.lookup },
      target: { ms: 100, stat: 'median' },
    });
    notes.push(
      `first (cold) messages, not counted: save ${f(saves.warmSave)} ms, lookup ${f(saves.warmLookup)} ms`,
    );

    // 5. Import into an emptied library (last: it sets the background fetching 10,000 dead links).
    await saver.evaluate(() => (globalThis as unknown as BenchGlobal).__pullquoteLibraryBench.clear());
    await saver.close();
    const importer = watch(await context.newPage(), 'import');
    await importer.setViewportSize({ width: 1200, height: 860 });
    await importer.addInitScript(pageProbe);
    await importer.goto(browser.pageUrl('library.html'));
    await importer.waitForSelector('html[data-ready="true"]');
    const imported = await runImport(importer, csv);
    const importTasks = (await readProbe(importer)).longTasks;
    const distinct = new Set(imported.progressValues).size;
    rows.push({
      name: `import ${IMPORT_ROWS} Pocket CSV rows → "Imported" status`,
      n: 1,
      values: [imported.toStatus],
      baseline: { name: 'parsePocketCsv in Node', values: parsePocket },
      target: { ms: 10_000, stat: 'max' },
    });
    rows.push({
      name: 'import → list showing the items',
      n: 1,
      values: [imported.toList],
      baseline: { name: 'parseImport in Node', values: parseWhole },
    });
    notes.push(
      `import progress bar: ${distinct} distinct values in ${imported.polls} polls every 50 ms (${distinct > 1 ? 'moving' : '**NOT moving**'}); ${imported.frames} frames drawn, longest gap between frames ${f(imported.longestFrameGap)} ms; longest task ${f(Math.max(0, ...importTasks.map((task) => task.ms)))} ms; ${imported.rowsAfter} rows in the DOM after`,
    );
    notes.push(`import status: "${imported.status.trim()}"`);
    // What the background's fetching of the 10,000 dead links does to the page, for 4 s (not timed).
    const t5 = await importer.evaluate(() => performance.now());
    await importer.waitForTimeout(4000);
    const after = await importer.evaluate(
      (since) => ({
        text:
          document.querySelector('[data-testid=fetch-progress] .lib-fetch__count')?.textContent ??
          '(no panel)',
        failedItems: document.querySelectorAll('[data-testid=fetch-progress] li').length,
        longTasks: (globalThis as unknown as { __probe: Probe }).__probe.longTasks.filter(
          (task) => task.start >= since,
        ),
      }),
      t5,
    );
    notes.push(
      `4 s after the import: fetch panel "${after.text}", ${after.failedItems} failed links listed, ${after.longTasks.length} long tasks (${f(after.longTasks.reduce((sum, task) => sum + task.ms, 0))} ms, longest ${f(Math.max(0, ...after.longTasks.map((task) => task.ms)))} ms)`,
    );
    await saveScreenshot(importer, 'bench-library-import', { fullPage: false });
    await importer.close();
  } finally {
    await browser.close();
  }

  console.log(`Library page, ${ITEMS} items, Chromium with the built extension (headless)\n`);
  printTable(rows);
  writeBenchSummary('library', rows.map(summaryRow));
  console.log('');
  for (const note of notes) console.log(`- ${note}`);
  if (errors.length > 0) {
    console.log(`\npage errors and warnings (${errors.length}):`);
    for (const error of [...new Set(errors)].slice(0, 15)) console.log(`  ${error}`);
  }
  console.log(`\ntotal run ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
