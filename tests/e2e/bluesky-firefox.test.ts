import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPds, type TestAccount, type TestPds } from '../pds/harness';
import { expectCardPost, seedCardPost, storedSession } from './bluesky-support';
import { saveScreenshot } from './support/browser';
import {
  type FirefoxExtension,
  launchFirefoxWithExtension,
  type WebExtensionGlobal,
} from './support/firefox';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';

/**
 * The Bluesky flow in Firefox ESR with the Firefox build (.output/firefox-mv2), against the reference PDS:
 * a wrong app password, connecting in the options page, posting a card from the studio, an expired access
 * token refreshed on the way, and Disconnect. Each post is read back from the PDS.
 */

let ff: FirefoxExtension;
let server: FixtureServer;
let pds: TestPds;
let account: TestAccount;

beforeAll(async () => {
  [server, pds] = await Promise.all([startFixtureServer(), startTestPds()]);
  account = await pds.createAccount('firefox');
  ff = await launchFirefoxWithExtension(['news.example.test']);
}, 180_000);

afterAll(async () => {
  await ff?.close();
  await Promise.all([server?.close(), pds?.close()]);
});

const storageLocal = () =>
  ff.api(async () => (globalThis as unknown as WebExtensionGlobal).browser.storage.local.get(null), null);

async function button(page: Page, selector: string): Promise<ElementHandle<Element>> {
  return (await page.waitForSelector(selector, { timeout: 20_000 })) as ElementHandle<Element>;
}

/** Text somewhere in the page, once it is there. */
async function waitForText(page: Page, wanted: string, timeout = 20_000): Promise<void> {
  await page.waitForFunction((text: string) => document.body.innerText.includes(text), { timeout }, wanted);
}

async function fillConnectForm(page: Page, password: string): Promise<void> {
  await page.type('input[name=identifier]', account.handle);
  await page.type('input[name=app-password]', password);
  await page.type('input[name=server]', pds.pdsUrl);
  await (await button(page, '.bsky-connect button[type=submit]')).click();
}

/** The seed article's popup with its first quotation that has a speaker chosen. */
async function popupWithQuotation(): Promise<{ article: Page; popup: Page; quote: string; speaker: string }> {
  const article = await ff.browser.newPage();
  await article.goto(server.urlFor('seed-news'));
  const tabId = await ff.tabIdOf(article);
  const popup = await ff.openExtensionPage(`popup.html?tab=${tabId}`, { width: 380, height: 600 });
  await popup.waitForSelector('.quote');
  const chosen = await popup.evaluate(() => {
    const quotes = [...document.querySelectorAll('.quote')];
    const index = quotes.findIndex((q) => q.querySelector('.quote__by')?.textContent?.startsWith('— '));
    const quote = quotes[index];
    // The chosen quote's text is its editor (a textarea), the others' a paragraph.
    const text = quote?.querySelector('.quote__text');
    return {
      index,
      quote: (text instanceof HTMLTextAreaElement ? text.value : (text?.textContent ?? '')).trim(),
      by: quote?.querySelector('.quote__by')?.textContent?.replace(/^— /, '') ?? '',
    };
  });
  await popup.click(`.quote:nth-child(${chosen.index + 1})`);
  return { article, popup, quote: chosen.quote, speaker: chosen.by.split(',')[0]?.trim() ?? chosen.by };
}

/** Decodes an image in this Firefox: its natural size. */
async function decodeInFirefox(page: Page, bytes: Uint8Array, mimeType: string) {
  return page.evaluate(
    async (base64: string, type: string) => {
      const image = new Image();
      image.src = `data:${type};base64,${base64}`;
      await image.decode();
      return { width: image.naturalWidth, height: image.naturalHeight };
    },
    Buffer.from(bytes).toString('base64'),
    mimeType,
  );
}

describe('Bluesky in Firefox ESR, against the reference PDS', () => {
  it('a wrong app password says so and stores nothing', async () => {
    const options = await ff.openExtensionPage('options.html');
    await options.waitForSelector('input[name=identifier]');
    await fillConnectForm(options, 'abcd-efgh-ijkl-mnop');
    await waitForText(options, 'Bluesky did not accept that handle and app password');
    expect(storedSession(await storageLocal())).toBeUndefined();
    await saveScreenshot(options, 'bluesky-firefox-wrong-password');
    await options.close();
  });

  it('connects in the options page with an app password and the PDS URL, storing tokens only', async () => {
    const options = await ff.openExtensionPage('options.html');
    await options.waitForSelector('input[name=identifier]');
    await fillConnectForm(options, account.appPassword);
    await waitForText(options, `Connected as @${account.handle}`);
    const local = await storageLocal();
    expect(storedSession(local)).toMatchObject({ did: account.did, handle: account.handle, pds: pds.pdsUrl });
    expect(JSON.stringify(local)).not.toContain(account.appPassword);
    await options.close();
  });

  it('posts the seed article’s quotation from the studio, read back from the PDS', async () => {
    const { article, popup, quote, speaker } = await popupWithQuotation();
    await popup.evaluate(() =>
      // The card button shows a preview and "Card"; its accessible name says what it does.
      [...document.querySelectorAll('button')]
        .find((b) => (b.getAttribute('aria-label') ?? b.textContent) === 'Make an image card')
        ?.click(),
    );
    const studio = await ff.findExtensionPage('studio.html');
    await studio.setViewport({ width: 1440, height: 1000 });
    await studio.click('input[name=theme][value=dark]');
    await studio.waitForSelector('figure[data-size=portrait] canvas[data-theme=dark][data-drawn=true]');
    await (await button(studio, 'figure[data-size=portrait] button[data-action=bluesky-post]')).click();
    await studio.waitForSelector('[data-testid=bluesky-post-preview]', { timeout: 20_000 });
    const alt = await studio.$eval('dialog textarea', (area) => (area as HTMLTextAreaElement).value);
    await studio.type('dialog textarea', ' Posted from Firefox.');
    await saveScreenshot(studio, 'bluesky-firefox-studio-preview', { fullPage: false });
    await (await button(studio, 'button[data-action=bluesky-publish]')).click();
    await waitForText(studio, 'Posted to Bluesky.');
    await saveScreenshot(studio, 'bluesky-firefox-studio-posted', { fullPage: false });
    await expectCardPost(
      pds,
      account.did,
      seedCardPost({
        quote,
        speaker,
        alt: `${alt} Posted from Firefox.`,
        decode: (bytes, type) => decodeInFirefox(studio, bytes, type),
      }),
    );
    await Promise.all([studio.close(), popup.close(), article.close()]);
  });

  it('refreshes an expired access token without asking, posting from the popup', async () => {
    const session = storedSession(await storageLocal());
    if (!session) throw new Error('not connected');
    const expired = await pds.expiredAccessToken(String(session.accessJwt));
    await ff.api(
      async (value) => {
        await (
          globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }
        ).browser.storage.local.set({
          blueskySession: value,
        });
      },
      { ...session, accessJwt: expired },
    );
    const { article, popup, quote, speaker } = await popupWithQuotation();
    await (await button(popup, 'button[data-action=bluesky-post]')).click();
    await popup.waitForSelector('[data-testid=bluesky-post-preview]', { timeout: 20_000 });
    await saveScreenshot(popup, 'bluesky-firefox-popup-preview', { fullPage: false });
    const alt = await popup.$eval('dialog textarea', (area) => (area as HTMLTextAreaElement).value);
    await (await button(popup, 'button[data-action=bluesky-publish]')).click();
    await waitForText(popup, 'Posted to Bluesky.');
    expect(await popup.$('dialog input[name=app-password]')).toBeNull();
    await expectCardPost(
      pds,
      account.did,
      seedCardPost({ quote, speaker, alt, decode: (bytes, type) => decodeInFirefox(popup, bytes, type) }),
    );
    const refreshed = storedSession(await storageLocal());
    expect(refreshed?.accessJwt).not.toBe(expired);
    expect(refreshed?.refreshJwt).not.toBe(session.refreshJwt);
    await Promise.all([popup.close(), article.close()]);
  });

  it('Disconnect ends the session on the server and removes the tokens from storage.local', async () => {
    const session = storedSession(await storageLocal());
    if (!session) throw new Error('not connected');
    const options = await ff.openExtensionPage('options.html');
    await (await button(options, '.bsky-account button')).click();
    await waitForText(options, 'Disconnected: the session was ended on the server');
    expect(storedSession(await storageLocal())).toBeUndefined();
    const refresh = await pds.xrpc('com.atproto.server.refreshSession', {
      body: {},
      token: String(session.refreshJwt),
    });
    expect(refresh.ok).toBe(false);
    await saveScreenshot(options, 'bluesky-firefox-disconnected');
    await options.close();
  });
});
