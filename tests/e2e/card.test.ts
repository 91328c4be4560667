import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { CARD_SIZES, cardTheme, DEFAULT_ACCENT, THEMES, themeColors } from '../../utils/card';
import { encodeStudioData, type StudioData } from '../../utils/card/studio-data';
import { type ExtensionBrowser, saveScreenshot } from './support/browser';
import type { FixtureServer } from './support/fixture-server';
import { artifactsDir } from './support/paths';
import { withExtensionBrowser } from './support/suite';

let browser: ExtensionBrowser;
let server: FixtureServer;

withExtensionBrowser((started) => {
  ({ browser, server } = started);
});

async function allDrawn(studio: Page): Promise<void> {
  await studio.waitForFunction(
    (count) => document.querySelectorAll('canvas[data-drawn="true"]').length === count,
    CARD_SIZES.length,
  );
}

async function openStudio(data: StudioData, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const studio = await browser.context.newPage();
  await studio.emulateMedia({ colorScheme });
  await studio.setViewportSize({ width: 1440, height: 1000 });
  await studio.goto(browser.pageUrl(`studio.html#${encodeStudioData(data)}`));
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
  if (twice) await figure.getByRole('button', { name: 'Download PNG 2× (twice the size)' }).click();
  else await figure.getByRole('button', { name: 'Download PNG', exact: true }).click();
  const download = await waiting;
  const file = await download.path();
  return { png: PNG.sync.read(readFileSync(file)), name: download.suggestedFilename() };
}

async function quoteBox(studio: Page, sizeId: string): Promise<number[]> {
  const raw = await studio.locator(`canvas[data-size="${sizeId}"]`).getAttribute('data-quote-box');
  return (raw ?? '').split(',').map(Number);
}

/** Where the card drew the site's icon ([] when it drew none). */
async function faviconBox(studio: Page, sizeId: string): Promise<number[]> {
  const raw = await studio.locator(`canvas[data-size="${sizeId}"]`).getAttribute('data-favicon-box');
  return raw ? raw.split(',').map(Number) : [];
}

/** The studio has settled on the site's icon: loaded, or known to be missing. */
async function faviconSettled(studio: Page): Promise<string> {
  await studio.waitForSelector('.studio[data-favicon="loaded"], .studio[data-favicon="none"]');
  await allDrawn(studio);
  return (await studio.locator('.studio').getAttribute('data-favicon')) ?? '';
}

/** The bounding box [x, y, width, height] of the pixels close to `hex` within `box`. */
function inkBox(png: PNG, hex: string, box: number[], tolerance = 60): number[] {
  const [x0 = 0, y0 = 0, w = png.width, h = png.height] = box;
  const target = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let [left, top, right, bottom] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, -1, -1];
  for (let y = y0; y < y0 + h; y++) {
    for (let x = x0; x < x0 + w; x++) {
      const at = (y * png.width + x) * 4;
      const distance = target.reduce(
        (sum, value, channel) => sum + Math.abs((png.data[at + channel] ?? 0) - value),
        0,
      );
      if (distance > tolerance) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  return right < 0 ? [] : [left, top, right - left + 1, bottom - top + 1];
}

/** The orange of tests/fixtures/pages/seed-news/assets/ledger-icon.png. */
const ICON_ORANGE = '#d9480f';

/** A quote from the seed article, as the popup hands it to the studio. */
const PESKOV: StudioData = {
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
};

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
    await expect(faviconSettled(studio)).resolves.toBe('loaded');
    await saveScreenshot(studio, 'studio-seed', { fullPage: false });

    const { png, name } = await downloadPng(studio, 'portrait');
    // The site's icon sits in the footer, beside the source, in its own orange.
    const icon = await faviconBox(studio, 'portrait');
    expect(icon).toHaveLength(4);
    const [, iconY = 0, iconSize = 0] = icon;
    const [, quoteY = 0, , quoteHeight = 0] = await quoteBox(studio, 'portrait');
    expect(iconY).toBeGreaterThan(quoteY + quoteHeight);
    expect(pixelsNear(png, ICON_ORANGE, icon)).toBeGreaterThan(iconSize * iconSize * 0.4);
    // Nowhere else on the card is that orange: the seed page's theme-color (#12263a) is the accent.
    expect(pixelsNear(png, ICON_ORANGE, [0, 0, png.width, png.height])).toBe(
      pixelsNear(png, ICON_ORANGE, icon),
    );
    expect([png.width, png.height]).toEqual([1080, 1350]);
    expect(name).toBe('little-ground-for-optimism-after-latest-ukraine-talks-warns-1080x1350.png');
    expect(distinctColours(png)).toBeGreaterThan(20);
    const text = themeColors(cardTheme('light'), '#2563eb').text;
    expect(pixelsNear(png, text, await quoteBox(studio, 'portrait'))).toBeGreaterThan(2000);

    const twice = await downloadPng(studio, 'portrait', true);
    expect([twice.png.width, twice.png.height]).toEqual([2160, 2700]);
    await Promise.all([studio.close(), popup.close(), article.close()]);
  });

  it('draws every theme at every size, with the site icon (screenshots for people to look at)', async () => {
    // Chrome knows the seed page's icon once it has shown the page.
    const article = await browser.context.newPage();
    await article.goto(server.urlFor('seed-news'));
    await article.close();
    const studio = await openStudio({ ...PESKOV, pageUrl: server.urlFor('seed-news') });
    await expect(faviconSettled(studio)).resolves.toBe('loaded');
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
        const icon = await faviconBox(studio, size.id);
        const [iconX = 0, iconY = 0, iconSize = 0] = icon;
        expect(pixelsNear(png, ICON_ORANGE, icon)).toBeGreaterThan((iconSize * iconSize) / 5);
        // The source line beside the icon keeps the theme's muted colour (the icon's tile must not leak
        // its white into the text).
        const sourceLine = [iconX + iconSize, iconY, png.width - iconX - iconSize, iconSize];
        expect(pixelsNear(png, themeColors(theme, '#b4400e').muted, sourceLine, 24)).toBeGreaterThan(100);
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
    // The hanging mark above the quote: 「 for Japanese (a tall corner, at the left), ” for Arabic (a wide
    // pair of commas, at the right).
    const accent = themeColors(cardTheme('light'), DEFAULT_ACCENT).accent;
    const [markX = 0, , markWidth = 0, markHeight = 0] = inkBox(png, accent, [0, 0, png.width, y]);
    if (lang === 'ja') {
      expect(markHeight).toBeGreaterThan(markWidth * 1.5);
      expect(markX + markWidth).toBeLessThan(png.width / 2);
    } else {
      expect(markWidth).toBeGreaterThan(markHeight);
      expect(markX).toBeGreaterThan(png.width / 2);
    }
    writeFileSync(path.join(artifactsDir, `card-${lang}-square.png`), PNG.sync.write(png));
    // The classic serif theme wraps the quote in the marks instead: 「…」 in Japanese.
    await studio.getByRole('radio', { name: 'Classic serif' }).check();
    await allDrawn(studio);
    const serif = await downloadPng(studio, 'square');
    const serifText = themeColors(cardTheme('serif'), DEFAULT_ACCENT).text;
    expect(pixelsNear(serif.png, serifText, await quoteBox(studio, 'square'))).toBeGreaterThan(2000);
    writeFileSync(path.join(artifactsDir, `card-${lang}-serif-square.png`), PNG.sync.write(serif.png));
    await studio.getByRole('radio', { name: 'Light' }).check();
    await allDrawn(studio);
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

/** The studio for an article page, opened the way a reader does: toolbar button, popup, "Make an image card". */
async function studioFor(pathname: string): Promise<Page> {
  const article = await browser.context.newPage();
  await article.goto(`http://news.example.test:${server.port}${pathname}`);
  // Chrome files the page's icon in its favicon cache once it has loaded it.
  await article.waitForLoadState('load');
  await browser.clickToolbarButton(article);
  const popup = await browser.openPopupFor(article);
  await popup.waitForSelector('.quote');
  const opened = browser.context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Make an image card' }).click();
  const studio = await opened;
  await studio.setViewportSize({ width: 1440, height: 1000 });
  await allDrawn(studio);
  await Promise.all([popup.close(), article.close()]);
  return studio;
}

describe('the photo theme', () => {
  function photoPage(imageUrl: string): string {
    return `<!doctype html><html lang="en"><head><title>Kremlin talks</title>
      <meta property="og:image" content="${imageUrl}"></head><body><article><h1>Kremlin talks</h1>
      ${'<p>“There is no change, there will be no change,” the minister said on Friday, adding that talks would go on for weeks.</p>'.repeat(6)}
      </article></body></html>`;
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

describe("the site's icon and colour", () => {
  function page(head: string): string {
    return `<!doctype html><html lang="en"><head><title>Talks go on</title>${head}</head><body><article>
      <h1>Talks go on</h1>
      ${'<p>“There is no change, there will be no change,” the minister said on Friday, adding that talks would go on for weeks.</p>'.repeat(6)}
      </article></body></html>`;
  }

  it.each([
    ['declares none (and /favicon.ico is missing)', ''],
    ['links a missing icon', '<link rel="icon" href="/missing/icon.png">'],
    ['links an icon that is not an image', '<link rel="icon" href="/not-an-icon/">'],
  ])('a page that %s still exports, with no icon and the default colour', async (_label, head) => {
    const pathname = `/no-icon-${Math.random().toString(36).slice(2)}/`;
    server.addPage('/not-an-icon/', page(''));
    server.addPage(pathname, page(head));
    const studio = await studioFor(pathname);
    await expect(faviconSettled(studio)).resolves.toBe('none');
    await expect(faviconBox(studio, 'og')).resolves.toEqual([]);
    await expect(studio.getByRole('checkbox', { name: "Show the site's icon" }).count()).resolves.toBe(0);
    await expect(studio.locator('#accent').inputValue()).resolves.toBe(DEFAULT_ACCENT);
    const { png } = await downloadPng(studio, 'og');
    expect([png.width, png.height]).toEqual([1200, 630]);
    const text = themeColors(cardTheme('light'), DEFAULT_ACCENT).text;
    expect(pixelsNear(png, text, await quoteBox(studio, 'og'))).toBeGreaterThan(2000);
    await studio.close();
  });

  it('takes the accent from the icon when the page has no theme-color, and can leave the icon out', async () => {
    server.addPage(
      '/icon-no-theme-color/',
      page('<link rel="icon" href="/wp-content/themes/ledger/ledger-icon.png" sizes="32x32">'),
    );
    const studio = await studioFor('/icon-no-theme-color/');
    await expect(faviconSettled(studio)).resolves.toBe('loaded');
    // The icon's orange, give or take Chrome's resampling of a 32 px icon to 64 px.
    const accent = await studio.locator('#accent').inputValue();
    const distance = [1, 3, 5].reduce(
      (sum, i) =>
        sum +
        Math.abs(
          Number.parseInt(accent.slice(i, i + 2), 16) - Number.parseInt(ICON_ORANGE.slice(i, i + 2), 16),
        ),
      0,
    );
    expect(distance).toBeLessThan(24);
    // The hanging quote mark is drawn in it (already 3:1 on white, so unchanged).
    const { png } = await downloadPng(studio, 'square');
    const [, quoteY = 0] = await quoteBox(studio, 'square');
    expect(pixelsNear(png, accent, [0, 0, png.width, quoteY], 30)).toBeGreaterThan(500);
    writeFileSync(path.join(artifactsDir, 'card-favicon-accent-square.png'), PNG.sync.write(png));

    await studio.getByRole('checkbox', { name: "Show the site's icon" }).uncheck();
    await allDrawn(studio);
    await expect(faviconBox(studio, 'square')).resolves.toEqual([]);
    const without = await downloadPng(studio, 'square');
    expect(pixelsNear(without.png, ICON_ORANGE, [0, quoteY, png.width, png.height - quoteY])).toBe(0);
    await studio.close();
  });
});

describe('the studio in dark mode', () => {
  it('follows the system colour scheme (screenshot for people to look at)', async () => {
    const studio = await openStudio(PESKOV, 'dark');
    await studio.getByRole('radio', { name: 'Dark' }).check();
    await allDrawn(studio);
    await saveScreenshot(studio, 'studio-dark', { fullPage: false });
    const colours = await studio.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector) as Element);
      return {
        page: style('body').backgroundColor,
        text: style('body').color,
        field: style('textarea').backgroundColor,
        fieldText: style('textarea').color,
        button: style('.button').backgroundColor,
        buttonText: style('.button').color,
      };
    });
    const luminance = (css: string) => {
      const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    expect(luminance(colours.page)).toBeLessThan(0.2);
    expect(luminance(colours.text)).toBeGreaterThan(0.7);
    expect(luminance(colours.field)).toBeLessThan(0.3);
    expect(luminance(colours.fieldText)).toBeGreaterThan(0.7);
    expect(luminance(colours.buttonText) - luminance(colours.button)).toBeGreaterThan(0.4);
    await studio.close();
  });
});
