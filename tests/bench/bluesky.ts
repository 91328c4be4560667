/**
 * `npm run bench:bluesky`: posting a 1080×1350 card to Bluesky from the studio, in real Chromium with the
 * built extension (`npx wxt build` first), against the reference PDS on this machine (tests/pds).
 *
 * Each run, interleaved:
 * - baseline: a 1080×1350 card exported alone (draw + PNG, `exportCardPng`), the code of tests/bench/card.ts
 *   run in a plain tab of the same browser;
 * - posting: "Post to Bluesky" → the preview is ready (card drawn, fitted under the blob limit, text and
 *   facet made), then "Post" → "Posted to Bluesky." (blob upload and record creation). Click → posted is the
 *   sum of the two clicks' waits: the reader's time reading the preview is not the extension's.
 * Both are timed inside the page, from the click to the answer in the DOM, so the test driver's own waits are
 * not counted. The theme alternates (light, dark) so every run draws and encodes a new card rather than reusing a draft.
 * The first post of the run also loads the Bluesky client chunk; it is reported apart and left out of the
 * medians.
 *
 * Also: the popup's first chunk (what popup.html loads when it opens) must hold no posting code.
 *
 *   npm run bench:bluesky -- --runs=15
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { encodeStudioData } from '../../utils/card/studio-data';
import { launchWithExtension } from '../e2e/support/browser';
import { chromeBuildDir, repoRoot } from '../e2e/support/paths';
import { startTestPds } from '../pds/harness';
import { bundleForBrowser } from './browser-bundle';
import { bundleSizes, entryFiles } from './bundle-sizes';
import type { CardBenchResult } from './card-page';
import { median, percentile } from './stats';
import { writeBenchSummary } from './summary';

const RUNS = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 15);
const TARGET_MS = 2000;

const STUDIO_DATA = encodeStudioData({
  quote: 'There is little ground for optimism, but there are prospects for continuing a dialogue.',
  speaker: 'Dmitry Peskov',
  role: 'Kremlin spokesman',
  title: '‘Little ground for optimism’ after latest Ukraine talks, warns Russia',
  siteName: 'The Daily Ledger',
  url: 'https://news.example.test/2022/01/28/little-ground-for-optimism-ukraine-talks/',
  link: 'https://news.example.test/2022/01/28/little-ground-for-optimism-ukraine-talks/#:~:text=little%20ground%20for%20optimism',
  dir: 'ltr',
  lang: 'en-GB',
});

/** A plain tab running tests/bench/card-page.ts with the card's Inter faces inlined. */
async function cardExportPage(page: Page): Promise<() => Promise<number>> {
  const font = (weight: number) =>
    readFileSync(
      path.join(repoRoot, `node_modules/@fontsource/inter/files/inter-latin-${weight}-normal.woff2`),
    ).toString('base64');
  const faces = [400, 700]
    .map(
      (weight) =>
        `@font-face { font-family: Inter; font-weight: ${weight}; src: url(data:font/woff2;base64,${font(weight)}) format('woff2'); }`,
    )
    .join('\n');
  await page.setContent(`<!doctype html><meta charset="utf-8"><style>${faces}</style>`);
  await page.addScriptTag({ content: await bundleForBrowser('tests/bench/card-page.ts') });
  return async () => {
    const times = await page.evaluate(() =>
      (
        globalThis as unknown as { __pullquoteCardBench(runs: number): Promise<CardBenchResult> }
      ).__pullquoteCardBench(1),
    );
    return times.exported[0] ?? Number.NaN;
  };
}

/**
 * Clicks `click` inside the page and times, on the page's own clock, until something matches `until`: no
 * test driver between the click and the answer (its own waits would be counted otherwise).
 */
function clickUntil(page: Page, click: string, until: string): Promise<number> {
  return page.evaluate(
    ({ click, until }) =>
      new Promise<number>((resolve, reject) => {
        const button = document.querySelector<HTMLElement>(click);
        if (!button) {
          reject(new Error(`Nothing matches ${click}`));
          return;
        }
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!document.querySelector(until)) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        button.click();
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${until} did not appear within 30 s`));
        }, 30_000);
      }),
    { click, until },
  );
}

async function main() {
  const { initial, lazy } = entryFiles(chromeBuildDir, 'popup.html');
  const postingChunks = lazy.filter((file) => /\/(client|BlueskyPoster|prepare)-/.test(file));
  const postingInFirstChunk = initial.filter((file) =>
    /\/(client|BlueskyPoster|prepare|bluesky)-/.test(file),
  );
  const popup = bundleSizes(chromeBuildDir).find((row) => row.entry === 'popup.html');

  const pds = await startTestPds();
  const browser = await launchWithExtension();
  const baseline: number[] = [];
  const prepare: number[] = [];
  const publish: number[] = [];
  const total: number[] = [];
  let cold = Number.NaN;
  let imageBytes = 0;
  try {
    const account = await pds.createAccount('bench');
    const options = await browser.context.newPage();
    await options.goto(browser.pageUrl('options.html'));
    await options.getByLabel('Handle or email').fill(account.handle);
    await options.getByLabel('App password').fill(account.appPassword);
    await options.getByLabel('Server (only for self-hosted accounts)').fill(pds.pdsUrl);
    await options.getByRole('button', { name: 'Connect' }).click();
    await options.getByText(`Connected as @${account.handle}`).waitFor({ timeout: 30_000 });
    await options.close();

    const exportCard = await cardExportPage(await browser.context.newPage());
    const studio: Page = await browser.context.newPage();
    await studio.setViewportSize({ width: 1440, height: 1000 });
    await studio.goto(browser.pageUrl(`studio.html#${STUDIO_DATA}`));
    const dialog = studio.getByRole('dialog', { name: 'Post to Bluesky' });

    for (let run = 0; run <= RUNS; run++) {
      const theme = run % 2 === 0 ? 'dark' : 'light';
      await studio.getByRole('radio', { name: theme === 'dark' ? 'Dark' : 'Light' }).check();
      // Every size redrawn in the new theme first: nothing else competes for the page while it is timed.
      await studio.waitForFunction(
        (wanted) =>
          [...document.querySelectorAll('canvas')].every(
            (canvas) => canvas.dataset.theme === wanted && canvas.dataset.drawn === 'true',
          ),
        theme,
      );

      const exportMs = await exportCard();
      await studio.bringToFront();

      const prepareMs = await clickUntil(
        studio,
        'figure[data-size="portrait"] [data-action="bluesky-post"]',
        '[data-testid="bluesky-post-preview"]',
      );
      const sizeText = (await dialog.getByTestId('bluesky-image-size').textContent())?.match(/([\d,.]+) kB/);
      imageBytes = Math.max(imageBytes, Number((sizeText?.[1] ?? '0').replace(/[,.]/g, '')) * 1000);
      const publishMs = await clickUntil(
        studio,
        '[data-action="bluesky-publish"]',
        '[data-testid="bluesky-post-url"]',
      );
      await dialog.getByRole('button', { name: 'Close' }).click();

      if (run === 0) {
        cold = prepareMs + publishMs;
        continue;
      }
      baseline.push(exportMs);
      prepare.push(prepareMs);
      publish.push(publishMs);
      total.push(prepareMs + publishMs);
    }
    const posts = await pds.listPosts(account.did);
    if (posts.length !== RUNS + 1)
      throw new Error(`Expected ${RUNS + 1} posts on the PDS, found ${posts.length}`);
  } finally {
    await browser.close();
    await pds.close();
  }

  const row = (label: string, values: number[]) =>
    `| ${label} | ${median(values).toFixed(0)} | ${percentile(values, 95).toFixed(0)} |`;
  console.log(
    `Post a 1080×1350 card to Bluesky from the studio, Chromium, local PDS, ${RUNS} runs (interleaved)\n`,
  );
  console.log('| | median ms | p95 ms |');
  console.log('| --- | ---: | ---: |');
  console.log(row('baseline: card export alone (draw + PNG)', baseline));
  console.log(row('Post to Bluesky → preview ready (draw, fit under 1 MB, text)', prepare));
  console.log(row('Post → posted (upload blob, create record)', publish));
  console.log(row('click → posted (both)', total));
  const totalMedian = median(total);
  const baselineMedian = median(baseline);
  console.log(`\nfirst post of the run (loads the client chunk): ${cold.toFixed(0)} ms`);
  console.log(`largest image uploaded: about ${Math.round(imageBytes / 1000)} kB`);
  console.log(`ratio click → posted / card export: ${(totalMedian / baselineMedian).toFixed(2)}×`);
  console.log(
    `target: click → posted median ≤ ${TARGET_MS} ms — ${totalMedian <= TARGET_MS ? 'met' : 'NOT met'}`,
  );
  console.log(
    `\npopup.html first load: ${popup?.raw.toFixed(1)} kB raw, ${popup?.gzip.toFixed(1)} kB gzip; posting code in it: ${
      postingInFirstChunk.length === 0 ? 'none' : postingInFirstChunk.join(', ')
    }; loaded on first use: ${postingChunks.join(', ')}`,
  );
  writeBenchSummary('bluesky', [
    {
      measure: 'Bluesky: click → posted, 1080×1350 card, local PDS, median',
      value: totalMedian,
      unit: 'ms',
      baseline: { label: 'card export alone', value: baselineMedian },
      target: { op: '≤', value: TARGET_MS },
    },
    {
      measure: 'Bluesky: posting chunks in the popup’s first load',
      value: postingInFirstChunk.length,
      unit: 'count',
      target: { op: '≤', value: 0 },
    },
  ]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
