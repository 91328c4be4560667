import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type ExtensionBrowser, saveScreenshot } from './support/browser';
import type { FixtureServer } from './support/fixture-server';
import { repoRoot } from './support/paths';
import { withExtensionBrowser } from './support/suite';

/**
 * Cookie-consent memory in real Chromium, on local pages that copy real platforms' markup
 * (tests/fixtures/consent/README.md) under *.test hostnames. A page's own log (`__consentLog`) records
 * every decision its platform received, whoever made it; `__clicks` records every click on the page.
 */

interface SiteDecision {
  choice: 'accept' | 'reject';
  cmp: string;
  decidedAt: number;
  appliedCount: number;
  lastApplied: number | null;
  paused?: boolean;
  learned?: true;
  failures?: number;
}

let browser: ExtensionBrowser;
let server: FixtureServer;

withExtensionBrowser(
  (started) => {
    ({ browser, server } = started);
  },
  (fixtureServer) => {
    const fixtures = path.join(repoRoot, 'tests/fixtures/consent');
    fixtureServer.addDirectory('consent', fixtures);
    // autoconsent knows Sourcepoint's message frame by its path, /index.html on the vendor's host.
    const frame = readFileSync(path.join(fixtures, 'sourcepoint-frame.html'), 'utf8');
    fixtureServer.addPage('/index.html', frame.replace('src="common.js"', 'src="/consent/common.js"'));
  },
);

const url = (host: string, page: string) => `http://${host}:${server.port}/consent/${page}.html`;

async function inWorker<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await (await browser.worker()).evaluate(fn);
    } catch (error) {
      if (attempt >= 5 || !/restarted|closed|destroyed/i.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

async function memory(): Promise<Record<string, SiteDecision>> {
  const stored = await inWorker(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    return (await chrome.storage.local.get('consent')).consent as { sites?: Record<string, unknown> } | null;
  });
  return (stored?.sites ?? {}) as Record<string, SiteDecision>;
}

async function waitForDecision(
  site: string,
  check: (d: SiteDecision | undefined) => boolean,
  timeout = 5000,
) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const decision = (await memory())[site];
    if (check(decision)) return decision;
    if (Date.now() > deadline)
      throw new Error(`No matching decision for ${site}: ${JSON.stringify(decision)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function setPrefs(prefs: { defaultChoice: 'none' | 'accept' | 'reject'; sync: boolean }) {
  const page = await browser.context.newPage();
  await page.goto(browser.pageUrl('options.html'));
  await page.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    };
    await chrome.runtime.sendMessage({
      channel: 'pagesToBackground',
      type: 'consentSetPrefs',
      payload: { prefs: value },
    });
  }, prefs);
  await page.close();
}

const consentLog = (target: Page | Frame) =>
  target.evaluate(() => (window as unknown as { __consentLog: string[] }).__consentLog.slice());
const clicks = (target: Page | Frame) =>
  target.evaluate(() => (window as unknown as { __clicks: string[] }).__clicks.slice());
const bannerVisible = (target: Page | Frame) =>
  target.evaluate(() => (window as unknown as { __bannerVisible(): boolean }).__bannerVisible());
const scrollable = (page: Page) =>
  page.evaluate(() =>
    [document.documentElement, document.body].every(
      (element) => getComputedStyle(element).overflowY !== 'hidden',
    ),
  );

/** Wait until the page's platform received `decision`, and return how long that took from navigation. */
async function waitForLogged(page: Page | Frame, decision: string, since: number): Promise<number> {
  await page.waitForFunction(
    // Navigation may have only committed: the page's log may not exist yet.
    (wanted) => (window as unknown as { __consentLog?: string[] }).__consentLog?.includes(wanted) === true,
    decision,
    { timeout: 8000, polling: 20 },
  );
  return Date.now() - since;
}

interface Platform {
  page: string;
  choice: 'accept' | 'reject';
  control: string;
  /** The banner lives in a cross-origin iframe (Sourcepoint). */
  inFrame?: boolean;
}

const PLATFORMS: Platform[] = [
  { page: 'onetrust', choice: 'reject', control: '#onetrust-reject-all-handler' },
  { page: 'cookiebot', choice: 'accept', control: '#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll' },
  { page: 'didomi', choice: 'reject', control: '#didomi-notice-disagree-button' },
  // Playwright's CSS engine looks inside open shadow roots, as a reader's click does.
  { page: 'usercentrics', choice: 'reject', control: '[data-testid="uc-deny-all-button"]' },
  { page: 'sourcepoint', choice: 'reject', control: '.sp_choice_type_13', inFrame: true },
];

async function bannerFrame(page: Page, platform: Platform): Promise<Page | Frame> {
  if (!platform.inFrame) return page;
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('No consent frame');
  await frame.waitForFunction(
    () => typeof (window as { __bannerVisible?: unknown }).__bannerVisible === 'function',
  );
  return frame;
}

describe('cookie-consent memory', () => {
  for (const platform of PLATFORMS) {
    it(`${platform.page}: the reader's ${platform.choice} is remembered and applied on the next visit`, async () => {
      const site = `${platform.page}.test`;
      // First visit: the banner is left alone until the reader answers it.
      const first = await browser.context.newPage();
      await first.goto(url(`news.${site}`, platform.page));
      const firstFrame = await bannerFrame(first, platform);
      await firstFrame.waitForFunction(() =>
        (window as unknown as { __bannerVisible(): boolean }).__bannerVisible(),
      );
      await first.waitForTimeout(1500);
      expect(await bannerVisible(firstFrame)).toBe(true);
      expect(await consentLog(firstFrame)).toEqual([]);
      await firstFrame.locator(platform.control).click();
      const decision = await waitForDecision(site, (d) => d?.choice === platform.choice);
      expect(decision?.appliedCount).toBe(0);
      await first.close();

      // Cookies purged, another subdomain: the banner would come back; the remembered choice answers it.
      await browser.context.clearCookies();
      const second = await browser.context.newPage();
      const started = Date.now();
      await second.goto(url(`www.${site}`, platform.page), { waitUntil: 'commit' });
      // The Sourcepoint wrapper records what its frame answered, and removes the frame at once.
      const secondFrame = second;
      const elapsed = await waitForLogged(secondFrame, platform.choice, started);
      expect(elapsed).toBeLessThan(5000);
      await second.waitForTimeout(300);
      expect(await consentLog(secondFrame)).toEqual([platform.choice]);
      expect(await bannerVisible(secondFrame)).toBe(false);
      expect(await scrollable(second)).toBe(true);
      // autoconsent's page-world checks were put into the page, so its evals needed no round trip.
      expect(await second.evaluate(() => '__pullquoteConsentChecks' in window)).toBe(true);
      const applied = await waitForDecision(site, (d) => (d?.appliedCount ?? 0) >= 1);
      expect(applied?.choice).toBe(platform.choice);
      expect(applied?.lastApplied).toBeGreaterThan(decision?.decidedAt ?? 0);
      expect(await browser.badgeText(second)).toBe('✓');
      await saveScreenshot(second, `consent-applied-${platform.page}`, { fullPage: false });
      await second.close();
    });
  }

  it('what was applied goes with its page: the next page in the tab, on an undecided site, shows nothing', async () => {
    // cookiebot.test was accepted by its test above. Pages of undecided sites send the background nothing
    // (utils/consent/gate.ts), so the tab's record of the last page must not be taken for this one's.
    const page = await browser.context.newPage();
    await browser.context.clearCookies();
    await page.goto(url('shop.cookiebot.test', 'cookiebot'));
    await waitForLogged(page, 'accept', Date.now());
    await expect.poll(() => browser.badgeText(page), { timeout: 5000 }).toBe('✓');
    await page.goto(url('news.elsewhere.test', 'plain'));
    const popup = await browser.openPopupFor(page);
    const heading = popup.locator('.consent h2');
    await heading.waitFor();
    await expect(heading.textContent()).resolves.toBe('Cookies on elsewhere.test');
    await expect(popup.locator('.consent__note').count()).resolves.toBe(0);
    expect(await browser.badgeText(page)).toBe('');
    await popup.close();
    await page.close();
  });

  it('leaves a site the reader has not decided on alone', async () => {
    const page = await browser.context.newPage();
    await page.goto(url('news.undecided-onetrust.test', 'onetrust'));
    await page.waitForFunction(() => (window as unknown as { __bannerVisible(): boolean }).__bannerVisible());
    await page.waitForTimeout(2500);
    expect(await bannerVisible(page)).toBe(true);
    expect(await consentLog(page)).toEqual([]);
    expect(await clicks(page)).toEqual([]);
    expect(await browser.badgeText(page)).toBe('');
    // Nothing of ours in the page's own world.
    expect(await page.evaluate(() => '__pullquoteConsentChecks' in window)).toBe(false);
    await page.close();
  });

  it('never clicks an ordinary "Accept terms" button, even with accept on by default, nor learns from it', async () => {
    await setPrefs({ defaultChoice: 'accept', sync: false });
    try {
      const page = await browser.context.newPage();
      await page.goto(url('signup.terms.test', 'terms'));
      await page.waitForTimeout(3000);
      expect(await clicks(page)).toEqual([]);
      await page.getByRole('button', { name: 'Accept terms' }).click();
      await page.waitForTimeout(500);
      expect((await memory())['terms.test']).toBeUndefined();
      await page.close();
    } finally {
      await setPrefs({ defaultChoice: 'none', sync: false });
    }
  });

  it('applies the choice after the service worker was stopped between visits', async () => {
    const site = 'worker.test';
    const first = await browser.context.newPage();
    await first.goto(url(`news.${site}`, 'didomi'));
    await first.waitForFunction(() =>
      (window as unknown as { __bannerVisible(): boolean }).__bannerVisible(),
    );
    await first.locator('#didomi-notice-agree-button').click();
    await waitForDecision(site, (d) => d?.choice === 'accept');
    await first.close();

    await browser.context.clearCookies();
    const second = await browser.context.newPage();
    // What MV3 does to an idle worker after ~30 s.
    await browser.stopServiceWorker();
    const started = Date.now();
    await second.goto(url(`www.${site}`, 'didomi'), { waitUntil: 'commit' });
    await waitForLogged(second, 'accept', started);
    expect(await consentLog(second)).toEqual(['accept']);
    await second.close();
  });

  it('learns "accept" from a notice-only banner\'s OK button, and dismisses it on the next visit', async () => {
    const page = await browser.context.newPage();
    await page.goto(url('news.notice.test', 'notice'));
    await page.waitForFunction(() => (window as unknown as { __bannerVisible(): boolean }).__bannerVisible());
    await page.locator('.cc-dismiss').click();
    const decision = await waitForDecision('notice.test', (d) => d !== undefined);
    expect(decision?.choice).toBe('accept');
    await page.close();

    // Next visit: the notice is dismissed for the reader (autoconsent's notice rule clicks its OK).
    await browser.context.clearCookies();
    const again = await browser.context.newPage();
    const started = Date.now();
    await again.goto(url('www.notice.test', 'notice'), { waitUntil: 'commit' });
    await waitForLogged(again, 'dismiss', started);
    // The notice fades out over a second, as the real one does.
    await again.waitForFunction(
      () => !(window as unknown as { __bannerVisible(): boolean }).__bannerVisible(),
      null,
      {
        timeout: 3000,
      },
    );
    await again.close();
  });

  it('shows the site in the popup, and pausing it stops the choice being applied', async () => {
    const site = 'onetrust.test'; // rejected and applied once by the first test
    const page = await browser.context.newPage();
    await browser.context.clearCookies();
    await page.goto(url(`blog.${site}`, 'onetrust'));
    await waitForLogged(page, 'reject', Date.now());
    const popup = await browser.openPopupFor(page);
    const section = popup.locator('.consent');
    await section.waitFor();
    await expect(section.locator('h2').textContent()).resolves.toBe(`Cookies on ${site}`);
    await popup.waitForFunction(() =>
      /applied \d+ times/.test(document.querySelector('.consent__status')?.textContent ?? ''),
    );
    const status = await section.locator('.consent__status').innerText();
    expect(status).toMatch(/^Rejected on (\w{3} \d{1,2}|\d{1,2} \w{3}) · applied 2 times$/);
    // The popup folds the section into one line; "Change" opens it.
    await popup.locator('.consent-line').getByRole('button', { name: 'Change' }).click();
    await expect(section.locator('.consent__note').innerText()).resolves.toContain('Applied on this page');
    await expect(popup.getByRole('button', { name: 'Reject', pressed: true }).count()).resolves.toBe(1);
    await saveScreenshot(popup, 'consent-popup');

    await popup.getByRole('button', { name: 'Pause' }).click();
    await waitForDecision(site, (d) => d?.paused === true);
    await popup.getByRole('button', { name: 'Resume' }).waitFor();
    await popup.close();

    await browser.context.clearCookies();
    await page.goto(url(`news.${site}`, 'onetrust'));
    await page.waitForFunction(() => (window as unknown as { __bannerVisible(): boolean }).__bannerVisible());
    await page.waitForTimeout(2000);
    expect(await consentLog(page)).toEqual([]);
    await page.close();

    // Resume from the options page, where every site is listed.
    const options = await browser.context.newPage();
    await options.goto(browser.pageUrl('options.html'));
    const row = options.locator(`tr[data-site="${site}"]`);
    await row.getByRole('button', { name: 'Resume' }).click();
    await waitForDecision(site, (d) => d?.paused === false || d?.paused === undefined);
    await saveScreenshot(options, 'consent-options');
    await options.getByLabel('Search sites').fill('cookiebot');
    await expect(options.locator('tbody tr').count()).resolves.toBe(1);
    await options.close();
  });

  // Issue 20: never "applied" unless it took; stop after failing again and again, until the reader acts.
  it("says it couldn't apply when the choice did not take, stops after three tries, and tries again on request", async () => {
    const site = 'trusted.test';
    const page = (host: string) => `${url(host, 'onetrust')}?variant=trusted-only`;
    const first = await browser.context.newPage();
    await first.goto(page(`news.${site}`));
    // The banner's buttons answer only a person's click; the reader's own works.
    await first.locator('#onetrust-reject-all-handler').click();
    expect((await waitForDecision(site, (d) => d !== undefined))?.learned).toBe(true);
    await first.close();

    for (let visit = 1; visit <= 3; visit++) {
      await browser.context.clearCookies();
      const again = await browser.context.newPage();
      await again.goto(page(`www${visit}.${site}`));
      // autoconsent's click is a script's: the banner stays, the check fails, retries run out.
      const decision = await waitForDecision(site, (d) => (d?.failures ?? 0) >= visit, 15_000);
      expect(decision?.appliedCount).toBe(0);
      expect(await bannerVisible(again)).toBe(true);
      expect(await consentLog(again)).toEqual([]);
      expect(await browser.badgeText(again)).toBe('');
      if (visit === 1) {
        const popup = await browser.openPopupFor(again);
        await popup.locator('.consent__note').waitFor();
        await expect(popup.locator('.consent__note').innerText()).resolves.toBe(
          "Couldn't apply your choice on this page — open the banner yourself.",
        );
        await expect(popup.locator('.consent__learned').innerText()).resolves.toBe(
          "Learned from your click on this site's banner.",
        );
        await saveScreenshot(popup, 'consent-popup-failed');
        await popup.close();
      }
      await again.close();
    }

    // Stopped: the next visit is left alone (nothing clicked), and the popup says why.
    await browser.context.clearCookies();
    const stopped = await browser.context.newPage();
    await stopped.goto(page(`www4.${site}`));
    await stopped.waitForFunction(() =>
      (window as unknown as { __bannerVisible(): boolean }).__bannerVisible(),
    );
    await stopped.waitForTimeout(2000);
    expect(await clicks(stopped)).toEqual([]);
    const popup = await browser.openPopupFor(stopped);
    // The popup folds the section into one line; "Change" opens it.
    await popup.locator('.consent-line').getByRole('button', { name: 'Change' }).click();
    await popup.getByRole('button', { name: 'Try again' }).waitFor();
    await expect(popup.locator('.consent__note').innerText()).resolves.toMatch(/^Stopped: /);
    await saveScreenshot(popup, 'consent-popup-stopped');
    await popup.getByRole('button', { name: 'Try again' }).click();
    await waitForDecision(site, (d) => d !== undefined && d.failures === undefined);

    // Undo takes back the learned choice.
    await popup.getByRole('button', { name: 'Undo' }).waitFor();
    await popup.getByRole('button', { name: 'Undo' }).click();
    await waitForDecision(site, (d) => d === undefined);
    await popup.close();
    await stopped.close();
  });
});
