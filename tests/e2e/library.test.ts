import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type ExtensionBrowser, openLibraryPage, saveScreenshot } from './support/browser';
import type { FixtureServer } from './support/fixture-server';
import {
  HOSTILE_ID,
  hostileHtml,
  NOTHING_LEFT,
  readerLeftovers,
  storedArticles,
  storeRawArticle,
} from './support/library-db';
import { fixturesDir, repoRoot } from './support/paths';
import { withExtensionBrowser } from './support/suite';

/** Save for later in real Chromium: the popup's Save, the library page, the reader, import. */

const seed = JSON.parse(readFileSync(path.join(fixturesDir, 'seed-news/expected.json'), 'utf8')) as {
  url: string;
  title: string;
  paragraphs: string[];
};

/** `chrome.storage.sync` as the tests use it inside an extension page. */
type ChromeSync = {
  chrome: {
    storage: {
      sync: {
        get(keys: null): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
      };
    };
  };
};

let browser: ExtensionBrowser;
let server: FixtureServer;

withExtensionBrowser((started) => {
  ({ browser, server } = started);
});

const openLibrary = (): Promise<Page> => openLibraryPage(browser);

describe('save for later', () => {
  it('saves the seed article from the popup, finds it by a word from its body and reads it', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.urlFor('seed-news'));
    await browser.clickToolbarButton(page);
    const popup = await browser.openPopupFor(page);
    await popup.waitForSelector('[data-save-state="unsaved"]');
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup.waitForSelector('[data-save-state="saved"]');
    await expect(popup.getByRole('button', { name: 'Update saved copy' }).count()).resolves.toBe(1);
    await saveScreenshot(popup, 'library-popup-saved');
    await popup.close();
    await expect.poll(() => browser.badgeText(page), { timeout: 5000 }).toBe('★');

    // Saving again updates the same item.
    const again = await browser.openPopupFor(page);
    await again.waitForSelector('[data-save-state="saved"]');
    await again.getByRole('button', { name: 'Update saved copy' }).click();
    await again.waitForSelector('[data-save-state="saved"]');
    await again.close();

    const library = await openLibrary();
    await expect(library.locator('[role=row][data-row-id]').count()).resolves.toBe(1);
    // A word that is only in the body, not in the title, site or byline.
    const paragraph = seed.paragraphs[3] ?? '';
    const word = paragraph.split(/\s+/).find((w) => /^[a-z]{8,}$/i.test(w) && !seed.title.includes(w)) ?? '';
    expect(word).not.toBe('');
    await library.waitForSelector('html[data-index-ready="true"]');
    await library.getByRole('searchbox', { name: 'Search the library' }).fill(word);
    await library.waitForSelector(`html[data-search-query="${word}"]`);
    const rows = library.locator('[role=row][data-row-id]');
    await expect(rows.count()).resolves.toBe(1);
    await saveScreenshot(library, 'library-search');

    const opened = browser.context.waitForEvent('page').catch(() => null);
    await rows.first().getByRole('link').first().click();
    const reader =
      (await Promise.race([opened, library.waitForURL(/reader\.html/).then(() => library)])) ?? library;
    await reader.waitForSelector('main.reader[data-state="ready"]');
    const body = await reader.locator('[data-testid=reader-body]').innerText();
    for (const expected of seed.paragraphs.slice(0, 4)) expect(body).toContain(expected.slice(0, 80));
    await expect(reader.locator('[data-testid=reader-article] h1').first().textContent()).resolves.toContain(
      seed.title.slice(0, 30),
    );
    await saveScreenshot(reader, 'reader-seed');
    await reader.close();
    if (reader !== library) await library.close();
    await page.close();
  });

  it('a page saved from the popup while the library is open appears in its list without a reload', async () => {
    const library = await openLibrary();
    const rows = library.locator('[role=row][data-row-id]');
    const before = await rows.count();
    await library.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    // An article not saved yet: a new item, written by the background.
    const url = server.urlFor('shared-surname');
    const page = await browser.context.newPage();
    await page.goto(url);
    await browser.clickToolbarButton(page);
    const popup = await browser.openPopupFor(page);
    await popup.waitForSelector('[data-save-state="unsaved"]');
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup.waitForSelector('[data-save-state="saved"]');
    await popup.close();
    await page.close();
    await library.bringToFront();
    await expect.poll(() => rows.count(), { timeout: 5000 }).toBe(before + 1);
    await expect(rows.filter({ hasText: 'Fifty years of dawn shifts' }).count()).resolves.toBe(1);
    await expect(library.locator('[data-testid=library-count]').textContent()).resolves.toContain(
      String(before + 1),
    );
    // The same document: the row came from the change feed, not from loading the page again.
    await expect(
      library.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).resolves.toBe(true);
    await saveScreenshot(library, 'library-feed-saved');
    await library.close();
  });

  it('opens a hostile saved page without running anything or contacting its host', async () => {
    const library = await openLibrary();
    await library.evaluate(storeRawArticle, { html: hostileHtml(), id: HOSTILE_ID });
    await library.close();

    const reader = await browser.context.newPage();
    const dialogs: string[] = [];
    const hostileRequests: string[] = [];
    reader.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    browser.context.on('request', (request) => {
      const host = new URL(request.url()).hostname;
      if (host.endsWith('evil.example') || host.endsWith('cdn.example.com'))
        hostileRequests.push(request.url());
    });
    await reader.goto(browser.pageUrl(`reader.html?id=${encodeURIComponent(HOSTILE_ID)}`));
    await reader.waitForSelector('main.reader[data-state="ready"]');
    await reader.waitForTimeout(1500);
    const article = reader.locator('[data-testid=reader-body]');
    await expect(article.innerText()).resolves.toContain('Headline survives');
    expect(await reader.evaluate(readerLeftovers)).toEqual(NOTHING_LEFT);
    // Code stays left to right inside the right-to-left article, so "answer = 42;" keeps its semicolon last.
    await expect(
      reader.evaluate(() => {
        const pre = document.querySelector('[data-testid=reader-body] pre');
        return pre ? getComputedStyle(pre).direction : null;
      }),
    ).resolves.toBe('ltr');
    // Ordinary content survives.
    for (const text of [
      'Section heading',
      'First item',
      'A quoted passage',
      'Figure caption',
      'Cell value',
    ]) {
      await expect(article.innerText()).resolves.toContain(text);
    }
    expect(dialogs).toEqual([]);
    expect(hostileRequests).toEqual([]);
    expect(reader.url()).toContain('reader.html');
    await saveScreenshot(reader, 'reader-hostile');
    await reader.close();
  });

  it('rejects a malformed CSV with the line at fault and leaves the library as it was', async () => {
    const library = await openLibrary();
    const before = await library.locator('[data-testid=library-count]').textContent();
    await library
      .locator('input[type=file]')
      .first()
      .setInputFiles(path.join(repoRoot, 'tests/fixtures/library/pocket-bad-url.csv'));
    const alert = library.locator('[data-testid=library-alert]');
    await expect.poll(() => alert.innerText(), { timeout: 5000 }).toMatch(/line 7/i);
    await expect(library.locator('[data-testid=library-count]').textContent()).resolves.toBe(before);
    await saveScreenshot(library, 'library-import-error');
    await library.close();
  });

  it('imports a Pocket list and fetches each link in the background', async () => {
    // The seed article on another host, so it is not the copy saved above.
    const mirror = server.urlFor('seed-news').replace('news.example.test', 'mirror.example.test');
    const csv = [
      'title,url,time_added,tags,status',
      `Mirror,${mirror},1700000000,reading|ukraine,unread`,
      `Missing,http://news.example.test:${server.port}/no-such-page/,1700000001,,archive`,
    ].join('\n');
    const library = await openLibrary();
    await library
      .locator('input[type=file]')
      .first()
      .setInputFiles({
        name: 'pocket.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv),
      });
    const mirrorRow = library.locator(`[role=row][data-row-id*="mirror.example.test"]`);
    const missingRow = library.locator('[role=row][data-row-id*="/no-such-page"]');
    const progress = library.locator('[data-testid=fetch-progress]');
    await expect.poll(() => progress.innerText(), { timeout: 20_000 }).toMatch(/2 of 2/);
    // The background's fetch updates the rows in place (from the change feed, no reload): the fetched
    // page loses its pending badge, the missing one says it failed.
    await expect.poll(() => mirrorRow.locator('.badge').count(), { timeout: 5000 }).toBe(0);
    await expect.poll(() => missingRow.innerText(), { timeout: 5000 }).toContain('Fetch failed');
    await expect(progress.innerText()).resolves.toMatch(/no-such-page/);
    await saveScreenshot(library, 'library-import-progress');
    const items = await library.evaluate(storedArticles);
    const blog = items.find((i) => i.url === mirror);
    // Fetched and read with Readability in the background (Chrome: an offscreen document).
    expect(blog).toMatchObject({ fetchState: 'ok', tags: ['reading', 'ukraine'], state: 'unread' });
    expect(blog?.words).toBeGreaterThan(200);
    const missing = items.find((i) => i.url.includes('/no-such-page/'));
    expect(missing).toMatchObject({ fetchState: 'failed', state: 'archived' });
    await library.close();
  });

  it('syncs the reading list, not the text, and takes in another device’s pages', async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.pageUrl('options.html'));
    const syncedRecord = () =>
      options.evaluate(() => (globalThis as unknown as ChromeSync).chrome.storage.sync.get(null));
    // Everything the tests above saved.
    const saved = await options.evaluate(async () => {
      const request = indexedDB.open('pullquote-library');
      const db = await new Promise<IDBDatabase>((resolve) => {
        request.onsuccess = () => resolve(request.result);
      });
      const count = db.transaction('items').objectStore('items').count();
      const n = await new Promise<number>((resolve) => {
        count.onsuccess = () => resolve(count.result);
      });
      db.close();
      return n;
    });
    expect(saved).toBeGreaterThanOrEqual(3);
    await options.getByRole('checkbox', { name: /Sync my reading list/ }).check();
    // The background pushes the list already saved (the seed article and the two imported links).
    await expect
      .poll(async () => JSON.stringify((await syncedRecord())['library:0'] ?? null), { timeout: 10_000 })
      .toContain(seed.url.replace(/^https?:\/\/[^/]+/, ''));
    const record = await syncedRecord();
    const shard = JSON.stringify(record['library:0']);
    expect(shard).toContain(seed.title.slice(0, 40));
    // Never the article's text.
    expect(shard).not.toContain((seed.paragraphs[3] ?? '').slice(0, 60));
    await expect
      .poll(() => options.getByRole('region', { name: 'Reading list' }).getByRole('status').innerText(), {
        timeout: 10_000,
      })
      .toMatch(new RegExp(`^${saved} articles in sync`));
    await saveScreenshot(options, 'library-sync-options');

    // Another computer adds a page: it arrives as a title only, and is fetched when opened.
    // The seed article on a host nothing above saved from.
    const other = server.urlFor('seed-news').replace('news.example.test', 'laptop.example.test');
    const entries = record['library:0'] as unknown[];
    await options.evaluate(
      ([shard]) => (globalThis as unknown as ChromeSync).chrome.storage.sync.set({ 'library:0': shard }),
      [[[other, 'Read on my laptop', Date.now(), Date.now(), 0, 'laptop'], ...entries]] as const,
    );
    const library = await openLibrary();
    const row = library.locator('[role=row][data-row-id]', { hasText: 'Read on my laptop' });
    await expect
      .poll(
        async () => {
          await library.reload();
          await library.waitForSelector('html[data-ready="true"]');
          return row.count();
        },
        { timeout: 10_000 },
      )
      .toBe(1);
    await row.getByRole('link').first().click();
    await library.waitForURL(/reader\.html/);
    await expect
      .poll(() => library.locator('[data-testid=reader-body]').count(), { timeout: 20_000 })
      .toBe(1);
    const body = await library.locator('[data-testid=reader-body]').innerText();
    expect(body.split(/\s+/).length).toBeGreaterThan(100);
    await saveScreenshot(library, 'library-sync-fetched');
    await library.close();
    await options.close();
  });
});
