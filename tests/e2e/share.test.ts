import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageBlocksText } from '../../utils/page/blocks';
import { textFragmentUrl } from '../../utils/share';
import { type ExtensionBrowser, saveScreenshot } from './support/browser';
import type { FixtureServer } from './support/fixture-server';
import { fixturesDir } from './support/paths';
import { withExtensionBrowser } from './support/suite';

const seed = JSON.parse(readFileSync(path.join(fixturesDir, 'seed-news/expected.json'), 'utf8')) as {
  url: string;
  paragraphs: string[];
};

let browser: ExtensionBrowser;
let server: FixtureServer;

withExtensionBrowser((started) => {
  ({ browser, server } = started);
});

/**
 * Click a share button and return the URL the new tab asked for. There is no internet here, so the intent
 * page itself never loads; the tab's first request is what the reader's browser would send.
 */
async function shareAndCapture(popup: Page, network: string, host: RegExp): Promise<URL> {
  const request = browser.context.waitForEvent('request', {
    predicate: (r) => host.test(new URL(r.url()).hostname),
  });
  const opened = browser.context.waitForEvent('page');
  await popup.locator(`[data-network="${network}"]`).click();
  const [sent, tab] = await Promise.all([request, opened]);
  expect(sent.frame().page()).toBe(tab);
  await tab.close();
  return new URL(sent.url());
}

async function popupOnSeed(): Promise<{ page: Page; popup: Page }> {
  const page = await browser.context.newPage();
  await page.goto(server.urlFor('seed-news'));
  await browser.clickToolbarButton(page);
  const popup = await browser.openPopupFor(page);
  await popup.waitForSelector('.quote');
  return { page, popup };
}

describe('sharing from the popup', () => {
  it('suggests the direct quotations with their speakers', async () => {
    const { page, popup } = await popupOnSeed();
    await popup.getByRole('button', { name: /Show \d+ more/ }).click();
    const attributions = await popup.locator('.quote__by').allInnerTexts();
    for (const speaker of [
      'Antony Blinken',
      'Dmitry Peskov',
      'Sergei Lavrov',
      'Vladimir Ermakov',
      'Dmytro Kuleba',
    ]) {
      expect(attributions.some((line) => line.includes(speaker))).toBe(true);
    }
    await saveScreenshot(popup, 'popup-quotes-expanded');
    await popup.close();
    await page.close();
  });

  it('opens the X intent with the quote, its speaker and a deep link', async () => {
    const { page, popup } = await popupOnSeed();
    const quote = await popup.getByLabel('Quote to share').inputValue();
    const url = await shareAndCapture(popup, 'x', /^x\.com$/);
    expect(`${url.origin}${url.pathname}`).toBe('https://x.com/intent/tweet');
    const text = url.searchParams.get('text') ?? '';
    expect(text).toContain(`“${quote}”`);
    expect(text).toContain('Antony Blinken');
    const shared = new URL(url.searchParams.get('url') ?? '');
    // The canonical URL, and the quote's paragraph as the text fragment.
    expect(`${shared.origin}${shared.pathname}`).toBe(seed.url);
    expect(shared.hash).toContain(':~:text=');
    await popup.close();
    await page.close();
  });

  it('counts live as the quote is edited, and cuts to fit', async () => {
    const { page, popup } = await popupOnSeed();
    const box = popup.getByLabel('Quote to share');
    await box.fill('Short.');
    const short = await popup.locator('[data-network="bluesky"] .share__count').innerText();
    await box.fill('A very long quote that keeps going and going. '.repeat(12));
    const long = await popup.locator('[data-network="bluesky"] .share__count').innerText();
    const [shortCount] = short.split('/').map(Number);
    const [longCount, limit] = long.split('/').map(Number);
    expect(limit).toBe(300);
    expect(longCount).toBeLessThanOrEqual(300);
    expect(longCount).toBeGreaterThan(shortCount ?? 0);
    // The button's description (aria-describedby) says the quote was cut.
    const describedBy = await popup.locator('[data-network="bluesky"]').getAttribute('aria-describedby');
    await expect(popup.locator(`[id="${describedBy}"]`).innerText()).resolves.toContain('shortened to fit');
    await saveScreenshot(popup, 'popup-composer-long-quote');
    await popup.close();
    await page.close();
  });

  it('asks for the Mastodon instance once, validates it, then shares there', async () => {
    const { page, popup } = await popupOnSeed();
    await popup.locator('[data-network="mastodon"]').click();
    const field = popup.getByLabel('Mastodon instance');
    await field.fill('not a server');
    await expect(popup.locator('#instance-message').innerText()).resolves.toContain("doesn't look like");
    await field.fill('@reader@mastodon.example');
    await expect(popup.locator('#instance-message').innerText()).resolves.toContain('mastodon.example');
    await saveScreenshot(popup, 'popup-settings');
    await popup.getByRole('button', { name: 'Done' }).click();
    const url = await shareAndCapture(popup, 'mastodon', /^mastodon\.example$/);
    expect(`${url.origin}${url.pathname}`).toBe('https://mastodon.example/share');
    expect(url.searchParams.get('text')).toContain('http://news.example.test/');
    await popup.close();
    await page.close();
  });

  it('a deep link scrolls the article to the quote', async () => {
    const { page, popup } = await popupOnSeed();
    // A short quote, so X keeps the deep link: X counts a *.test URL in full (twitter-text does not know
    // that top-level domain), and a long quote plus a long link would not fit.
    await popup.locator('.quote', { hasText: 'Nothing has changed' }).click();
    const intent = await shareAndCapture(popup, 'x', /^x\.com$/);
    const deepLink = new URL(intent.searchParams.get('url') ?? '');
    await popup.close();
    await page.close();

    // The canonical URL has no port; the fixture server has one.
    deepLink.port = String(server.port);
    expect(deepLink.hash).toMatch(/^#:~:text=/);
    const reader = await browser.context.newPage();
    await reader.goto(deepLink.href);
    await expect.poll(() => reader.evaluate(() => window.scrollY), { timeout: 5_000 }).toBeGreaterThan(300);
    const visible = await reader.evaluate(() => {
      const target = [...document.querySelectorAll('p')].find((p) =>
        p.textContent?.includes('Nothing has changed, this is the bad news'),
      );
      const box = target?.getBoundingClientRect();
      return box ? box.top < window.innerHeight && box.bottom > 0 : false;
    });
    expect(visible).toBe(true);
    await saveScreenshot(reader, 'deep-link-scrolled', { fullPage: false });
    await reader.close();
  });
});

describe('deep links land on the quote, in Chromium', () => {
  /** The seed page's blocks as the popup computes them, from the same HTML the server sends. */
  function seedPageText(): string {
    const html = readFileSync(path.join(fixturesDir, 'seed-news/source.html'), 'utf8');
    return pageBlocksText(parseHTML(html).document as unknown as Document);
  }

  async function landedOn(link: string, needle: string): Promise<{ scrollY: number; visible: boolean }> {
    const url = new URL(link);
    url.port = String(server.port);
    const reader = await browser.context.newPage();
    await reader.goto(url.href);
    await reader.waitForTimeout(800);
    const result = await reader.evaluate((text) => {
      const target = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes(text));
      const box = target?.getBoundingClientRect();
      return {
        scrollY: window.scrollY,
        visible: box ? box.top < window.innerHeight && box.bottom > 0 : false,
      };
    }, needle);
    await reader.close();
    return result;
  }

  it.each([
    [
      'a phrase the headline, the sidebar and the lede repeat, picked in a later paragraph',
      'little ground for optimism',
      ['Referring to the Biden administration'],
    ],
    [
      'a long quote (textStart,textEnd)',
      'We continue to insist it is a priority to reach a principled understanding that the problems in this area must be urgently addressed. Otherwise, new ‘missile crises’ are unavoidable',
      ['“We continue to insist'],
    ],
    [
      'a passage across two paragraphs',
      'which means that Russia for the next two weeks is likely to remain on the diplomatic track,” he added.\n\nAs discussions between Russia and the west continue',
      ['“The good news is', 'As discussions between Russia'],
    ],
  ])('%s', async (_label, quote, from) => {
    // As the composer does: the paragraph(s) the quote was picked from tell which occurrence is meant.
    const context = seed.paragraphs.filter((p) => from.some((start) => p.startsWith(start))).join('\n\n');
    const link = textFragmentUrl(seed.url, quote, seedPageText(), context);
    expect(new URL(link).hash).toMatch(/^#:~:text=/);
    const landing = await landedOn(link, (from[from.length - 1] ?? '').replace(/^“/, ''));
    // The headline and lede are at the top: landing there would leave the page unscrolled.
    expect(landing.scrollY).toBeGreaterThan(300);
    expect(landing.visible).toBe(true);
  });
});
