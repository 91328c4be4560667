import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type ExtensionBrowser, saveScreenshot } from './support/browser';
import type { FixtureServer } from './support/fixture-server';
import { repoRoot } from './support/paths';
import { withExtensionBrowser } from './support/suite';

/**
 * Cookie-consent memory against real, unmodified consent libraries from the npm registry (the exact
 * versions in package.json), each set up on a local page as its documentation shows
 * (tests/fixtures/consent/libs, README.md there). The reader's own click is learned; on a revisit with the
 * library's storage cleared, the library's own state (its cookie, storage or API) must show the choice.
 */

interface SiteDecision {
  choice: 'accept' | 'reject';
  cmp: string;
  decidedAt: number;
  appliedCount: number;
  lastApplied: number | null;
  learned?: true;
  failures?: number;
  step?: { container: string; button: string; text: string };
}

type State = 'accept' | 'reject' | 'mixed' | 'undecided';

interface Library {
  name: string;
  /** The package under node_modules the page loads from /lib/<package>/. */
  pkg: string;
  reject: string;
  accept: string;
  /** An expression for the library's own record of the reader's answer, read in the page. */
  state: string;
}

const cookieJson = (name: string) =>
  `(() => { const m = document.cookie.match(/(?:^|; )${name}=([^;]*)/); return m ? JSON.parse(decodeURIComponent(m[1])) : null; })()`;
const allOrNothing = (values: string) =>
  `((v) => v.every(Boolean) ? 'accept' : v.some(Boolean) ? 'mixed' : 'reject')(${values})`;

const LIBRARIES: Library[] = [
  {
    name: 'tarteaucitron',
    pkg: 'tarteaucitronjs',
    reject: '#tarteaucitronAllDenied2',
    accept: '#tarteaucitronPersonalize2',
    // tarteaucitron.state: each service's answer (true, false or "wait"), kept in its cookie.
    state: `(() => { const s = window.tarteaucitron && tarteaucitron.state.harbourstats;
      return s === true ? 'accept' : s === false ? 'reject' : 'undecided'; })()`,
  },
  {
    name: 'klaro',
    pkg: 'klaro',
    reject: '.klaro .cn-decline',
    accept: '.klaro .cookie-notice .cm-btn-success',
    state: `(() => { const m = window.klaro && klaro.getManager(); if (!m || !m.confirmed) return 'undecided';
      return ${allOrNothing('Object.values(m.consents)')}; })()`,
  },
  {
    name: 'orejime',
    pkg: 'orejime',
    reject: '.orejime-Banner-declineButton',
    accept: '.orejime-Banner-saveButton',
    state: `(() => { const c = ${cookieJson('eu-consent')}; if (!c) return 'undecided';
      const o = window.orejime.manager; return ${allOrNothing("[o.getConsent('analytics'), o.getConsent('videos')]")}; })()`,
  },
  {
    name: 'vanilla-cookieconsent',
    pkg: 'vanilla-cookieconsent',
    reject: '#cc-main .cm__btn[data-role=necessary]',
    accept: '#cc-main .cm__btn[data-role=all]',
    state: `(() => { if (!window.CookieConsent || !CookieConsent.validConsent()) return 'undecided';
      const t = CookieConsent.getUserPreferences().acceptType;
      return t === 'all' ? 'accept' : t === 'necessary' ? 'reject' : 'mixed'; })()`,
  },
  {
    name: 'cookieconsent',
    pkg: 'cookieconsent',
    reject: '.cc-window .cc-deny',
    accept: '.cc-window .cc-allow',
    state: `(() => { const m = document.cookie.match(/(?:^|; )cookieconsent_status=([^;]*)/);
      return !m ? 'undecided' : m[1] === 'allow' ? 'accept' : m[1] === 'deny' ? 'reject' : 'mixed'; })()`,
  },
  {
    // No rule anywhere knows this one: the reader's click is kept as a site-specific step and replayed.
    name: 'cookie-consent-js',
    pkg: 'cookie-consent-js',
    reject: '#cookieConsentModal .btn-accept-necessary',
    accept: '#cookieConsentModal .btn-accept-all',
    state: `(() => { const m = document.cookie.match(/(?:^|; )cookie-consent-tracking-allowed=([^;]*)/);
      return !m ? 'undecided' : m[1] === 'true' ? 'accept' : 'reject'; })()`,
  },
];

let browser: ExtensionBrowser;
let server: FixtureServer;

withExtensionBrowser(
  (started) => {
    ({ browser, server } = started);
  },
  (fixtureServer) => {
    fixtureServer.addDirectory('consent', path.join(repoRoot, 'tests/fixtures/consent'));
    for (const library of LIBRARIES)
      fixtureServer.addDirectory(`lib/${library.pkg}`, path.join(repoRoot, 'node_modules', library.pkg));
  },
  // vanilla-cookieconsent hides its banner from browsers that say they are automated (navigator.webdriver).
  { extraArgs: ['--disable-blink-features=AutomationControlled'] },
);

const url = (host: string, page: string, query = '') =>
  `http://${host}:${server.port}/consent/libs/${page}.html${query}`;

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
  timeout = 8000,
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

const stateOf = (page: Page, library: Library) => page.evaluate(library.state) as Promise<State>;

async function waitForState(page: Page, library: Library, wanted: State, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const state = await stateOf(page, library).catch(() => 'undecided' as State);
    if (state === wanted) return;
    if (Date.now() > deadline) {
      const remembered = JSON.stringify(await memory());
      throw new Error(`${library.name}: state ${state}, expected ${wanted}; remembered ${remembered}`);
    }
    await page.waitForTimeout(50);
  }
}

/** The reader answers the banner on a first visit, as a person would: once it is there, with a real click. */
async function answer(page: Page, control: string) {
  const button = page.locator(control).first();
  await button.waitFor({ state: 'visible', timeout: 10_000 });
  // A person reads the banner first (tarteaucitron wires its buttons 500 ms after drawing them).
  await page.waitForTimeout(1000);
  await button.click();
}

describe('cookie-consent memory on real consent libraries', () => {
  for (const library of LIBRARIES) {
    for (const choice of ['reject', 'accept'] as const) {
      it(`${library.name}: the reader's ${choice} is learned, and applied on the next visit as the library records it`, async () => {
        const site = `${library.name}-${choice}.test`;
        const first = await browser.context.newPage();
        await first.goto(url(`news.${site}`, library.name));
        await answer(first, choice === 'reject' ? library.reject : library.accept);
        const learned = await waitForDecision(site, (d) => d?.choice === choice);
        expect(learned?.learned).toBe(true);
        expect(learned?.appliedCount).toBe(0);
        await waitForState(first, library, choice);
        await first.close();

        // The library's storage cleared (cookies; a new subdomain for its localStorage): it asks again.
        await browser.context.clearCookies();
        const second = await browser.context.newPage();
        await second.goto(url(`www.${site}`, library.name), { waitUntil: 'commit' });
        await waitForState(second, library, choice);
        // Counted, and shown as applied, only once the check that it took has passed.
        const applied = await waitForDecision(site, (d) => (d?.appliedCount ?? 0) >= 1);
        expect(applied?.failures).toBeUndefined();
        await expect.poll(() => browser.badgeText(second), { timeout: 5000 }).toBe('✓');
        expect(await stateOf(second, library)).toBe(choice);
        if (choice === 'reject')
          await saveScreenshot(second, `consent-library-${library.name}`, { fullPage: false });
        await second.close();
      });
    }
  }

  it('cookie-consent-js, which no rule knows: the click is kept as a step for that site only', async () => {
    const decision = (await memory())['cookie-consent-js-reject.test'];
    expect(decision?.step).toEqual({
      container: 'div.cookie-consent-modal',
      button: 'button.btn-accept-necessary.btn.btn-secondary',
      text: 'only accept technically necessary cookies',
    });
    // Another site with the same library: nothing clicked.
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    await page.goto(url('news.elsewhere-ccjs.test', 'cookie-consent-js'));
    await page.locator(LIBRARIES[5]?.reject ?? '').waitFor({ state: 'visible' });
    await page.waitForTimeout(2500);
    expect(await stateOf(page, LIBRARIES[5] as Library)).toBe('undecided');
    await page.close();

    // The options page lists the learned button, and removes it on request (the choice stays).
    const options = await browser.context.newPage();
    await options.goto(browser.pageUrl('options.html'));
    const row = options.locator('tr[data-step-site="cookie-consent-js-reject.test"]');
    await row.waitFor();
    await expect(row.locator('q').innerText()).resolves.toBe('only accept technically necessary cookies');
    await saveScreenshot(options, 'consent-options-steps');
    await row.getByRole('button', { name: /^Remove/ }).click();
    const kept = await waitForDecision('cookie-consent-js-reject.test', (d) => d !== undefined && !d.step);
    expect(kept?.choice).toBe('reject');
    await row.waitFor({ state: 'detached' });
    await options.close();
  });

  it('leaves every library alone on a site the reader has not decided on', async () => {
    await browser.context.clearCookies();
    for (const library of LIBRARIES) {
      const page = await browser.context.newPage();
      await page.goto(url(`news.${library.name}-undecided.test`, library.name));
      await page.locator(library.reject).first().waitFor({ state: 'visible', timeout: 10_000 });
      await page.waitForTimeout(2000);
      expect(await stateOf(page, library), library.name).toBe('undecided');
      await expect(page.locator(library.accept).first().isVisible()).resolves.toBe(true);
      expect(await browser.badgeText(page)).toBe('');
      await page.close();
    }
    const sites = await memory();
    expect(Object.keys(sites).filter((site) => site.includes('-undecided.'))).toEqual([]);
  });
});

// Issue 21: a necessary-only click must never come back as accept all.
describe('a reject button that says "Accept necessary"', () => {
  it('vanilla-cookieconsent: learned as reject; on the revisit the library holds only the necessary category', async () => {
    const site = 'necessary-only.test';
    const query = `?reject=${encodeURIComponent('Accept necessary')}`;
    const first = await browser.context.newPage();
    await first.goto(url(`news.${site}`, 'vanilla-cookieconsent', query));
    const button = first.getByRole('button', { name: 'Accept necessary' });
    await button.waitFor({ state: 'visible' });
    await button.click();
    expect((await waitForDecision(site, (d) => d !== undefined))?.choice).toBe('reject');
    await first.close();

    await browser.context.clearCookies();
    const second = await browser.context.newPage();
    await second.goto(url(`www.${site}`, 'vanilla-cookieconsent', query), { waitUntil: 'commit' });
    await second.waitForFunction(
      () =>
        (
          window as unknown as { CookieConsent?: { validConsent(): boolean } }
        ).CookieConsent?.validConsent() === true,
      null,
      { timeout: 10_000 },
    );
    const preferences = await second.evaluate(() =>
      (
        window as unknown as {
          CookieConsent: { getUserPreferences(): { acceptType: string; acceptedCategories: string[] } };
        }
      ).CookieConsent.getUserPreferences(),
    );
    expect(preferences.acceptType).toBe('necessary');
    expect(preferences.acceptedCategories).toEqual(['necessary']);
    await waitForDecision(site, (d) => (d?.appliedCount ?? 0) >= 1);
    expect((await memory())[site]?.choice).toBe('reject');
    await second.close();
  });
});

// Issue 15, finding 2.
describe('a page’s own prompt', () => {
  it('a push-notification "Allow" click on a page with no consent platform changes no stored choice', async () => {
    const pushUrl = (host: string) => `http://${host}:${server.port}/consent/push.html`;
    // A site the reader rejected in the options page, and one never decided.
    const options = await browser.context.newPage();
    await options.goto(browser.pageUrl('options.html'));
    await options.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      };
      await chrome.runtime.sendMessage({
        channel: 'pagesToBackground',
        type: 'consentChoose',
        payload: { site: 'push.test', choice: 'reject' },
      });
    });
    await options.close();
    const before = await memory();
    expect(before['push.test']?.choice).toBe('reject');

    for (const host of ['news.push.test', 'news.push-undecided.test']) {
      const page = await browser.context.newPage();
      await page.goto(pushUrl(host));
      await page.getByRole('button', { name: 'Allow' }).click();
      expect(await page.evaluate(() => (window as unknown as { __clicks: string[] }).__clicks)).toEqual([
        'push-allow',
      ]);
      await page.waitForTimeout(1000);
      await page.close();
    }
    const after = await memory();
    expect(after['push.test']).toEqual(before['push.test']);
    expect(after['push-undecided.test']).toBeUndefined();
  });
});
