/**
 * `npm run bench:main-thread`: how long reading a page holds the reader's main thread, in real Chromium.
 *
 * For the largest pages of both corpora, measured inside the live page:
 *   in-page  — what a naive extension would do: run extractArticle (Readability + our cleaning) on the page;
 *   snapshot — what Pullquote does: copy the DOM into an inert document and serialize it in slices
 *              (takeSnapshot). Reported: the longest stretch without yielding, or the structured clone
 *              the browser makes of the result, whichever is longer.
 * Median of several runs per page; the ratio is snapshot / in-page in the same run.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, repoRoot } from '../e2e/support/paths';
import { bundleForBrowser } from './browser-bundle';
import { median } from './stats';
import { writeBenchSummary } from './summary';

const RUNS = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 5);
const PAGES = Number(process.argv.find((arg) => arg.startsWith('--pages='))?.slice(8) ?? 6);
const corpus = path.resolve(repoRoot, 'tests/corpus');

function largestPages(count: number): string[] {
  const snippetDir = path.join(corpus, 'snippets/pages');
  const files = [
    ...readdirSync(snippetDir).map((name) => path.join(snippetDir, name)),
    ...readdirSync(path.join(corpus, 'readability')).map((slug) =>
      path.join(corpus, 'readability', slug, 'source.html'),
    ),
  ];
  return files
    .map((file) => ({ file, size: statSync(file).size }))
    .sort((a, b) => b.size - a.size)
    .slice(0, count)
    .map(({ file }) => file);
}

async function main() {
  const pages = largestPages(PAGES);
  const script = await bundleForBrowser('tests/bench/main-thread-page.ts');
  const server = createServer((request, response) => {
    const index = Number(new URL(request.url ?? '/', 'http://x').pathname.split('/')[1]);
    const file = pages[index];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  const context = await browser.newContext();
  // Only our server answers: the archived pages' trackers and ads never load.
  await context.route('**/*', (route) =>
    route.request().url().startsWith(`http://127.0.0.1:${port}/`) ? route.continue() : route.abort(),
  );

  const rows: Array<{ name: string; kb: number; inPage: number; snapshot: number }> = [];
  for (const [index, file] of pages.entries()) {
    const inPage: number[] = [];
    const snapshot: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/${index}/`, { waitUntil: 'load' });
      await page.addScriptTag({ content: script });
      const times = await page.evaluate(async () => {
        type Bench = {
          extractArticle(doc: Document, options: { url: string }): unknown;
          takeSnapshot(doc: Document): Promise<{ tookMs: number }>;
        };
        const bench = (globalThis as unknown as { __pullquoteBench: Bench }).__pullquoteBench;
        const snapshot = await bench.takeSnapshot(document);
        // The browser clones the result to hand it to the extension, on the page's thread too.
        const c0 = performance.now();
        structuredClone(snapshot);
        const clone = performance.now() - c0;
        const t1 = performance.now();
        bench.extractArticle(document, { url: location.href });
        const t2 = performance.now();
        return { snapshot: Math.max(snapshot.tookMs, clone), inPage: t2 - t1 };
      });
      inPage.push(times.inPage);
      snapshot.push(times.snapshot);
      await page.close();
    }
    rows.push({
      name: path.relative(corpus, file),
      kb: Math.round(statSync(file).size / 1024),
      inPage: median(inPage),
      snapshot: median(snapshot),
    });
  }
  await browser.close();
  server.close();

  console.log(
    `Main-thread time on the ${pages.length} largest corpus pages (median of ${RUNS} runs, Chromium)\n`,
  );
  console.log('| page | size | extract in page (ms) | snapshot, longest task (ms) | snapshot / in-page |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    console.log(
      `| ${row.name} | ${row.kb} KB | ${row.inPage.toFixed(1)} | ${row.snapshot.toFixed(1)} | ${(row.snapshot / row.inPage).toFixed(2)}× |`,
    );
  }
  const worstInPage = Math.max(...rows.map((row) => row.inPage));
  const worstSnapshot = Math.max(...rows.map((row) => row.snapshot));
  console.log(
    `\nworst page: in-page ${worstInPage.toFixed(1)} ms, snapshot ${worstSnapshot.toFixed(1)} ms (budget ~50 ms)`,
  );
  writeBenchSummary('main-thread', [
    {
      measure: `page's main thread held by the snapshot, worst of the ${rows.length} largest pages`,
      value: worstSnapshot,
      unit: 'ms',
      baseline: { label: 'Readability run in the page', value: worstInPage },
      target: { op: '≤', value: 50 },
    },
  ]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
