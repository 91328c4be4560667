import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_SIZES } from '../../utils/card';
import { encodeStudioData } from '../../utils/card/studio-data';
import { DEFAULT_NETWORKS } from '../../utils/settings';
import { POPUP_SIZE, saveScreenshot } from './support/browser';
import {
  type FirefoxExtension,
  launchFirefoxWithExtension,
  type WebExtensionGlobal,
  waitForDownload,
} from './support/firefox';
import { expectFirstScreen, measureFirstScreen } from './support/first-screen';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import {
  HOSTILE_ID,
  hostileHtml,
  NOTHING_LEFT,
  readerLeftovers,
  storedArticles,
  storeRawArticle,
} from './support/library-db';
import { fixturesDir, repoRoot } from './support/paths';

/**
 * The Firefox build (.output/firefox-mv2, Manifest V2) in Debian's Firefox ESR, as a reader uses it: the
 * welcome page on install, the popup on the seed article, the studio's export, the library and reader, and
 * cookie-consent memory. Where Firefox lacks an API the test checks the message the reader gets instead.
 */

const seed = JSON.parse(readFileSync(path.join(fixturesDir, 'seed-news/expected.json'), 'utf8')) as {
  title: string;
  byline: string;
  siteName: string;
  paragraphs: string[];
};

const HOSTS = [
  'news.example.test',
  'mirror.example.test',
  'cdn.example.test',
  'news.onetrust.test',
  'www.onetrust.test',
  'blog.onetrust.test',
  'news.cookiebot.test',
  'www.cookiebot.test',
  'news.sourcepoint.test',
  'www.sourcepoint.test',
  'cmp.sp-vendor.test',
  'redirect.example.test',
];

let ff: FirefoxExtension;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  const consentFixtures = path.join(repoRoot, 'tests/fixtures/consent');
  server.addDirectory('consent', consentFixtures);
  // autoconsent knows Sourcepoint's message frame by its path, /index.html on the vendor's host.
  const frame = readFileSync(path.join(consentFixtures, 'sourcepoint-frame.html'), 'utf8');
  server.addPage('/index.html', frame.replace('src="common.js"', 'src="/consent/common.js"'));
  ff = await launchFirefoxWithExtension(HOSTS);
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

/** The button (or link) whose accessible text is exactly `name`, inside `within` when given. */
async function control(page: Page, name: string, within = 'body'): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (wanted: string, scope: string) =>
      [...(document.querySelector(scope)?.querySelectorAll('button, a, [role=button]') ?? [])].find(
        (element) => (element.getAttribute('aria-label') ?? element.textContent?.trim()) === wanted,
      ) ?? null,
    { timeout: 10_000 },
    name,
    within,
  );
  return handle as ElementHandle<Element>;
}

const text = (page: Page, selector: string) =>
  page.$eval(selector, (element) => (element as HTMLElement).innerText);

async function openArticle(slug: string): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.goto(server.urlFor(slug));
  return page;
}

/** The popup as the toolbar shows it, at its real size, opened as a tab for the article's tab (popup.html?tab=N). */
async function popupFor(article: Page): Promise<Page> {
  const tabId = await ff.tabIdOf(article);
  return ff.openExtensionPage(`popup.html?tab=${tabId}`, POPUP_SIZE);
}

interface Pasted {
  types: string[];
  plain: string;
  html: string;
  width: number;
  height: number;
}

/**
 * Press Ctrl+V in a page of the fixture server and report what arrived: the clipboard as another site sees
 * it. (Firefox runs headed under Xvfb for this: headless Firefox's clipboard holds text only.)
 */
async function pasteIntoPage(): Promise<Pasted> {
  server.addPage(
    '/paste/',
    `<!doctype html><title>Paste</title><div contenteditable id=target>paste here</div><script>
      window.__pasted = null;
      document.addEventListener('paste', async (event) => {
        event.preventDefault();
        // The clipboard data is readable only until the handler first waits.
        const data = event.clipboardData;
        const types = [...data.items].map((item) => item.type);
        const plain = data.getData('text/plain');
        const html = data.getData('text/html');
        const file = data.files[0];
        const bitmap = file ? await createImageBitmap(file) : null;
        window.__pasted = { types, plain, html, width: bitmap?.width ?? 0, height: bitmap?.height ?? 0 };
      });
    </script>`,
  );
  const target = await ff.browser.newPage();
  try {
    await target.goto(`http://news.example.test:${server.port}/paste/`);
    await target.click('#target');
    await target.keyboard.down('Control');
    await target.keyboard.press('v');
    await target.keyboard.up('Control');
    const pasted = await target.waitForFunction(() => (window as unknown as { __pasted: unknown }).__pasted, {
      timeout: 5000,
    });
    return (await pasted.jsonValue()) as Pasted;
  } finally {
    await target.close();
  }
}

describe('Pullquote in Firefox ESR', () => {
  it('opens the welcome page on install, and the options page loads', async () => {
    const welcome = await ff.findExtensionPage('welcome.html');
    await welcome.setViewport({ width: 1100, height: 900 });
    await expect(text(welcome, 'h1')).resolves.toBe('Welcome to Pullquote');
    const headings = await welcome.$$eval('h2, h3', (all) => all.map((h) => h.textContent?.trim()));
    expect(headings).toEqual(
      expect.arrayContaining(['Read and quote', 'Cards and sharing', 'Save for later', 'Cookie memory']),
    );
    await welcome.waitForSelector('input[name=default-choice][value=none]:checked');
    await saveScreenshot(welcome, 'firefox-welcome');

    // Its cookie question is saved where the options page reads it.
    await welcome.click('input[name=default-choice][value=reject]');
    await welcome.waitForFunction(
      () =>
        document.querySelector('.welcome__status')?.textContent ===
        "Saved: Pullquote will reject cookies on sites you haven't decided.",
    );
    const options = await ff.openExtensionPage('options.html');
    await expect(text(options, 'h1')).resolves.toBe('Pullquote settings');
    await options.waitForSelector('input[type=radio][value=reject]:checked');
    await saveScreenshot(options, 'firefox-options');
    await options.close();
    // Back to the default for the consent tests below: undecided sites left alone.
    await welcome.click('input[name=default-choice][value=none]');
    await expect
      .poll(() =>
        ff.api(
          async () =>
            (await (globalThis as unknown as WebExtensionGlobal).browser.storage.local.get('consentPrefs'))
              .consentPrefs,
          null,
        ),
      )
      .toEqual({ defaultChoice: 'none', sync: false });
    await welcome.close();
  });

  it('reads the seed article in the popup: title, byline, reading time and suggested quotes', async () => {
    const article = await openArticle('seed-news');
    const popup = await popupFor(article);
    await popup.waitForSelector('[data-state="article"]');
    await expect(text(popup, 'h1')).resolves.toBe(seed.title);
    const main = await text(popup, 'main');
    expect(main).toContain(`By ${seed.byline}`);
    expect(main).toMatch(/\b\d+ min read\b/);
    await popup.waitForSelector('.quote');
    const quotes = await popup.$$eval('.quote__text', (all) =>
      all.map((q) => (q instanceof HTMLTextAreaElement ? q.value : (q.textContent ?? ''))),
    );
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    // Each suggestion is the article's own words.
    const body = seed.paragraphs.join(' ');
    for (const quote of quotes) expect(body).toContain(quote.slice(0, 40));
    await saveScreenshot(popup, 'firefox-popup');

    // Copy puts the chosen quote on the clipboard as text and as HTML with a link to the article.
    const chosen = await popup.$eval('textarea', (area) => (area as HTMLTextAreaElement).value);
    await (await control(popup, 'Copy')).click();
    await popup.waitForFunction(
      () => document.querySelector('.share__status [role=status]')?.textContent === 'Copied quote and link',
    );
    const pasted = await pasteIntoPage();
    expect(pasted.types).toEqual(expect.arrayContaining(['text/plain', 'text/html']));
    expect(pasted.plain).toContain(chosen);
    expect(pasted.html).toContain('href="http://news.example.test');

    // No Web Share on desktop Firefox: no share-sheet button; each network's button opens its own page.
    await expect(
      popup.$$eval('button', (all) => all.map((b) => b.textContent?.trim() ?? '')),
    ).resolves.not.toContain('Share…');
    await popup.click('button[data-network="bluesky"]');
    await expect
      .poll(
        () =>
          ff.api(
            async () =>
              (await (globalThis as unknown as WebExtensionGlobal).browser.tabs.query({}))
                .map((tab) => tab.url ?? '')
                .find((url) => url.startsWith('https://bsky.app/')) ?? '',
            null,
          ),
        { timeout: 5000 },
      )
      .toMatch(/^https:\/\/bsky\.app\/intent\/compose\?text=/);
    await popup.close();
    await article.close();
  });

  it("fits the headline, three quotes and the whole share bar on the popup's first screen (400 × 600)", async () => {
    const article = await openArticle('seed-news');
    const popup = await popupFor(article);
    await popup.waitForSelector('.card-preview[data-drawn="true"]');
    await popup.waitForSelector('[data-save-state="unsaved"], [data-save-state="saved"]');
    await popup.waitForSelector('.consent-line .consent');
    expectFirstScreen(await popup.evaluate(measureFirstScreen), DEFAULT_NETWORKS.length);
    await saveScreenshot(popup, 'firefox-popup-first-screen', { fullPage: false });

    // Picking another quote selects it at once: its text becomes the editor where it stands.
    const picked = await text(popup, '.quote:nth-child(3) .quote__text');
    await popup.click('.quote:nth-child(3) .quote__text');
    await popup.waitForSelector('.quote:nth-child(3) textarea');
    await expect(
      popup.$eval('.quote:nth-child(3) textarea', (area) => (area as HTMLTextAreaElement).value),
    ).resolves.toBe(picked);
    await expect(
      popup.$eval('.quote:nth-child(3) input[type=radio]', (radio) => (radio as HTMLInputElement).checked),
    ).resolves.toBe(true);
    await Promise.all([popup.close(), article.close()]);
  });

  it('opens the real toolbar popup with the keyboard shortcut, reading the page in front', async () => {
    // The extension page the test reads the popup through is opened first: opened later, it would become
    // the active tab under the popup.
    await ff.api(async () => null, null);
    const article = await openArticle('seed-news');
    await article.bringToFront();
    // Real input through the window system: browser shortcuts never see BiDi's synthetic keys. A click on
    // the page first gives the window the keyboard (Xvfb has no window manager to do it).
    const at = await article.evaluate(() => {
      // The headline: text, no link to follow.
      const rect = document.querySelector('h1')?.getBoundingClientRect();
      if (!rect) throw new Error('no headline');
      const screen = window as unknown as { mozInnerScreenX: number; mozInnerScreenY: number };
      return {
        x: Math.round(screen.mozInnerScreenX + rect.x + 20),
        y: Math.round(screen.mozInnerScreenY + rect.y + rect.height / 2),
      };
    });
    execFileSync('xdotool', ['mousemove', String(at.x), String(at.y), 'click', '1']);
    execFileSync('xdotool', ['key', '--clearmodifiers', 'alt+shift+q']);
    // The toolbar popup is no tab BiDi can see; the extension's own view of it is.
    await expect
      .poll(
        () =>
          ff.api(async () => {
            const { browser: ext } = globalThis as unknown as WebExtensionGlobal;
            return ext.extension.getViews({ type: 'popup' }).map((view) => view.document.title);
          }, null),
        { timeout: 10_000 },
      )
      .toEqual([`${seed.title} – Pullquote`]);
    // The title comes with the article; the suggested quotes are rendered just after it.
    const summary = () =>
      ff.api(async () => {
        const { browser: ext } = globalThis as unknown as WebExtensionGlobal;
        const [popup] = ext.extension.getViews({ type: 'popup' });
        return {
          byline: popup?.document.querySelector('main')?.textContent?.includes('Maya Lindqvist'),
          quotes: popup?.document.querySelectorAll('.quote').length ?? 0,
        };
      }, null);
    await expect.poll(async () => (await summary()).quotes, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    expect((await summary()).byline).toBe(true);
    execFileSync('xdotool', ['key', 'Escape']);
    await article.close();
  });

  it('"Share quote…" in the real context menu opens the toolbar popup with the selection first', async () => {
    const article = await openArticle('seed-news');
    await article.bringToFront();
    const paragraph = seed.paragraphs[1] ?? '';
    const at = await article.evaluate((wanted: string) => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.trim() === wanted);
      if (!p) throw new Error('paragraph not found');
      p.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      const rect = p.getBoundingClientRect();
      const screen = window as unknown as { mozInnerScreenX: number; mozInnerScreenY: number };
      return {
        x: Math.round(screen.mozInnerScreenX + rect.x + 40),
        y: Math.round(screen.mozInnerScreenY + rect.y + rect.height / 2),
      };
    }, paragraph);
    execFileSync('xdotool', ['mousemove', String(at.x), String(at.y), 'click', '3']);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // Firefox's selection menu ends with the extensions' entries: ours is the last.
    execFileSync('xdotool', ['key', 'Up', 'Return']);
    const popupState = () =>
      ff.api(async () => {
        const { browser: ext } = globalThis as unknown as WebExtensionGlobal;
        return ext.extension.getViews({ type: 'popup' }).map((view) => ({
          first: (view.document.querySelector('.quote__text') as HTMLTextAreaElement | null)?.value ?? '',
          by: view.document.querySelector('.quote__by')?.textContent ?? '',
          composer: view.document.querySelector('textarea')?.value ?? '',
        }));
      }, null);
    await expect
      .poll(popupState, { timeout: 10_000 })
      .toEqual([{ first: paragraph, by: 'Your selection', composer: paragraph }]);
    execFileSync('xdotool', ['key', 'Escape']);
    await article.close();
  });

  it('opens the studio from the popup, exports a PNG, and copies the card to the clipboard', async () => {
    const article = await openArticle('seed-news');
    const popup = await popupFor(article);
    await popup.waitForSelector('.quote');
    await (await control(popup, 'Make an image card')).click();
    const studio = await ff.findExtensionPage('studio.html');
    await studio.setViewport({ width: 1440, height: 1000 });
    await studio.waitForFunction(
      (count: number) => document.querySelectorAll('canvas[data-drawn="true"]').length === count,
      {},
      CARD_SIZES.length,
    );
    // Firefox has no favicon cache: the studio loads the icon the page declares.
    await studio.waitForSelector('.studio[data-favicon="loaded"]');
    await saveScreenshot(studio, 'firefox-studio', { fullPage: false });

    await (await control(studio, 'Download PNG', 'figure[data-size="portrait"]')).click();
    const name = 'little-ground-for-optimism-after-latest-ukraine-talks-warns-1080x1350.png';
    const png = PNG.sync.read(readFileSync(await waitForDownload(ff.downloadDir, name)));
    expect([png.width, png.height]).toEqual([1080, 1350]);
    const colours = new Set<number>();
    for (let at = 0; at < png.data.length; at += 4 * 7) {
      colours.add(((png.data[at] ?? 0) << 16) | ((png.data[at + 1] ?? 0) << 8) | (png.data[at + 2] ?? 0));
    }
    expect(colours.size).toBeGreaterThan(20);
    await expect(text(studio, '[role=status]')).resolves.toBe(`Downloading ${name}`);

    // No Web Share on desktop Firefox: no Share button, and the studio says what to do instead.
    await expect(
      studio.$$eval('figure button', (all) => all.map((b) => b.textContent)),
    ).resolves.not.toContain('Share');
    await expect(text(studio, '.studio__hint')).resolves.toMatch(/download/i);

    // Firefox 127+ puts images on the clipboard.
    await (await control(studio, 'Copy image', 'figure[data-size="square"]')).click();
    await studio.waitForFunction(
      () =>
        !document.querySelector('[role=status]')?.textContent?.startsWith('Downloading') ||
        document.querySelector('[role=alert]')?.textContent !== '',
    );
    await expect(text(studio, '[role=alert]')).resolves.toBe('');
    await expect(text(studio, '[role=status]')).resolves.toBe('Image copied');

    // What a reader pastes into a page is the 1080×1080 card.
    await expect(pasteIntoPage()).resolves.toMatchObject({ types: ['image/png'], width: 1080, height: 1080 });
    await Promise.all([studio.close(), popup.close(), article.close()]);
  });

  it("puts an article's photo behind the quote, fetched with the extension's site access", async () => {
    const data = encodeStudioData({
      quote: 'There always are prospects for continuing a dialogue',
      speaker: 'Dmitry Peskov',
      title: 'Talks go on',
      url: 'https://news.example.test/a',
      dir: 'ltr',
      lang: 'en',
      image: `http://cdn.example.test:${server.port}/wp-content/uploads/2022/01/kremlin.png`,
    });
    const studio = await ff.openExtensionPage(`studio.html#${data}`, { width: 1440, height: 1000 });
    await studio.click('input[name=theme][value=photo]');
    // Drawn on the card on screen once the photo has arrived.
    await studio.waitForFunction(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-size="og"]');
      const pixels = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      let reddish = 0;
      for (let at = 0; at < pixels.length; at += 4) {
        if ((pixels[at] ?? 0) > (pixels[at + 1] ?? 0) + 15) reddish++;
      }
      return reddish > pixels.length / 4 / 10;
    });
    await (await control(studio, 'Download PNG', 'figure[data-size="og"]')).click();
    const photo = PNG.sync.read(
      readFileSync(await waitForDownload(ff.downloadDir, 'talks-go-on-1200x630.png')),
    );
    // The photo's red wall shows through the dark scrim; without it the card would be a flat dark grey.
    let reddish = 0;
    for (let at = 0; at < photo.data.length; at += 4) {
      if ((photo.data[at] ?? 0) > (photo.data[at + 1] ?? 0) + 15) reddish++;
    }
    expect(reddish).toBeGreaterThan(20_000);
    await saveScreenshot(studio, 'firefox-studio-photo', { fullPage: false });
    await studio.close();
  });

  it('saves the article from the popup, lists it, finds it by a word from its body and reads it', async () => {
    const article = await openArticle('seed-news');
    const popup = await popupFor(article);
    await popup.waitForSelector('[data-save-state="unsaved"]');
    await (await control(popup, 'Save')).click();
    await popup.waitForSelector('[data-save-state="saved"]');
    const tabId = await ff.tabIdOf(article);
    await expect
      .poll(
        () =>
          ff.api(
            (id) =>
              (globalThis as unknown as WebExtensionGlobal).browser.browserAction.getBadgeText({ tabId: id }),
            tabId,
          ),
        { timeout: 5000 },
      )
      .toBe('★');
    await popup.close();

    const library = await ff.openExtensionPage('library.html', { width: 1200, height: 860 });
    await library.waitForSelector('html[data-ready="true"]');
    await expect(library.$$eval('[role=row][data-row-id]', (rows) => rows.length)).resolves.toBe(1);
    // A word that is only in the body, not in the title, site or byline.
    const word =
      (seed.paragraphs[3] ?? '')
        .split(/\s+/)
        .find((w) => /^[a-z]{8,}$/i.test(w) && !seed.title.includes(w)) ?? '';
    expect(word).not.toBe('');
    await library.waitForSelector('html[data-index-ready="true"]');
    await library.type('input[type=search]', word);
    await library.waitForSelector(`html[data-search-query="${word}"]`);
    await expect(library.$$eval('[role=row][data-row-id]', (rows) => rows.length)).resolves.toBe(1);
    await saveScreenshot(library, 'firefox-library-search');

    await library.click('[role=row][data-row-id] a');
    const reader = await ff.findExtensionPage('reader.html');
    await reader.waitForSelector('main.reader[data-state="ready"]');
    const body = await text(reader, '[data-testid=reader-body]');
    for (const expected of seed.paragraphs.slice(0, 4)) expect(body).toContain(expected.slice(0, 80));
    await saveScreenshot(reader, 'firefox-reader');
    await Promise.all([reader.close(), library.isClosed() ? null : library.close(), article.close()]);
  });

  it('imports a Pocket list, and the background page fetches and reads each link (no offscreen document)', async () => {
    // The seed article on another host, so it is not the copy saved above.
    const mirror = server.urlFor('seed-news').replace('news.example.test', 'mirror.example.test');
    const scratch = mkdtempSync(path.join(tmpdir(), 'pullquote-ff-'));
    const csv = path.join(scratch, 'pocket.csv');
    writeFileSync(
      csv,
      [
        'title,url,time_added,tags,status',
        `Mirror,${mirror},1700000000,reading,unread`,
        `Missing,http://news.example.test:${server.port}/no-such-page/,1700000001,,archive`,
      ].join('\n'),
    );
    const library = await ff.openExtensionPage('library.html', { width: 1200, height: 860 });
    await library.waitForSelector('html[data-ready="true"]');
    const input = (await library.$('input[type=file]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(csv);
    await expect
      .poll(() => text(library, '[data-testid=fetch-progress]').catch(() => ''), { timeout: 20_000 })
      .toMatch(/2 of 2/);
    await expect(text(library, '[data-testid=fetch-progress]')).resolves.toMatch(/no-such-page/);
    const items = await library.evaluate(storedArticles);
    // Read with Readability in Firefox's background page (Chrome needs an offscreen document for this).
    expect(items.find((item) => item.url === mirror)).toMatchObject({ fetchState: 'ok', title: seed.title });
    expect(items.find((item) => item.url === mirror)?.words).toBeGreaterThan(200);
    expect(items.find((item) => item.url.includes('/no-such-page/'))).toMatchObject({ fetchState: 'failed' });
    // The list picks the fetched article up by itself (a throttled refresh, at most every 3 s): the
    // imported "Mirror" row becomes the article it links to.
    const mirrorRow = () =>
      library.$$eval(
        '[role=row][data-row-id]',
        (rows, id) =>
          rows.find((row) => row.getAttribute('data-row-id') === id)?.textContent?.replace(/\s+/g, ' ') ?? '',
        items.find((item) => item.url === mirror)?.id ?? '',
      );
    await expect.poll(mirrorRow, { timeout: 8000 }).toContain(seed.title);
    expect(await mirrorRow()).not.toContain('Not fetched yet');
    await saveScreenshot(library, 'firefox-library-import');
    await library.close();
    // Only now: Firefox reads an uploaded file from disk when the page reads it.
    rmSync(scratch, { recursive: true, force: true });
  });

  it("syncs the reading list, not the text, through Firefox's storage.sync", async () => {
    const options = await ff.openExtensionPage('options.html');
    await (await options.waitForSelector('[data-testid=library-sync]'))?.click();
    const synced = () =>
      ff.api(
        async () =>
          JSON.stringify(
            (await (globalThis as unknown as WebExtensionGlobal).browser.storage.sync.get(null))[
              'library:0'
            ] ?? null,
          ),
        null,
      );
    await expect.poll(synced, { timeout: 10_000 }).toContain(seed.title.slice(0, 40));
    // Never the article's text.
    expect(await synced()).not.toContain((seed.paragraphs[3] ?? '').slice(0, 60));
    await options.waitForFunction(() =>
      /^3 articles in sync/.test(
        document.querySelector('[aria-labelledby=library-sync-heading] [role=status]')?.textContent ?? '',
      ),
    );
    await options.close();
  });

  it('opens a hostile saved page in the reader with nothing left that could run', async () => {
    const id = HOSTILE_ID;
    const library = await ff.openExtensionPage('library.html');
    await library.waitForSelector('html[data-ready="true"]');
    // As an import (an Omnivore content file) would store it: the page's HTML, unsanitized (schema 3).
    await library.evaluate(storeRawArticle, { html: hostileHtml(), id });
    await library.close();

    const reader = await ff.openExtensionPage(`reader.html?id=${encodeURIComponent(id)}`);
    await reader.waitForSelector('main.reader[data-state="ready"]');
    expect(await reader.evaluate(readerLeftovers)).toEqual(NOTHING_LEFT);
    const counts = await reader.evaluate(() => {
      const body = document.querySelector('[data-testid=reader-body]');
      return {
        text: (body as HTMLElement | null)?.innerText.includes('Headline survives'),
        href: location.href,
        // The reader's own English "1 min read" inside the right-to-left article still reads left to right.
        readingTimeInOrder: (() => {
          const span = [...document.querySelectorAll('.reader__meta span')].find((s) =>
            s.textContent?.endsWith('min read'),
          );
          const node = span?.firstChild;
          if (!node) return false;
          const x = (at: number) => {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + 1);
            return range.getBoundingClientRect().x;
          };
          return x(0) < x(node.textContent?.indexOf('min') ?? 0);
        })(),
      };
    });
    expect(counts).toEqual({
      text: true,
      href: ff.url(`reader.html?id=${encodeURIComponent(id)}`),
      readingTimeInOrder: true,
    });
    await saveScreenshot(reader, 'firefox-reader-hostile');
    await reader.close();
  });

  /** The consent memory the background keeps, as stored. */
  async function consentDecision(site: string) {
    const stored = await ff.api(
      async () =>
        (await (globalThis as unknown as WebExtensionGlobal).browser.storage.local.get('consent'))
          .consent as {
          sites?: Record<string, { choice: string; appliedCount: number }>;
        } | null,
      null,
    );
    return stored?.sites?.[site];
  }

  const consentUrl = (host: string, page: string) => `http://${host}:${server.port}/consent/${page}.html`;
  const bannerVisible = (page: Page) =>
    page.evaluate(() => (window as unknown as { __bannerVisible(): boolean }).__bannerVisible());
  const consentLog = (page: Page) =>
    page.evaluate(() => (window as unknown as { __consentLog: string[] }).__consentLog.slice());

  it.each([
    ['onetrust', 'reject', '#onetrust-reject-all-handler'],
    // Cookiebot is answered through its page-world API (window.Cookiebot): scripting's MAIN world.
    ['cookiebot', 'accept', '#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll'],
    // Sourcepoint's banner is a cross-origin frame: the content script and the engine run inside it.
    ['sourcepoint', 'reject', '.sp_choice_type_13'],
  ])(
    '%s: learns the reader’s %s click and applies it on the next visit',
    async (platform, choice, button) => {
      const site = `${platform}.test`;
      const first = await ff.browser.newPage();
      await first.goto(consentUrl(`news.${site}`, platform));
      let banner: Page | Frame = first;
      if (platform === 'sourcepoint') {
        await first.waitForSelector('iframe');
        const deadline = Date.now() + 5000;
        while (!first.frames().some((f) => f.url().includes('sp-vendor.test')) && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        banner = first.frames().find((f) => f.url().includes('sp-vendor.test')) ?? first;
      }
      await banner.waitForFunction(() =>
        (window as unknown as { __bannerVisible(): boolean }).__bannerVisible(),
      );
      await new Promise((resolve) => setTimeout(resolve, 1000));
      // Undecided: the banner is left alone until the reader answers it.
      await expect(
        banner.evaluate(() => (window as unknown as { __consentLog: string[] }).__consentLog.slice()),
      ).resolves.toEqual([]);
      await banner.click(button);
      await expect
        .poll(() => consentDecision(site), { timeout: 5000 })
        .toMatchObject({ choice, appliedCount: 0 });
      await first.close();

      // Another subdomain: its cookies are its own, so the banner would come back. The choice answers it.
      const second = await ff.browser.newPage();
      await second.goto(consentUrl(`www.${site}`, platform));
      await second.waitForFunction(
        (wanted: string) => (window as unknown as { __consentLog: string[] }).__consentLog.includes(wanted),
        { timeout: 8000 },
        choice,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      await expect(consentLog(second)).resolves.toEqual([choice]);
      await expect(bannerVisible(second)).resolves.toBe(false);
      // autoconsent's page-world checks went into the page (scripting.executeScript, world MAIN).
      await expect(second.evaluate(() => '__pullquoteConsentChecks' in window)).resolves.toBe(true);
      await expect.poll(() => consentDecision(site), { timeout: 5000 }).toMatchObject({ appliedCount: 1 });
      const tabId = await ff.tabIdOf(second);
      await expect(
        ff.api(
          (id) =>
            (globalThis as unknown as WebExtensionGlobal).browser.browserAction.getBadgeText({ tabId: id }),
          tabId,
        ),
      ).resolves.toBe('✓');
      await saveScreenshot(second, `firefox-consent-applied-${platform}`, { fullPage: false });
      await second.close();
    },
  );

  it("shows the site's remembered choice in the popup", async () => {
    const page = await ff.browser.newPage();
    await page.goto(consentUrl('blog.onetrust.test', 'onetrust'));
    await page.waitForFunction(() =>
      (window as unknown as { __consentLog: string[] }).__consentLog.includes('reject'),
    );
    const popup = await popupFor(page);
    await popup.waitForFunction(() =>
      /applied \d+ times/.test(document.querySelector('.consent__status')?.textContent ?? ''),
    );
    await expect(popup.$eval('.consent h2', (h) => h.textContent)).resolves.toBe('Cookies on onetrust.test');
    // The popup folds the section into one line; "Change" opens it.
    await (await control(popup, 'Change', '.consent-line')).click();
    await expect(text(popup, '.consent__status')).resolves.toMatch(
      /^Rejected on (\w{3} \d{1,2}|\d{1,2} \w{3}) · applied 2 times$/,
    );
    await expect(text(popup, '.consent__note')).resolves.toContain('Applied on this page');
    // The page repeats the chair's words in a pull-quote box: each line is offered once.
    const quotes = await popup.$$eval('.quote__text', (all) =>
      all.map((q) => (q instanceof HTMLTextAreaElement ? q.value : (q.textContent ?? ''))),
    );
    expect(quotes.filter((q) => q === 'We are not choosing between boats and buses')).toHaveLength(1);
    await saveScreenshot(popup, 'firefox-consent-popup');
    await Promise.all([popup.close(), page.close()]);
  });

  it('never fetches an imported loopback link, nor follows a redirect to one (issue 15)', async () => {
    // A server of our own on the loopback address: what the extension must never reach by itself.
    const hits: string[] = [];
    const local = createServer((request, response) => {
      hits.push(request.url ?? '');
      if (request.url === '/to-local') {
        response.writeHead(302, {
          location: `http://127.0.0.1:${(local.address() as AddressInfo).port}/secret`,
        });
      } else response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<html><body><article><h1>Router admin</h1><p>secret</p></article></body></html>');
    });
    await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
    const port = (local.address() as AddressInfo).port;
    const scratch = mkdtempSync(path.join(tmpdir(), 'pullquote-ff-'));
    const csv = path.join(scratch, 'pocket.csv');
    writeFileSync(
      csv,
      [
        'title,url,time_added,tags,status',
        `Redirects home,http://redirect.example.test:${port}/to-local,1700000000,,unread`,
        `Straight home,http://127.0.0.1:${port}/direct,1700000000,,unread`,
      ].join('\n'),
    );
    const library = await ff.openExtensionPage('library.html', { width: 1200, height: 860 });
    await library.waitForSelector('html[data-ready="true"]');
    const input = (await library.$('input[type=file]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(csv);
    // Both links end failed (the progress panel may still show the previous test's run at first).
    const states = async () =>
      (await library.evaluate(storedArticles))
        .filter((item) => item.url.includes(`:${port}/`))
        .map((item) => item.fetchState);
    await expect.poll(states, { timeout: 20_000 }).toEqual(['failed', 'failed']);
    // The public name was asked once; the redirect to 127.0.0.1 and the loopback link never left Firefox.
    expect(hits).toEqual(['/to-local']);
    await saveScreenshot(library, 'firefox-library-local-network');
    await library.close();
    await new Promise<void>((resolve) => local.close(() => resolve()));
    rmSync(scratch, { recursive: true, force: true });
  });
});
