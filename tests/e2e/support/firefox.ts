import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxBuildDir, firefoxPath } from './paths';

/**
 * Firefox with the built Firefox extension (.output/firefox-mv2), driven by puppeteer-core over WebDriver
 * BiDi: stock Firefox ESR from Debian, no patched build. Three things BiDi does not do for extension pages
 * yet (Mozilla bug 1755014), and what this file does instead:
 * - navigating to a moz-extension:// URL is refused unless the browser runs with
 *   `--remote-allow-system-access`, and even then no navigation events arrive for pages in the extension
 *   process, so `page.goto` never resolves: `openExtensionPage` starts the navigation and polls the page;
 * - a tab the extension opens (the welcome page, the studio) is known to puppeteer only by the about:blank
 *   it started as: `findExtensionPage` asks each tab where it really is;
 * - the moz-extension UUID is random per profile: the `extensions.webextensions.uuids` pref fixes it.
 */

const EXTENSION_UUID = '5f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b';
export const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;

/** The add-on id the build declares (browser_specific_settings.gecko.id in wxt.config.ts). */
function geckoId(): string {
  const manifest = JSON.parse(readFileSync(path.join(firefoxBuildDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  return manifest.browser_specific_settings.gecko.id;
}

export interface FirefoxExtension {
  browser: Browser;
  /** Where Firefox saves downloads (the studio's PNGs). */
  downloadDir: string;
  url(file: string): string;
  /** A new tab showing an extension page, loaded. */
  openExtensionPage(file: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** The tab the extension opened at `file` (welcome.html, studio.html…), once it is there. */
  findExtensionPage(file: string, timeoutMs?: number): Promise<Page>;
  /** Run `fn` with the WebExtension API (`browser.*`) in an extension page of its own. */
  api<T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T>;
  /** Firefox's tab id for a page. */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

/**
 * Wait until a page shows `url` and has loaded. Pages in the extension process send no BiDi navigation
 * events, but script evaluation works in them.
 */
async function waitForLoaded(page: Page, url: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await page
      .evaluate(() => `${document.readyState} ${location.href}`)
      .catch(() => 'navigating');
    if (state === `complete ${url}`) return;
    if (Date.now() > deadline) throw new Error(`${url} did not load (${state})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** *.test hostnames the fixture server answers for (Firefox has no wildcard host mapping). */
export async function launchFirefoxWithExtension(hosts: string[]): Promise<FirefoxExtension> {
  if (!process.env.DISPLAY) {
    throw new Error('Firefox runs headed, on an X display: run under xvfb-run (npm run test:e2e does).');
  }
  const expectedId = geckoId();
  const downloadDir = mkdtempSync(path.join(tmpdir(), 'pullquote-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    // Headed, on the X display: headless Firefox's clipboard holds only text, and the studio's "Copy image"
    // is checked by pasting the image into a page.
    headless: false,
    // Lets BiDi navigate a tab to a moz-extension:// page (refused otherwise, as a privileged URL).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [expectedId]: EXTENSION_UUID }),
      // Fixture pages keep realistic hostnames: each resolves to this machine.
      'network.dns.localDomains': hosts.join(','),
      // The fixture server speaks plain http: no https-first detour through a port that refuses TLS.
      'dom.security.https_first': false,
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
    },
  });
  // A temporary add-on, as about:debugging loads one: a first install, which opens the welcome page.
  const id = await browser.installExtension(firefoxBuildDir);
  if (id !== expectedId) throw new Error(`Installed ${id}, expected ${expectedId}`);

  const url = (file: string) => `${extensionOrigin}/${file}`;

  const openExtensionPage = async (file: string, viewport = { width: 1280, height: 900 }) => {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    // Resolves never (no navigation events from the extension process): started, then polled.
    page.goto(url(file), { timeout: 5000 }).catch(() => undefined);
    await waitForLoaded(page, url(file));
    return page;
  };

  const findExtensionPage = async (file: string, timeoutMs = 10_000) => {
    const wanted = url(file);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const page of await browser.pages()) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(wanted)) {
          await waitForLoaded(page, href);
          return page;
        }
      }
      if (Date.now() > deadline) throw new Error(`No tab at ${wanted}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  let control: Page | null = null;
  const api = async <T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T> => {
    // An extension page with nothing of its own to do: the popup for a tab that does not exist.
    control ??= await openExtensionPage('popup.html?tab=0');
    // puppeteer types the argument as it arrives in the page (handles unwrapped); these are plain values.
    return control.evaluate(fn as (value: unknown) => Promise<T>, arg as unknown) as Promise<T>;
  };

  const tabIdOf = async (page: Page) => {
    const href = await page.evaluate(() => location.href);
    const id = await api(async (wanted) => {
      const { browser: ext } = globalThis as unknown as WebExtensionGlobal;
      const tabs = await ext.tabs.query({});
      return tabs.find((tab) => tab.url === wanted)?.id ?? null;
    }, href);
    if (id === null) throw new Error(`No tab shows ${href}`);
    return id;
  };

  return {
    browser,
    downloadDir,
    url,
    openExtensionPage,
    findExtensionPage,
    api,
    tabIdOf,
    async close() {
      await browser.close();
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}

/** The slice of the WebExtension API the tests call inside extension pages. */
export interface WebExtensionGlobal {
  browser: {
    tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> };
    storage: {
      local: { get(key: string | null): Promise<Record<string, unknown>> };
      sync: { get(key: string | null): Promise<Record<string, unknown>> };
    };
    browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    extension: { getViews(filter: { type: 'popup' | 'tab' }): Window[] };
  };
}

/** A file Firefox has finished downloading into `dir` (no .part left), once it is there. */
export async function waitForDownload(dir: string, name: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const files = readdirSync(dir);
    if (files.includes(name) && !files.some((file) => file.endsWith('.part'))) return path.join(dir, name);
    if (Date.now() > deadline) throw new Error(`No download ${name} in ${dir}: ${files.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
