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
  openPopupFor(page: Page, options?: PopupOptions): Promise<Page>;
  openPopupForTab(tabId: number, options?: PopupOptions): Promise<Page>;
  browserSession(): Promise<CDPSession>;
  /** Stop the extension's service worker, as MV3 does to an idle one after ~30 s. */
  stopServiceWorker(): Promise<void>;
  /** The toolbar button's badge text on a page's tab. */
  badgeText(page: Page): Promise<string>;
  close(): Promise<void>;
}

export interface PopupOptions {
  colorScheme?: 'light' | 'dark';
  /** The page's viewport: by default `POPUP_SIZE`, the toolbar popup's real size. */
  viewport?: { width: number; height: number };
}

/** The toolbar popup's real size: the popup's own width, and the browsers' maximum popup height. */
export const POPUP_SIZE = { width: 400, height: 600 } as const;

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

  const openPopupFor = async (page: Page, options: PopupOptions = {}) =>
    openPopupForTab(await tabIdOf(page), options);

  const openPopupForTab = async (tabId: number, options: PopupOptions = {}) => {
    const popup = await context.newPage();
    await popup.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
    // The toolbar popup's real size; full-page screenshots show it as tall as its content (saveScreenshot).
    await popup.setViewportSize(options.viewport ?? POPUP_SIZE);
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
  const fullPage = options.fullPage ?? true;
  // The page's own location: Puppeteer's url() of a Firefox extension page stays about:blank (support/firefox.ts).
  const popup = fullPage && (await page.evaluate(() => location.pathname)).endsWith('/popup.html');
  if (popup) await asTallAsItsContent(page, file);
  else await page.screenshot({ path: file, fullPage });
  return file;
}

/**
 * The popup, whole, as a toolbar popup as tall as its content shows it. A full-page capture keeps the
 * viewport's height for layout, so the popup's sticky share bar would be drawn over the quotes at the
 * viewport's bottom edge; in a popup as tall as its content a sticky element sits where it would anyway, so
 * sticky elements are put in place for the capture, then stick again.
 */
async function asTallAsItsContent(page: Screenshooter, file: `${string}.png`): Promise<void> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (getComputedStyle(element).position !== 'sticky') continue;
      element.dataset.e2eSticky = element.style.position;
      element.style.position = 'static';
    }
  });
  try {
    await page.screenshot({ path: file, fullPage: true });
  } finally {
    await page.evaluate(() => {
      for (const element of document.querySelectorAll<HTMLElement>('[data-e2e-sticky]')) {
        element.style.position = element.dataset.e2eSticky ?? '';
        delete element.dataset.e2eSticky;
      }
    });
  }
}

/** A page of either driver: Playwright's (Chromium) or Puppeteer's (Firefox). */
export interface Screenshooter {
  screenshot(options: { path: `${string}.png`; fullPage: boolean }): Promise<unknown>;
  evaluate<T>(fn: () => T): Promise<T>;
}

/** The library page in a new tab, once its first rows are drawn. */
export async function openLibraryPage(browser: ExtensionBrowser): Promise<Page> {
  const library = await browser.context.newPage();
  await library.setViewportSize({ width: 1200, height: 860 });
  await library.goto(browser.pageUrl('library.html'));
  await library.waitForSelector('html[data-ready="true"]');
  return library;
}
