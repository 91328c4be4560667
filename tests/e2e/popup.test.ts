import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORKS } from '../../utils/settings';
import { type ExtensionBrowser, POPUP_SIZE, saveScreenshot } from './support/browser';
import { expectFirstScreen, inView, measureFirstScreen } from './support/first-screen';
import type { FixtureServer } from './support/fixture-server';
import { fixturesDir, repoRoot } from './support/paths';
import { withExtensionBrowser } from './support/suite';

interface Expected {
  title: string;
  byline?: string | null;
  siteName?: string | null;
  paragraphs?: string[];
}

const seed = JSON.parse(readFileSync(path.join(fixturesDir, 'seed-news/expected.json'), 'utf8')) as Expected;

let browser: ExtensionBrowser;
let server: FixtureServer;

withExtensionBrowser((started) => {
  ({ browser, server } = started);
});

async function openArticle(slug: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.urlFor(slug));
  return page;
}

/** The reader's gesture: click the toolbar button on the page (grants activeTab), then look at the popup. */
async function popupAfterClick(page: Page, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  await browser.clickToolbarButton(page);
  return browser.openPopupFor(page, { colorScheme });
}

describe('popup on the seed article', () => {
  it('shows title, site, byline, date, reading time and excerpt', async () => {
    const page = await openArticle('seed-news');
    const popup = await popupAfterClick(page);
    await popup.waitForSelector('[data-state="article"]');

    await expect(popup.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(seed.title);
    const text = await popup.locator('main').innerText();
    expect(text).toContain(seed.siteName?.toUpperCase() ?? '');
    expect(text).toContain(`By ${seed.byline}`);
    expect(text).toMatch(/\b\d+ min read\b/);
    expect(await popup.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    // With quotes shown, the summary is shortened to its headline; its toggle shows the excerpt.
    await popup.getByRole('button', { name: "Show the article's summary" }).click();
    expect(await popup.locator('.summary__excerpt').innerText()).not.toBe('');
    // The title links to the article's canonical URL.
    expect(await popup.getByRole('link', { name: seed.title }).getAttribute('href')).toMatch(
      /^http:\/\/news\.example\.test/,
    );
    await saveScreenshot(popup, 'popup-article-light');
    await popup.close();

    const dark = await popupAfterClick(page, 'dark');
    await dark.waitForSelector('[data-state="article"]');
    await saveScreenshot(dark, 'popup-article-dark');
    await dark.close();
    await page.close();
  });

  it('renders the article in the real toolbar popup too', async () => {
    const page = await openArticle('seed-news');
    await browser.clickToolbarButton(page);
    const cdp = await browser.browserSession();
    // The action popup is not a Playwright page; its document title says what it rendered.
    await expect
      .poll(
        async () => {
          const { targetInfos } = await cdp.send('Target.getTargets');
          return targetInfos.find((info) => info.url.endsWith('/popup.html'))?.title ?? '';
        },
        { timeout: 10_000 },
      )
      .toBe(`${seed.title} – Pullquote`);
    await page.close();
  });

  it("puts the reader's selection first", async () => {
    const page = await openArticle('seed-news');
    const paragraph = seed.paragraphs?.[1] ?? '';
    await page.evaluate((wanted) => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.trim() === wanted);
      if (!p) throw new Error('paragraph not found');
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }, paragraph);
    const popup = await popupAfterClick(page);
    await popup.waitForSelector('[data-state="article"]');
    // The selection is the first quote offered, already chosen and in the composer.
    const first = popup.getByRole('radio').first();
    await expect(first.isChecked()).resolves.toBe(true);
    await expect(popup.locator('.quote').first().innerText()).resolves.toContain('Your selection');
    await expect(popup.locator('.quote__text').first().inputValue()).resolves.toBe(paragraph);
    await expect(popup.getByLabel('Quote to share').inputValue()).resolves.toBe(paragraph);
    await saveScreenshot(popup, 'popup-selection');
    await popup.close();
    await page.close();
  });

  it('keeps working after the browser stops the service worker', async () => {
    const cdp = await browser.browserSession();
    const page = await openArticle('seed-news');
    // What MV3 does to an idle worker after ~30 s.
    await cdp.send('Target.getTargets').then(async ({ targetInfos }) => {
      const worker = targetInfos.find(
        (info) => info.type === 'service_worker' && info.url.includes(browser.extensionId),
      );
      expect(worker).toBeDefined();
      if (worker) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    });
    const popup = await popupAfterClick(page);
    await popup.waitForSelector('[data-state="article"]');
    await expect(popup.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(seed.title);
    await popup.close();
    await page.close();
  });
});

describe("the popup's first screen, at the toolbar popup's real size (400 × 600)", () => {
  it('shows the headline, three quotes or more and the whole share bar, and picking a quote selects it', async () => {
    const page = await openArticle('seed-news');
    await browser.clickToolbarButton(page);
    const popup = await browser.openPopupFor(page, { viewport: POPUP_SIZE });
    await popup.waitForSelector('.card-preview[data-drawn="true"]');
    await popup.waitForSelector('[data-save-state="unsaved"], [data-save-state="saved"]');
    await popup.waitForSelector('.consent-line .consent');

    const first = await popup.evaluate(measureFirstScreen);
    expectFirstScreen(first, DEFAULT_NETWORKS.length);
    // Some suggestion is longer than two lines, and its toggle shows the rest in place.
    const longIndex = await popup
      .locator('.quote')
      .evaluateAll((quotes) => quotes.findIndex((quote) => quote.querySelector('.quote__toggle')));
    expect(longIndex).toBeGreaterThan(0);
    const toggle = popup.locator('.quote').nth(longIndex).locator('.quote__toggle');
    await toggle.click();
    await expect(toggle.getAttribute('aria-label')).resolves.toBe('Show less');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    const opened = (await popup.evaluate(measureFirstScreen)).quotes.filter((quote) => quote.textLines > 2);
    expect(opened).toHaveLength(1);
    await toggle.click();
    await popup.mouse.move(0, 0);

    await saveScreenshot(popup, 'popup-first-screen-light', { fullPage: false });
    if (process.env.PULLQUOTE_DOCS_IMAGES) {
      await saveScreenshot(popup, 'popup', { fullPage: false }).then((file) =>
        copyFileSync(file, path.join(repoRoot, 'docs/images/popup.png')),
      );
    }
    await popup.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(popup, 'popup-first-screen-dark', { fullPage: false });
    await popup.emulateMedia({ colorScheme: 'light' });

    // Picking another quote selects it for sharing at once: its own text becomes the editor, in place.
    const third = popup.locator('.quote').nth(2);
    const picked = await third.locator('.quote__text').innerText();
    await third.click();
    await expect(third.getByRole('radio').isChecked()).resolves.toBe(true);
    await expect(third.getByLabel('Quote to share').inputValue()).resolves.toBe(picked);
    await expect(popup.locator('textarea').count()).resolves.toBe(1);

    // However far the list scrolls, the share bar stays on screen.
    await popup.getByRole('button', { name: /Show \d+ more lines/ }).click();
    await popup.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const scrolled = await popup.evaluate(measureFirstScreen);
    expect(await popup.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    const outside = scrolled.shareControls.filter((control) => !inView(control.box, scrolled.viewport));
    expect(outside.map((control) => control.name)).toEqual([]);
    await saveScreenshot(popup, 'popup-first-screen-scrolled', { fullPage: false });
    await popup.close();
    await page.close();
  });
});

describe('popup when there is no article', () => {
  it('says so and offers the whole page', async () => {
    const page = await openArticle('not-an-article-home');
    const popup = await popupAfterClick(page);
    await popup.waitForSelector('[data-state="not-article"]');
    await expect(popup.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      "This page isn't an article",
    );
    await saveScreenshot(popup, 'popup-not-article');

    await popup.getByRole('button', { name: 'Use the whole page anyway' }).click();
    await popup.waitForSelector('[data-state="article"]');
    await expect(popup.locator('.note').innerText()).resolves.toContain('Showing the whole page');
    await saveScreenshot(popup, 'popup-whole-page');
    await popup.close();
    await page.close();
  });
});

describe('popup on pages the browser forbids', () => {
  it.each([
    ['a browser page', 'chrome://version/', 'off limits to every extension'],
    ['an extension page', 'EXTENSION', "extensions can't read each other's pages"],
  ])('explains %s', async (_label, url, why) => {
    const page = await browser.context.newPage();
    await page.goto(url === 'EXTENSION' ? browser.pageUrl('popup.html?tab=0') : url);
    const popup = await popupAfterClick(page);
    await popup.waitForSelector('[data-state="restricted"]');
    await expect(popup.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      "Pullquote can't read this page",
    );
    await expect(popup.locator('main').innerText()).resolves.toContain(why);
    await saveScreenshot(popup, `popup-restricted-${url === 'EXTENSION' ? 'extension' : 'browser'}`);
    await popup.close();
    await page.close();
  });

  it('says the tab is gone instead of spinning', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(browser.pageUrl('popup.html?tab=987654321'));
    await popup.waitForSelector('[data-state="no-tab"]');
    await expect(popup.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('No page to read');
    await popup.close();
  });
});
