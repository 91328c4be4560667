import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPds, type TestAccount, type TestPds } from '../pds/harness';
import { axeFindings, expectCardPost, newestPost, seedCardPost, storedSession } from './bluesky-support';
import { type ExtensionBrowser, saveScreenshot } from './support/browser';
import type { FixtureServer } from './support/fixture-server';
import { fixturesDir } from './support/paths';
import { withExtensionBrowser } from './support/suite';

/**
 * Bluesky in real Chromium with the built extension, against the reference PDS (tests/pds): connect in the
 * options page, post a card from the studio and from the popup, and read every post back from the PDS.
 */

const { canonicalUrl } = JSON.parse(
  readFileSync(path.join(fixturesDir, 'seed-news/expected.json'), 'utf8'),
) as {
  canonicalUrl: string;
};

let browser: ExtensionBrowser;
let server: FixtureServer;
let pds: TestPds;
let account: TestAccount;

withExtensionBrowser((started) => {
  ({ browser, server } = started);
});

beforeAll(async () => {
  pds = await startTestPds();
  account = await pds.createAccount('chromium');
}, 120_000);

afterAll(async () => {
  await pds?.close();
});

async function storageLocal(): Promise<Record<string, unknown>> {
  return (await browser.worker()).evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(key: null): Promise<Record<string, unknown>> } } };
    };
    return chrome.storage.local.get(null);
  });
}

async function setStorageLocal(values: Record<string, unknown>): Promise<void> {
  await (await browser.worker()).evaluate(async (items) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { set(items: object): Promise<void> } } };
    };
    await chrome.storage.local.set(items);
  }, values);
}

async function optionsPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(browser.pageUrl('options.html'));
  await page.getByRole('heading', { name: 'Bluesky' }).waitFor();
  return page;
}

async function fillConnectForm(scope: Page, password: string, withServer = true): Promise<void> {
  await scope.getByLabel('Handle or email').fill(account.handle);
  await scope.getByLabel('App password').fill(password);
  if (withServer) await scope.getByLabel('Server (only for self-hosted accounts)').fill(pds.pdsUrl);
  await scope.getByRole('button', { name: 'Connect' }).click();
}

/** The seed article's popup, with the first quotation that has a speaker chosen. */
async function popupWithQuotation(): Promise<{ article: Page; popup: Page; quote: string; speaker: string }> {
  const article = await browser.context.newPage();
  await article.goto(server.urlFor('seed-news'));
  await browser.clickToolbarButton(article);
  const popup = await browser.openPopupFor(article);
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.waitForSelector('.quote');
  const quotation = popup
    .locator('.quote')
    .filter({ has: popup.locator('.quote__by', { hasText: /^— / }) })
    .first();
  // The chosen quote's text is its editor (a textarea), the others' a paragraph.
  const quote = (
    await quotation
      .locator('.quote__text')
      .evaluate((text) => (text instanceof HTMLTextAreaElement ? text.value : (text.textContent ?? '')))
  ).trim();
  const by = (await quotation.locator('.quote__by').innerText()).replace(/^— /, '');
  await quotation.click();
  return { article, popup, quote, speaker: by.split(',')[0]?.trim() ?? by };
}

/** Decodes an image in this Chromium: its natural size. */
async function decodeInBrowser(page: Page, bytes: Uint8Array, mimeType: string) {
  return page.evaluate(
    async ({ base64, type }) => {
      const image = new Image();
      image.src = `data:${type};base64,${base64}`;
      await image.decode();
      return { width: image.naturalWidth, height: image.naturalHeight };
    },
    { base64: Buffer.from(bytes).toString('base64'), type: mimeType },
  );
}

describe('Bluesky in Chromium, against the reference PDS', () => {
  it('sends nothing to Bluesky or any PDS before the reader presses Connect', async () => {
    // Anything Bluesky-shaped: the test PDS and PLC, Bluesky's own hosts, the PLC directory.
    const outside: string[] = [];
    const watch = (request: { url(): string }) => {
      const url = request.url();
      if (
        url.startsWith(pds.pdsUrl) ||
        url.startsWith(pds.plcUrl) ||
        /^https?:\/\/([^/]*\.)?(bsky\.(social|app|network)|plc\.directory)\//.test(url)
      )
        outside.push(url);
    };
    browser.context.on('request', watch);
    const options = await optionsPage();
    await options.getByLabel('App password').waitFor();
    const { article, popup } = await popupWithQuotation();
    await popup.getByRole('button', { name: 'Post to Bluesky' }).click();
    await popup
      .getByRole('dialog', { name: 'Post to Bluesky' })
      .getByText('Connect your Bluesky account to post.')
      .waitFor();
    await popup
      .getByRole('dialog', { name: 'Post to Bluesky' })
      .getByRole('button', { name: 'Cancel' })
      .click();
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Make an image card' }).click();
    const studio = await opened;
    await studio
      .locator('figure[data-size="portrait"]')
      .getByRole('button', { name: 'Post to Bluesky' })
      .click();
    await studio.getByRole('dialog', { name: 'Post to Bluesky' }).getByLabel('App password').waitFor();
    expect(outside).toEqual([]);
    expect(storedSession(await storageLocal())).toBeUndefined();
    // The watch sees the extension's requests: pressing Connect is the first one.
    const dialog = studio.getByRole('dialog', { name: 'Post to Bluesky' });
    await dialog.getByLabel('Handle or email').fill(account.handle);
    await dialog.getByLabel('App password').fill('abcd-efgh-ijkl-mnop');
    await dialog.getByLabel('Server (only for self-hosted accounts)').fill(pds.pdsUrl);
    await dialog.getByRole('button', { name: 'Connect' }).click();
    await dialog.getByText('Bluesky did not accept that handle and app password', { exact: false }).waitFor();
    browser.context.off('request', watch);
    expect(outside).toEqual([`${pds.pdsUrl}/xrpc/com.atproto.server.createSession`]);
    await Promise.all([studio.close(), popup.close(), article.close(), options.close()]);
  });

  it('a wrong app password says so and stores nothing', async () => {
    const options = await optionsPage();
    await saveScreenshot(options, 'bluesky-options-connect');
    await fillConnectForm(options, 'abcd-efgh-ijkl-mnop');
    await expect
      .poll(() => options.getByRole('alert').filter({ hasText: /.+/ }).first().innerText(), {
        timeout: 15_000,
      })
      .toContain('Bluesky did not accept that handle and app password');
    expect(storedSession(await storageLocal())).toBeUndefined();
    // What the reader typed is still there to correct.
    await expect(options.getByLabel('Handle or email').inputValue()).resolves.toBe(account.handle);
    await saveScreenshot(options, 'bluesky-options-wrong-password');
    await options.close();
  });

  it('connects in the options page with an app password and the PDS URL, storing tokens only', async () => {
    const options = await optionsPage();
    await fillConnectForm(options, account.appPassword);
    await options.getByText(`Connected as @${account.handle}`).waitFor({ timeout: 15_000 });
    const local = await storageLocal();
    const session = storedSession(local);
    expect(session).toMatchObject({
      did: account.did,
      handle: account.handle,
      pds: pds.pdsUrl,
      custom: true,
    });
    expect(typeof session?.accessJwt).toBe('string');
    expect(typeof session?.refreshJwt).toBe('string');
    expect(JSON.stringify(local)).not.toContain(account.appPassword);
    await saveScreenshot(options, 'bluesky-options-connected');
    expect(await axeFindings(options)).toEqual([]);
    await options.close();
  });

  it('posts the seed article’s quotation from the studio: text, deep link, card and edited alt text', async () => {
    const { article, popup, quote, speaker } = await popupWithQuotation();
    // Saved first: the post is then kept with the article in the library.
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup.getByRole('button', { name: 'Saved' }).waitFor();
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Make an image card' }).click();
    const studio = await opened;
    await studio.setViewportSize({ width: 1440, height: 1000 });
    await studio.getByRole('radio', { name: 'Dark' }).check();
    const portrait = studio.locator('figure[data-size="portrait"]');
    await portrait.locator('canvas[data-theme="dark"][data-drawn="true"]').waitFor();

    await portrait.getByRole('button', { name: 'Post to Bluesky' }).click();
    const dialog = studio.getByRole('dialog', { name: 'Post to Bluesky' });
    await dialog.getByTestId('bluesky-post-preview').waitFor({ timeout: 20_000 });
    const previewText = await dialog.locator('.bsky-post__text').innerText();
    expect(previewText).toContain(`— ${speaker}`);
    const previewLink = await dialog.getByTestId('bluesky-link').getAttribute('href');
    expect(previewLink?.startsWith(`${canonicalUrl}#:~:text=`)).toBe(true);
    const alt = dialog.getByLabel(/^Alt text/);
    const edited = `${await alt.inputValue()} Posted from the studio.`;
    await alt.fill(edited);
    await saveScreenshot(studio, 'bluesky-studio-preview', { fullPage: false });
    expect(await axeFindings(studio)).toEqual([]);

    const started = Date.now();
    await dialog.getByRole('button', { name: 'Post', exact: true }).click();
    await dialog.getByText('Posted to Bluesky.').waitFor({ timeout: 20_000 });
    const tookMs = Date.now() - started;
    await dialog.getByText('Kept with the article in your library.').waitFor();
    await saveScreenshot(studio, 'bluesky-studio-posted', { fullPage: false });

    const record = await expectCardPost(
      pds,
      account.did,
      seedCardPost({
        quote,
        speaker,
        alt: edited,
        decode: (bytes, type) => decodeInBrowser(studio, bytes, type),
      }),
    );
    expect(edited).toContain(quote.slice(0, 30));
    const { uri } = await newestPost(pds, account.did);
    const rkey = uri.split('/').at(-1);
    await expect(dialog.getByTestId('bluesky-post-url').getAttribute('href')).resolves.toBe(
      `https://bsky.app/profile/${account.handle}/post/${rkey}`,
    );
    await expect(dialog.getByTestId('bluesky-record-url').getAttribute('href')).resolves.toContain(
      `${pds.pdsUrl}/xrpc/com.atproto.repo.getRecord?`,
    );
    expect(tookMs).toBeGreaterThan(0);

    // The link opens the article scrolled to the quote (the text fragment matches on the live page).
    const facetUri = record.facets[0]?.features[0]?.uri ?? '';
    const reader = await browser.context.newPage();
    await reader.setViewportSize({ width: 1000, height: 600 });
    await reader.goto(facetUri.replace('news.example.test/', `news.example.test:${server.port}/`));
    await expect
      .poll(
        () =>
          reader.evaluate(
            (start) => {
              const paragraph = [...document.querySelectorAll('p')].find((p) =>
                p.textContent?.includes(start),
              );
              const box = paragraph?.getBoundingClientRect();
              return Boolean(box && window.scrollY > 0 && box.top >= 0 && box.top < window.innerHeight);
            },
            quote.slice(0, 20),
          ),
        { timeout: 5000 },
      )
      .toBe(true);

    // Kept with the saved article in the library.
    const cards = await studio.evaluate(async () => {
      const request = indexedDB.open('pullquote-library');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const rows = await new Promise<Array<{ cards: unknown[] }>>((resolve, reject) => {
        const all = db.transaction('items').objectStore('items').getAll();
        all.onsuccess = () => resolve(all.result);
        all.onerror = () => reject(all.error);
      });
      db.close();
      return rows.flatMap((row) => row.cards);
    });
    expect(cards).toEqual([
      expect.objectContaining({ theme: 'dark', size: 'portrait', post: expect.objectContaining({ uri }) }),
    ]);
    await Promise.all([reader.close(), studio.close(), popup.close(), article.close()]);
  });

  it('offline: says so and keeps the draft; back online, the same draft posts', async () => {
    const { article, popup, quote, speaker } = await popupWithQuotation();
    await popup.getByRole('button', { name: 'Post to Bluesky' }).click();
    const dialog = popup.getByRole('dialog', { name: 'Post to Bluesky' });
    await dialog.getByTestId('bluesky-post-preview').waitFor({ timeout: 20_000 });
    const alt = `${await dialog.getByLabel(/^Alt text/).inputValue()} Written offline.`;
    await dialog.getByLabel(/^Alt text/).fill(alt);
    await browser.context.setOffline(true);
    try {
      await dialog.getByRole('button', { name: 'Post', exact: true }).click();
      await dialog
        .getByText('You are offline. Try again when you are back online. Your post is kept.')
        .waitFor();
      await saveScreenshot(popup, 'bluesky-popup-offline', { fullPage: false });
    } finally {
      await browser.context.setOffline(false);
    }
    await expect(dialog.getByLabel(/^Alt text/).inputValue()).resolves.toBe(alt);
    await dialog.getByRole('button', { name: 'Post', exact: true }).click();
    await dialog.getByText('Posted to Bluesky.').waitFor({ timeout: 20_000 });
    await expectCardPost(
      pds,
      account.did,
      seedCardPost({ quote, speaker, alt, decode: (bytes, type) => decodeInBrowser(popup, bytes, type) }),
    );
    await Promise.all([popup.close(), article.close()]);
  });

  it('refreshes an expired access token without asking, posting from the popup', async () => {
    const session = storedSession(await storageLocal());
    if (!session) throw new Error('not connected');
    const expired = await pds.expiredAccessToken(String(session.accessJwt));
    await setStorageLocal({ blueskySession: { ...session, accessJwt: expired } });

    const { article, popup, quote, speaker } = await popupWithQuotation();
    await saveScreenshot(popup, 'bluesky-popup-share-row');
    await popup.getByRole('button', { name: 'Post to Bluesky' }).click();
    const dialog = popup.getByRole('dialog', { name: 'Post to Bluesky' });
    await dialog.getByTestId('bluesky-post-preview').waitFor({ timeout: 20_000 });
    await saveScreenshot(popup, 'bluesky-popup-preview', { fullPage: false });
    const alt = await dialog.getByLabel(/^Alt text/).inputValue();
    await dialog.getByRole('button', { name: 'Post', exact: true }).click();
    await dialog.getByText('Posted to Bluesky.').waitFor({ timeout: 20_000 });
    // No connect form on the way.
    expect(await dialog.getByLabel('App password').count()).toBe(0);

    await expectCardPost(
      pds,
      account.did,
      seedCardPost({ quote, speaker, alt, decode: (bytes, type) => decodeInBrowser(popup, bytes, type) }),
    );
    const refreshed = storedSession(await storageLocal());
    expect(refreshed?.accessJwt).not.toBe(expired);
    expect(refreshed?.refreshJwt).not.toBe(session.refreshJwt);
    expect(
      (await pds.xrpc('com.atproto.server.getSession', { token: String(refreshed?.accessJwt) })).ok,
    ).toBe(true);
    await Promise.all([popup.close(), article.close()]);
  });

  it('Disconnect ends the session on the server and removes the tokens from storage.local', async () => {
    const session = storedSession(await storageLocal());
    if (!session) throw new Error('not connected');
    const options = await optionsPage();
    await options.getByRole('button', { name: 'Disconnect' }).click();
    await options.getByText('Disconnected: the session was ended on the server').waitFor();
    expect(storedSession(await storageLocal())).toBeUndefined();
    expect(JSON.stringify(await storageLocal())).not.toContain(String(session.refreshJwt));
    const refresh = await pds.xrpc('com.atproto.server.refreshSession', {
      body: {},
      token: String(session.refreshJwt),
    });
    expect(refresh.ok).toBe(false);
    await expect(options.getByLabel('App password').isVisible()).resolves.toBe(true);
    await saveScreenshot(options, 'bluesky-options-disconnected');
    await options.close();
  });

  it('from the popup the first time: connects in the dialog, then posts the previewed draft', async () => {
    const { article, popup, quote, speaker } = await popupWithQuotation();
    await popup.getByRole('button', { name: 'Post to Bluesky' }).click();
    const dialog = popup.getByRole('dialog', { name: 'Post to Bluesky' });
    await dialog.getByText('Connect your Bluesky account to post.').waitFor();
    await saveScreenshot(popup, 'bluesky-popup-connect', { fullPage: false });
    expect(await axeFindings(popup)).toEqual([]);
    await dialog.getByLabel('Handle or email').fill(account.handle);
    await dialog.getByLabel('App password').fill(account.appPassword);
    await dialog.getByLabel('Server (only for self-hosted accounts)').fill(pds.pdsUrl);
    await dialog.getByRole('button', { name: 'Connect' }).click();
    await dialog.getByTestId('bluesky-post-preview').waitFor({ timeout: 20_000 });
    const alt = await dialog.getByLabel(/^Alt text/).inputValue();
    await dialog.getByRole('button', { name: 'Post', exact: true }).click();
    await dialog.getByText('Posted to Bluesky.').waitFor({ timeout: 20_000 });
    await saveScreenshot(popup, 'bluesky-popup-posted', { fullPage: false });
    await expectCardPost(
      pds,
      account.did,
      seedCardPost({ quote, speaker, alt, decode: (bytes, type) => decodeInBrowser(popup, bytes, type) }),
    );
    await Promise.all([popup.close(), article.close()]);
  });
});
