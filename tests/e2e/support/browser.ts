import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page, type Worker } from 'playwright-core';
import { artifactsDir, chromeBuildDir, chromiumPath, extensionBrowserArgs } from './paths';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The address of one of the extension's pages, `pageUrl('options.html')`. */
  pageUrl(path: string): string;
  /** The extension's service worker, woken if the browser stopped it. */
  worker(): Promise<Worker>;
  /** Chrome's tab id for a page (brings it to the front). */
  tabIdOf(page: Page): Promise<number>;
  /** Click the toolbar button on a page, for real: grants activeTab and opens the action popup. */
  clickToolbarButton(page: Page): Promise<void>;
  /** Open popup.html?tab=N as a page of its own (the popup the toolbar opens can't be driven directly). */
  openPopupFor(page: Page, options?: { colorScheme?: 'light' | 'dark' }): Promise<Page>;
  openPopupForTab(tabId: number, options?: { colorScheme?: 'light' | 'dark' }): Promise<Page>;
  browserSession(): Promise<CDPSession>;
  /** Stop the extension's service worker, as MV3 does to an idle one after ~30 s. */
  stopServiceWorker(): Promise<void>;
  /** The toolbar button's badge text on a page's tab. */
  badgeText(page: Page): Promise<string>;
  close(): Promise<void>;
}

/**
 * The tab a first install opens (runtime.onInstalled → welcome.html), once it shows up; null if none opened
 * within `timeoutMs`.
 */
export async function findWelcomePage(context: BrowserContext, timeoutMs = 10_000): Promise<Page | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = context
      .pages()
      .find((p) => p.url().startsWith('chrome-extension://') && p.url().endsWith('/welcome.html'));
    if (page || Date.now() > deadline) return page ?? null;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface LaunchOptions {
  /**
   * The browser's UI language (`de`, `ar`…), which picks the extension's `_locales`. Chromium on Linux takes
   * it from LANGUAGE (`--lang` elsewhere); the extension follows it even where Chromium's own menus have no
   * translation installed. `locale` sets navigator.language and Accept-Language to match.
   */
  uiLanguage?: string;
  /** Leave the welcome tab a first install opens (closed by default: other tests drive their own tabs). */
  keepWelcome?: boolean;
  /** More Chromium flags (e.g. `--disable-blink-features=AutomationControlled`). */
  extraArgs?: string[];
}

/** A fresh profile with the built extension. Every launch is a first install, which opens the welcome page. */
export async function launchWithExtension(
  extensionDir = chromeBuildDir,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'pullquote-e2e-'));
  const lang = options.uiLanguage;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    ...(lang ? { env: { ...process.env, LANGUAGE: lang }, locale: lang } : {}),
    args: [
      ...extensionBrowserArgs(extensionDir),
      // Lets the CDP Extensions domain press the toolbar button (Extensions.triggerAction).
      '--enable-unsafe-extension-debugging',
      ...(lang ? [`--lang=${lang}`] : []),
      ...(options.extraArgs ?? []),
    ],
  });
  const firstWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(firstWorker.url()).host;
  const pageUrl = (path: string) => `chrome-extension://${extensionId}/${path}`;
  if (!options.keepWelcome) await (await findWelcomePage(context))?.close();
  let session: CDPSession | null = null;

  const browserSession = async () => {
    if (!session) {
      const browser = context.browser();
      if (!browser) throw new Error('No browser handle for CDP');
      session = await browser.newBrowserCDPSession();
    }
    return session;
  };

  const worker = async (): Promise<Worker> => {
    const live = context
      .serviceWorkers()
      .find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    if (live) return live;
    // A message from an extension page wakes a stopped worker, as in real use.
    const waking = context.waitForEvent('serviceworker');
    const page = await context.newPage();
    await page.goto(pageUrl('popup.html?tab=0'));
    const woken = await waking;
    await page.close();
    return woken;
  };

  const tabIdOf = async (page: Page): Promise<number> => {
    await page.bringToFront();
    // A worker the browser is stopping or restarting answers "Service worker restarted": ask again.
    for (let attempt = 0; ; attempt++) {
      try {
        const sw = await worker();
        const id = await sw.evaluate(async () => {
          type Tabs = { query(query: object): Promise<Array<{ id?: number }>> };
          const { chrome } = globalThis as unknown as { chrome: { tabs: Tabs } };
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          return tab?.id ?? null;
        });
        if (id === null) throw new Error('No active tab');
        return id;
      } catch (error) {
        if (attempt >= 5 || !/restarted|closed|destroyed/i.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
        await page.bringToFront();
      }
    }
  };

  const clickToolbarButton = async (page: Page) => {
    const cdp = await browserSession();
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((info) => info.url === page.url());
    if (!tab) throw new Error(`No tab target for ${page.url()}`);
    await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  };

  const openPopupFor = async (page: Page, options: { colorScheme?: 'light' | 'dark' } = {}) =>
    openPopupForTab(await tabIdOf(page), options);

  const openPopupForTab = async (tabId: number, options: { colorScheme?: 'light' | 'dark' } = {}) => {
    const popup = await context.newPage();
    await popup.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
    // A toolbar popup sizes to its content; screenshots are taken full-page from the popup's minimum height.
    await popup.setViewportSize({ width: 380, height: 240 });
    await popup.goto(pageUrl(`popup.html?tab=${tabId}`));
    return popup;
  };

  const stopServiceWorker = async () => {
    const cdp = await browserSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find(
      (info) => info.type === 'service_worker' && info.url.includes(extensionId),
    );
    if (target) await cdp.send('Target.closeTarget', { targetId: target.targetId });
  };

  const badgeText = async (page: Page) => {
    const tabId = await tabIdOf(page);
    return (await worker()).evaluate(async (id) => {
      const { chrome } = globalThis as unknown as {
        chrome: { action: { getBadgeText(details: { tabId: number }): Promise<string> } };
      };
      return chrome.action.getBadgeText({ tabId: id });
    }, tabId);
  };

  return {
    context,
    extensionId,
    pageUrl,
    badgeText,
    worker,
    stopServiceWorker,
    tabIdOf,
    clickToolbarButton,
    openPopupFor,
    openPopupForTab,
    browserSession,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Save a screenshot under tests/artifacts/ (git-ignored) for a person to look at. */
export async function saveScreenshot(
  page: Screenshooter,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`) as `${string}.png`;
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}

/** A page of either driver: Playwright's (Chromium) or Puppeteer's (Firefox). */
export interface Screenshooter {
  screenshot(options: { path: `${string}.png`; fullPage: boolean }): Promise<unknown>;
}

/** The library page in a new tab, once its first rows are drawn. */
export async function openLibraryPage(browser: ExtensionBrowser): Promise<Page> {
  const library = await browser.context.newPage();
  await library.setViewportSize({ width: 1200, height: 860 });
  await library.goto(browser.pageUrl('library.html'));
  await library.waitForSelector('html[data-ready="true"]');
  return library;
}
