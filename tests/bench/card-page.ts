/**
 * Runs inside the benchmark page (bundled by tests/bench/card.ts): draws and exports the same card,
 * interleaved, so both measurements see the same machine.
 */
import { drawCard } from '../../utils/card/draw';
import { exportCardPng } from '../../utils/card/export';
import { cardSize, cardTheme } from '../../utils/card/index';

export interface CardBenchResult {
  draw: number[];
  exported: number[];
  bytes: number;
}

async function run(runs: number): Promise<CardBenchResult> {
  await document.fonts.load('700 40px Inter');
  await document.fonts.load('400 40px Inter');
  // A 64 px site icon, as Chrome's favicon cache hands the studio one.
  const iconCanvas = new OffscreenCanvas(64, 64);
  const iconCtx = iconCanvas.getContext('2d');
  if (iconCtx) {
    iconCtx.fillStyle = '#d9480f';
    iconCtx.fillRect(0, 0, 64, 64);
  }
  const favicon = await createImageBitmap(iconCanvas);
  const spec = {
    favicon,
    size: cardSize('portrait'),
    theme: cardTheme('light'),
    accent: '#b4400e',
    content: {
      quote:
        'There always are prospects for continuing a dialogue, it’s in the interests of both us and the Americans',
      speaker: 'Dmitry Peskov',
      role: 'Kremlin spokesman',
      title: '‘Little ground for optimism’ after latest Ukraine talks, warns Russia',
      siteName: 'The Daily Ledger',
      dir: 'ltr' as const,
      lang: 'en',
    },
  };
  const create = (width: number, height: number) =>
    Object.assign(document.createElement('canvas'), { width, height });
  const draw: number[] = [];
  const exported: number[] = [];
  let bytes = 0;
  const warmUp = 3;
  for (let round = 0; round < runs + warmUp; round++) {
    const t0 = performance.now();
    const ctx = create(spec.size.width, spec.size.height).getContext('2d');
    if (ctx) {
      drawCard(ctx, spec);
      ctx.getImageData(0, 0, 1, 1); // the draw has really happened before the clock stops
    }
    const t1 = performance.now();
    const { blob } = await exportCardPng(spec, 1, create);
    const t2 = performance.now();
    bytes = blob.size;
    if (round >= warmUp) {
      draw.push(t1 - t0);
      exported.push(t2 - t1);
    }
  }
  return { draw, exported, bytes };
}

(globalThis as unknown as { __pullquoteCardBench: typeof run }).__pullquoteCardBench = run;
