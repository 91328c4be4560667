import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_SIZES, cardTheme, THEMES, themeColors } from '../../utils/card';
import { encodeStudioData, type StudioData } from '../../utils/card/studio-data';
import { type ExtensionBrowser, launchWithExtension, saveScreenshot } from './support/browser';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { artifactsDir } from './support/paths';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function allDrawn(studio: Page): Promise<void> {
  await studio.waitForFunction(
    (count) => document.querySelectorAll('canvas[data-drawn="true"]').length === count,
    CARD_SIZES.length,
  );
}

async function openStudio(data: StudioData): Promise<Page> {
  const studio = await browser.context.newPage();
  await studio.setViewportSize({ width: 1440, height: 1000 });
  await studio.goto(`chrome-extension://${browser.extensionId}/studio.html#${encodeStudioData(data)}`);
  await allDrawn(studio);
  return studio;
}

/** Pixels within `box` whose colour is close to `hex` (anti-aliasing blends edges). */
function pixelsNear(png: PNG, hex: string, box: number[], tolerance = 48): number {
  const [x0 = 0, y0 = 0, w = png.width, h = png.height] = box;
  const target = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (let y = y0; y < y0 + h; y++) {
    for (let x = x0; x < x0 + w; x++) {
      const at = (y * png.width + x) * 4;
      const distance = target.reduce(
        (sum, value, channel) => sum + Math.abs((png.data[at + channel] ?? 0) - value),
        0,
      );
      if (distance <= tolerance) count++;
    }
  }
  return count;
}

function distinctColours(png: PNG): number {
  const seen = new Set<number>();
  for (let at = 0; at < png.data.length; at += 4 * 7) {
    seen.add(((png.data[at] ?? 0) << 16) | ((png.data[at + 1] ?? 0) << 8) | (png.data[at + 2] ?? 0));
  }
  return seen.size;
}

async function downloadPng(studio: Page, sizeId: string, twice = false): Promise<{ png: PNG; name: string }> {
  const figure = studio.locator(`figure[data-size="${sizeId}"]`);
  const waiting = studio.waitForEvent('download');
  if (twice) await figure.getByRole('button', { name: 'Download PNG at twice the size' }).click();
  else await figure.getByRole('button', { name: 'Download PNG', exact: true }).click();
  const download = await waiting;
  const file = await download.path();
  return { png: PNG.sync.read(readFileSync(file)), name: download.suggestedFilename() };
}

async function quoteBox(studio: Page, sizeId: string): Promise<number[]> {
  const raw = await studio.locator(`canvas[data-size="${sizeId}"]`).getAttribute('data-quote-box');
  return (raw ?? '').split(',').map(Number);
}

describe('quote cards', () => {
  it('opens the studio from the popup and exports the 1080×1350 card as an exact, non-blank PNG', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.urlFor('seed-news'));
    await browser.clickToolbarButton(article);
    const popup = await browser.openPopupFor(article);
    await popup.waitForSelector('.quote');
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Make an image card' }).click();
    const studio = await opened;
    await studio.setViewportSize({ width: 1440, height: 1000 });
    await allDrawn(studio);
    await saveScreenshot(studio, 'studio-seed', { fullPage: false });

    const { png, name } = await downloadPng(studio, 'portrait');
    expect([png.width, png.height]).toEqual([1080, 1350]);
    expect(name).toBe('little-ground-for-optimism-after-latest-ukraine-talks-warns-1080x1350.png');
    expect(distinctColours(png)).toBeGreaterThan(20);
    const text = themeColors(cardTheme('light'), '#2563eb').text;
    expect(pixelsNear(png, text, await quoteBox(studio, 'portrait'))).toBeGreaterThan(2000);

    const twice = await downloadPng(studio, 'portrait', true);
    expect([twice.png.width, twice.png.height]).toEqual([2160, 2700]);
    await Promise.all([studio.close(), popup.close(), article.close()]);
  });

  it('draws every theme at every size (screenshots for people to look at)', async () => {
    const studio = await openStudio({
      quote:
        'There always are prospects for continuing a dialogue, it’s in the interests of both us and the Americans',
      speaker: 'Dmitry Peskov',
      role: 'Kremlin spokesman',
      title: '‘Little ground for optimism’ after latest Ukraine talks, warns Russia',
      siteName: 'The Daily Ledger',
      url: 'https://news.example.test/a',
      dir: 'ltr',
      lang: 'en',
      accent: '#b4400e',
    });
    mkdirSync(artifactsDir, { recursive: true });
    for (const theme of THEMES) {
      await studio.getByRole('radio', { name: theme.label }).check();
      await allDrawn(studio);
      for (const size of CARD_SIZES) {
        const dataUrl = await studio
          .locator(`canvas[data-size="${size.id}"]`)
          .evaluate((c: HTMLCanvasElement) => c.toDataURL());
        const bytes = Buffer.from(dataUrl.split(',')[1] ?? '', 'base64');
        writeFileSync(path.join(artifactsDir, `card-${theme.id}-${size.id}.png`), bytes);
        const png = PNG.sync.read(bytes);
        expect([png.width, png.height]).toEqual([size.width, size.height]);
        expect(
          pixelsNear(png, themeColors(theme, '#b4400e').text, await quoteBox(studio, size.id)),
        ).toBeGreaterThan(500);
      }
    }
    await studio.close();
  });

  it.each([
    [
      'Arabic, right to left',
      'rtl',
      'ar',
      'لا يوجد أي تغيير، ولن يكون هناك أي تغيير في الموقف من الأزمة، هذا ما قاله الوزير للصحفيين',
    ],
    [
      'Japanese',
      'ltr',
      'ja',
      '変化はない、今後も変化はないだろう。対話を続ける見通しは常にあると報道官は述べた。',
    ],
  ])('lays out %s', async (label, dir, lang, quote) => {
    const studio = await openStudio({
      quote,
      speaker: lang === 'ar' ? 'وزير الخارجية' : '報道官',
      title: lang === 'ar' ? 'محادثات أوكرانيا' : 'ウクライナ協議',
      siteName: 'News',
      url: 'https://news.example.test/a',
      dir: dir as 'ltr' | 'rtl',
      lang,
    });
    const { png } = await downloadPng(studio, 'square');
    const [x = 0, y = 0, w = 0, h = 0] = await quoteBox(studio, 'square');
    const text = themeColors(cardTheme('light'), '#2563eb').text;
    const leftHalf = pixelsNear(png, text, [x, y, Math.floor(w / 2), h]);
    const rightHalf = pixelsNear(png, text, [x + Math.floor(w / 2), y, Math.ceil(w / 2), h]);
    expect(leftHalf + rightHalf).toBeGreaterThan(2000);
    // Lines start at the start edge: the right for Arabic, the left for Japanese.
    if (dir === 'rtl') expect(rightHalf).toBeGreaterThan(leftHalf);
    else expect(leftHalf).toBeGreaterThan(rightHalf);
    writeFileSync(path.join(artifactsDir, `card-${lang}-square.png`), PNG.sync.write(png));
    await saveScreenshot(studio, `studio-${label.split(',')[0]?.toLowerCase()}`, { fullPage: false });
    await studio.close();
  });

  it.each([
    [900, false],
    [3000, true],
  ])(
    'fits a %i-character quote inside its box (shortened: %s), at the exact size',
    async (length, shortened) => {
      const sentence =
        'The negotiations continued late into the night, with neither side willing to give ground on the central questions of security and sovereignty. ';
      const quote = sentence
        .repeat(Math.ceil(length / sentence.length))
        .slice(0, length)
        .trim();
      const studio = await openStudio({
        quote,
        title: 'Long quote',
        url: 'https://news.example.test/a',
        dir: 'ltr',
        lang: 'en',
      });
      const { png } = await downloadPng(studio, 'og');
      expect([png.width, png.height]).toEqual([1200, 630]);
      const [x = 0, y = 0, w = 0, h = 0] = await quoteBox(studio, 'og');
      const text = themeColors(cardTheme('light'), '#2563eb').text;
      expect(pixelsNear(png, text, [x, y, w, h])).toBeGreaterThan(5000);
      // Nothing spills out of the box: the margins beside and below it stay clear of quote text.
      expect(pixelsNear(png, text, [x + w + 2, y, png.width - x - w - 2, h])).toBe(0);
      await expect(studio.locator('canvas[data-size="og"]').getAttribute('data-truncated')).resolves.toBe(
        String(shortened),
      );
      await expect(studio.locator('figure[data-size="og"] .size__note').count()).resolves.toBe(
        shortened ? 1 : 0,
      );
      writeFileSync(path.join(artifactsDir, `card-${length}-chars-og.png`), PNG.sync.write(png));
      await studio.close();
    },
  );
});

describe('the photo theme', () => {
  function photoPage(imageUrl: string): string {
    return `<!doctype html><html lang="en"><head><title>Kremlin talks</title>
      <meta property="og:image" content="${imageUrl}"></head><body><article><h1>Kremlin talks</h1>
      ${'<p>“There is no change, there will be no change,” the minister said on Friday, adding that talks would go on for weeks.</p>'.repeat(6)}
      </article></body></html>`;
  }

  async function studioFor(pathname: string): Promise<Page> {
    const article = await browser.context.newPage();
    await article.goto(`http://news.example.test:${server.port}${pathname}`);
    await browser.clickToolbarButton(article);
    const popup = await browser.openPopupFor(article);
    await popup.waitForSelector('.quote');
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Make an image card' }).click();
    const studio = await opened;
    await studio.setViewportSize({ width: 1440, height: 1000 });
    await allDrawn(studio);
    await popup.close();
    return studio;
  }

  it("puts the article's own photo behind the quote, readable under the scrim", async () => {
    server.addPage('/photo-same-site/', photoPage('/wp-content/uploads/2022/01/kremlin.png'));
    const studio = await studioFor('/photo-same-site/');
    await studio.getByRole('radio', { name: 'Photo' }).check();
    await allDrawn(studio);
    const { png } = await downloadPng(studio, 'og');
    // The photo's red wall shows through the dark scrim; without it the card would be a flat dark grey.
    let reddish = 0;
    for (let at = 0; at < png.data.length; at += 4) {
      if ((png.data[at] ?? 0) > (png.data[at + 1] ?? 0) + 15) reddish++;
    }
    expect(reddish).toBeGreaterThan(20_000);
    writeFileSync(path.join(artifactsDir, 'card-photo-with-image-og.png'), PNG.sync.write(png));
    await studio.close();
  });

  it("loads the photo from the article's CDN with the site access the extension has", async () => {
    server.addPage(
      '/photo-other-site/',
      photoPage(`http://cdn.example.test:${server.port}/wp-content/uploads/2022/01/kremlin.png`),
    );
    const studio = await studioFor('/photo-other-site/');
    await studio.getByRole('radio', { name: 'Photo' }).check();
    await allDrawn(studio);
    await expect(studio.getByRole('button', { name: 'Allow images from that site' }).count()).resolves.toBe(
      0,
    );
    const { png } = await downloadPng(studio, 'og');
    let reddish = 0;
    for (let at = 0; at < png.data.length; at += 4) {
      if ((png.data[at] ?? 0) > (png.data[at + 1] ?? 0) + 15) reddish++;
    }
    expect(reddish).toBeGreaterThan(20_000);
    await studio.close();
  });
});
