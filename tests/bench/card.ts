/**
 * `npm run bench:card`: exporting a 1080×1350 card in real Chromium, against a baseline measured in the
 * same run: drawing the same card without encoding it (what the preview costs anyway).
 *
 * The card code is bundled with esbuild and run in a local page with the bundled fonts, exactly as the
 * studio draws (site icon included): canvas 2D, then `toBlob('image/png')` for the export.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, repoRoot } from '../e2e/support/paths';
import { bundleForBrowser } from './browser-bundle';
import type { CardBenchResult } from './card-page';
import { median, percentile } from './stats';
import { writeBenchSummary } from './summary';

const RUNS = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 30);

async function main() {
  const script = await bundleForBrowser('tests/bench/card-page.ts');
  const fontsDir = path.join(repoRoot, 'node_modules/@fontsource');
  const page = `<!doctype html><meta charset="utf-8"><style>
    @font-face { font-family: Inter; font-weight: 700; src: url(/fonts/inter/files/inter-latin-700-normal.woff2) format('woff2'); }
    @font-face { font-family: Inter; font-weight: 400; src: url(/fonts/inter/files/inter-latin-400-normal.woff2) format('woff2'); }
    </style><script>${script}</script>`;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/fonts/')) {
      response.writeHead(200, { 'content-type': 'font/woff2' });
      response.end(readFileSync(path.join(fontsDir, url.pathname.slice(7))));
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const tab = await browser.newPage();
  let times: CardBenchResult;
  try {
    await tab.goto(`http://127.0.0.1:${port}/`);
    times = await tab.evaluate(
      (runs) =>
        (
          globalThis as unknown as { __pullquoteCardBench(runs: number): Promise<CardBenchResult> }
        ).__pullquoteCardBench(runs),
      RUNS,
    );
  } finally {
    await browser.close();
    server.close();
  }
  const drawMedian = median(times.draw);
  const exportMedian = median(times.exported);
  console.log(`Card export, 1080×1350, Chromium, ${RUNS} runs (interleaved)\n`);
  console.log('| | median ms | p95 ms |');
  console.log('| --- | ---: | ---: |');
  console.log(
    `| baseline: draw only | ${drawMedian.toFixed(1)} | ${percentile(times.draw, 95).toFixed(1)} |`,
  );
  console.log(
    `| export: draw + PNG | ${exportMedian.toFixed(1)} | ${percentile(times.exported, 95).toFixed(1)} |`,
  );
  console.log(
    `\nratio export / draw: ${(exportMedian / drawMedian).toFixed(2)}×; PNG ${Math.round(times.bytes / 1024)} KB`,
  );
  console.log(`target: export median under 300 ms — ${exportMedian < 300 ? 'met' : 'NOT met'}`);
  writeBenchSummary('card', [
    {
      measure: 'card export 1080×1350 (draw + PNG), median',
      value: exportMedian,
      unit: 'ms',
      baseline: { label: 'draw only', value: drawMedian },
      target: { op: '<', value: 300 },
    },
  ]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
