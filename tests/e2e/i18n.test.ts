import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, saveScreenshot } from './support/browser';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';

/**
 * The extension in a browser whose UI language is German: pages take their language, direction, title and
 * text from public/_locales/de. And in Arabic, right to left (Chromium needs its Arabic resources, Debian's chromium-l10n).
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
    await page.goto(browser.pageUrl('options.html'));
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

describe('Arabic UI', () => {
  let arabic: ExtensionBrowser;
  beforeAll(async () => {
    arabic = await launchWithExtension(undefined, { uiLanguage: 'ar' });
  });
  afterAll(async () => {
    await arabic?.close();
  });

  it('the settings and library pages are Arabic and mirrored, right to left', async () => {
    const page = await arabic.context.newPage();
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto(arabic.pageUrl('options.html'));
    await page.getByRole('heading', { name: 'خيارات ملفات تعريف الارتباط' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toMatch(/^ar\b/);
    expect(await page.evaluate('document.documentElement.dir')).toBe('rtl');
    expect(await page.title()).toBe('إعدادات Pullquote');
    await expect(page.getByRole('heading', { name: 'قائمة القراءة' }).count()).resolves.toBe(1);
    // Mirrored: a heading's text starts at the right edge of its column, and a checkbox sits right of its label.
    const layout = (await page.evaluate(`(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('h1'));
      const h1 = range.getBoundingClientRect();
      const parent = document.querySelector('h1').parentElement;
      const style = getComputedStyle(parent);
      const outer = parent.getBoundingClientRect();
      const column = { left: outer.left + parseFloat(style.paddingLeft), right: outer.right - parseFloat(style.paddingRight) };
      const box = document.querySelector('input[type=checkbox]');
      const label = box.closest('label').getBoundingClientRect();
      return { h1Right: column.right - h1.right, h1Left: h1.left - column.left,
        boxRight: label.right - box.getBoundingClientRect().right };
    })()`)) as { h1Right: number; h1Left: number; boxRight: number };
    expect(layout.h1Right).toBeLessThan(2);
    expect(layout.h1Left).toBeGreaterThan(layout.h1Right);
    expect(layout.boxRight).toBeLessThan(8);
    expect(await overflowing(page)).toEqual([]);
    // Counts take Arabic plural forms: no sites yet is the "zero" form, not "0 sites".
    expect(await page.locator('.options__count').innerText()).toBe('لا توجد مواقع');
    await saveScreenshot(page, 'i18n-options-ar');

    await page.goto(arabic.pageUrl('library.html'));
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.evaluate('document.documentElement.dir')).toBe('rtl');
    expect(await page.title()).toBe('مكتبة Pullquote');
    expect(await page.getByTestId('library-count').innerText()).toBe('لا توجد مقالات محفوظة');
    expect(await overflowing(page)).toEqual([]);
    await saveScreenshot(page, 'i18n-library-ar');
    await page.close();
  });

  it('the popup gives the reading time in the Arabic plural form its number takes', async () => {
    const article = await arabic.context.newPage();
    await article.goto(server.urlFor('seed-news'));
    await arabic.clickToolbarButton(article);
    const popup = await arabic.openPopupFor(article);
    await popup.waitForSelector('[data-state="article"]');
    const meta = await popup.locator('.summary__meta > span', { hasText: 'مدة القراءة' }).innerText();
    const text = meta.replace(/^\s*·\s*/, '');
    const digits = /[0-9٠-٩]+/.exec(text)?.[0];
    // Arabic: 1 and 2 are words (dual), 3–10 take the plural دقائق, 11–99 the singular دقيقة, as do 100–102.
    let expected = ['مدة القراءة: دقيقة واحدة', 'مدة القراءة: دقيقتان'];
    if (digits) {
      const minutes = Number([...digits].map((d) => (d >= '٠' ? d.charCodeAt(0) - 0x0660 : d)).join(''));
      expect(minutes).toBeGreaterThan(2);
      expected = [
        minutes % 100 >= 3 && minutes % 100 <= 10
          ? `مدة القراءة: ${digits} دقائق`
          : `مدة القراءة: ${digits} دقيقة`,
      ];
    }
    expect(expected).toContain(text.trim());
    expect(await overflowing(popup)).toEqual([]);
    await saveScreenshot(popup, 'i18n-popup-ar');
    await popup.close();
    await article.close();
  });
});
