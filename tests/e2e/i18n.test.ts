import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, saveScreenshot } from './support/browser';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';

/**
 * The extension in a browser whose UI language is German: pages take their language, direction, title and
 * text from public/_locales/de. (Arabic, with dir="rtl", follows once its locale exists.)
 */

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension(undefined, { uiLanguage: 'de' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Elements wider than their box: text a longer translation pushed out of a button, a label, a row. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const out = [];
    for (const el of document.querySelectorAll('button, label, a, h1, h2, h3, legend, th, td, p, span')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0) continue;
      if (style.overflow === 'visible' && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
        const rect = el.getBoundingClientRect();
        const parent = el.parentElement.getBoundingClientRect();
        if (rect.right > parent.right + 1 || rect.left < parent.left - 1) out.push(el.tagName + ': ' + el.textContent.trim().slice(0, 40));
      }
    }
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth) out.push('page scrolls sideways');
    return out;
  })()`);
}

describe('German UI', () => {
  it('the settings page is German, left to right, with nothing pushed out of its box', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByRole('heading', { name: 'Cookie-Entscheidungen' }).waitFor();

    expect(await page.evaluate('document.documentElement.lang')).toMatch(/^de\b/);
    expect(await page.evaluate('document.documentElement.dir')).toBe('ltr');
    expect(await page.title()).toBe('Pullquote-Einstellungen');
    await expect(page.getByRole('heading', { name: 'Leseliste' }).count()).resolves.toBe(1);
    await expect(page.getByLabel('Websites durchsuchen').count()).resolves.toBe(1);
    expect(await overflowing(page)).toEqual([]);
    await page.setViewportSize({ width: 800, height: 900 });
    await saveScreenshot(page, 'i18n-options-de');
    await page.close();
  });

  it('the popup on an article is German and fits', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.urlFor('seed-news'));
    await browser.clickToolbarButton(article);
    const popup = await browser.openPopupFor(article);
    await popup.waitForSelector('[data-state="article"]');

    expect(await popup.evaluate('document.documentElement.lang')).toMatch(/^de\b/);
    await expect(popup.getByText('Sätze zum Teilen').count()).resolves.toBe(1);
    await expect(popup.getByRole('button', { name: 'Speichern' }).count()).resolves.toBe(1);
    expect(await overflowing(popup)).toEqual([]);
    await saveScreenshot(popup, 'i18n-popup-de');
    await popup.close();
    await article.close();
  });
});
