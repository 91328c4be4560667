import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type ExtensionBrowser, saveScreenshot } from './support/browser';
import type { FixtureServer } from './support/fixture-server';
import { withExtensionBrowser } from './support/suite';

/**
 * Accessibility in real Chromium with the built extension: axe-core on every page of ours, in light and dark,
 * plus what axe can't see (keyboard reach with a visible focus ring, reduced motion).
 */

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
type Scheme = 'light' | 'dark';
const schemes: Scheme[] = ['light', 'dark'];

let browser: ExtensionBrowser;
let server: FixtureServer;

withExtensionBrowser((started) => {
  ({ browser, server } = started);
});

/** One line per failing element: rule, impact, CSS target and axe's summary of what is wrong. */
function describeViolations(violations: Result[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} [${node.impact ?? violation.impact}] ${JSON.stringify(node.target)}: ${
            node.failureSummary?.replace(/\s+/g, ' ') ?? violation.help
          }`,
      ),
    )
    .join('\n');
}

/**
 * Run axe on the page as it is. Extension pages forbid inline scripts (CSP), so the source is evaluated
 * through the DevTools protocol, which the page's CSP does not govern.
 */
async function serious(page: Page): Promise<Result[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axeSource);
  const results = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as AxeResults;
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Audit a page in both colour schemes (switched live: every page of ours follows the system). */
async function auditBothSchemes(page: Page, name: string): Promise<void> {
  const failures: string[] = [];
  for (const scheme of schemes) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(
      'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))',
    );
    await saveScreenshot(page, `a11y-${name}-${scheme}`);
    const violations = await serious(page);
    if (violations.length > 0) failures.push(`${name} (${scheme}):\n${describeViolations(violations)}`);
  }
  expect.soft(failures.join('\n\n'), 'axe found serious or critical violations').toBe('');
}

async function openSeed(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.urlFor('seed-news'));
  return page;
}

async function popupOnSeed(article: Page): Promise<Page> {
  await browser.clickToolbarButton(article);
  const popup = await browser.openPopupFor(article);
  await popup.waitForSelector('[data-state="article"]');
  await popup.waitForSelector('.quote');
  return popup;
}

/** The element that has focus: whether it shows a ring (outline or box-shadow), and its accessible name. */
async function focusedRing(page: Page): Promise<{ name: string; ring: boolean; tag: string }> {
  return page.evaluate(`(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { name: '', ring: false, tag: 'body' };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
    const shadow = style.boxShadow !== 'none';
    const name = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\\s+/g, ' ');
    return { name, ring: outline || shadow, tag: el.tagName.toLowerCase() };
  })()`);
}

/**
 * Tab through the whole page (until focus comes back round) and return every stop without a visible ring.
 * A visually hidden control counts as ringed when an ancestor draws the ring for it (:focus-within).
 */
async function stopsWithoutRing(page: Page): Promise<{ stops: number; bare: string[] }> {
  const seen: string[] = [];
  const bare: string[] = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const stop = (await page.evaluate(`(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const ringed = (node) => {
        const style = getComputedStyle(node);
        return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none';
      };
      const rect = el.getBoundingClientRect();
      let ring = ringed(el) && rect.width > 4 && rect.height > 4;
      for (let up = el.parentElement, depth = 0; !ring && up && depth < 4; up = up.parentElement, depth++) {
        ring = ringed(up);
      }
      if (!el.dataset.a11yStop) el.dataset.a11yStop = String(Math.random());
      const name = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('placeholder') || el.tagName)
        .trim().replace(/\\s+/g, ' ').slice(0, 40);
      return { key: el.dataset.a11yStop, label: el.tagName.toLowerCase() + ' "' + name + '"', ring };
    })()`)) as { key: string; label: string; ring: boolean } | null;
    if (!stop) continue;
    if (seen.includes(stop.key)) break;
    seen.push(stop.key);
    if (!stop.ring) bare.push(stop.label);
  }
  return { stops: seen.length, bare };
}

/** Elements still animating or transitioning (computed styles), by tag and class. */
async function moving(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const found = [];
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        const durations = (style.transitionDuration + ',' + style.animationDuration).split(',');
        const animated = style.animationName !== 'none' && style.animationName !== '';
        if (animated || durations.some((d) => parseFloat(d) > 0)) {
          found.push(el.tagName.toLowerCase() + '.' + [...el.classList].join('.') + (pseudo ?? ''));
        }
      }
    }
    return found;
  })()`);
}

/** Tab until an element named like `name` has focus (or give up), returning what was passed on the way. */
async function tabTo(page: Page, name: RegExp, limit = 60): Promise<Array<{ name: string; ring: boolean }>> {
  const passed: Array<{ name: string; ring: boolean }> = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await focusedRing(page);
    passed.push(focused);
    if (name.test(focused.name)) return passed;
  }
  throw new Error(`Tab never reached ${name}; passed: ${passed.map((p) => p.name).join(' | ')}`);
}

describe('axe finds no serious or critical violations', () => {
  it('on the popup (article state on the seed page)', async () => {
    const article = await openSeed();
    const popup = await popupOnSeed(article);
    await auditBothSchemes(popup, 'popup');
    await popup.getByRole('button', { name: 'Settings' }).click();
    await popup.waitForSelector('#instance-hint');
    await auditBothSchemes(popup, 'popup-settings');
    await Promise.all([popup.close(), article.close()]);
  });

  it('on the popup when there is no article, and on a page the browser forbids', async () => {
    const home = await browser.context.newPage();
    await home.goto(server.urlFor('not-an-article-home'));
    await browser.clickToolbarButton(home);
    const notArticle = await browser.openPopupFor(home);
    await notArticle.waitForSelector('[data-state="not-article"]');
    await auditBothSchemes(notArticle, 'popup-not-article');

    const forbidden = await browser.context.newPage();
    await forbidden.goto('chrome://version/');
    await browser.clickToolbarButton(forbidden);
    const restricted = await browser.openPopupFor(forbidden);
    await restricted.waitForSelector('[data-state="restricted"]');
    await auditBothSchemes(restricted, 'popup-restricted');
    await Promise.all([notArticle, home, restricted, forbidden].map((page) => page.close()));
  });

  it('on the studio opened from the popup', async () => {
    const article = await openSeed();
    const popup = await popupOnSeed(article);
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Make an image card' }).click();
    const studio = await opened;
    await studio.setViewportSize({ width: 1440, height: 1000 });
    await studio.waitForSelector('.studio[data-favicon="loaded"], .studio[data-favicon="none"]');
    await auditBothSchemes(studio, 'studio');
    // A finished export is announced politely.
    const downloading = studio.waitForEvent('download');
    await studio
      .locator('figure[data-size="square"]')
      .getByRole('button', { name: 'Download PNG', exact: true })
      .click();
    await downloading;
    await expect
      .poll(() => studio.getByRole('status').innerText())
      .toMatch(/^Downloading .+-1080x1080\.png$/);
    await Promise.all([studio.close(), popup.close(), article.close()]);
  });

  it('on the library with a saved article, the reader and the options page', async () => {
    const article = await openSeed();
    const popup = await popupOnSeed(article);
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup.waitForSelector('[data-save-state="saved"]');
    await expect(popup.locator('.save').getByRole('status').innerText()).resolves.toBe('Saved');
    await auditBothSchemes(popup, 'popup-saved');
    // A remembered cookie choice, so that the options page lists a site (the popup's cookie line opens first).
    await popup.locator('.consent-line').getByRole('button', { name: 'Change' }).click();
    await popup.getByRole('button', { name: 'Reject', exact: true }).click();
    await popup.waitForSelector('.consent button[aria-pressed="true"]');
    await auditBothSchemes(popup, 'popup-consent');
    await Promise.all([popup.close(), article.close()]);

    const library = await browser.context.newPage();
    await library.setViewportSize({ width: 1200, height: 860 });
    await library.goto(browser.pageUrl('library.html'));
    await library.waitForSelector('html[data-ready="true"]');
    await library.waitForSelector('[role=row][data-row-id]');
    await auditBothSchemes(library, 'library');
    await library.locator('summary', { hasText: 'Export' }).click();
    await auditBothSchemes(library, 'library-export-menu');
    await library.keyboard.press('Escape');
    await library.locator('[role=row][data-row-id] input[type=checkbox]').first().check();
    await library.waitForSelector('[data-testid=bulk-actions]');
    await auditBothSchemes(library, 'library-selected');

    const id = (await library.locator('[role=row][data-row-id]').first().getAttribute('data-row-id')) ?? '';
    const reader = await browser.context.newPage();
    await reader.goto(browser.pageUrl(`reader.html?id=${encodeURIComponent(id)}`));
    await reader.waitForSelector('main.reader[data-state="ready"]');
    await auditBothSchemes(reader, 'reader');
    await reader.getByRole('button', { name: /Text settings/ }).click();
    await auditBothSchemes(reader, 'reader-settings');

    const options = await browser.context.newPage();
    await options.goto(browser.pageUrl('options.html'));
    await options.waitForSelector('form, main');
    await options.waitForSelector('table.sites');
    await auditBothSchemes(options, 'options');
    await Promise.all([library.close(), reader.close(), options.close()]);
  });

  it('on the welcome page, before and after the cookie question is answered', async () => {
    const welcome = await browser.context.newPage();
    await welcome.goto(browser.pageUrl('welcome.html'));
    await welcome.getByRole('radio').first().waitFor();
    await auditBothSchemes(welcome, 'welcome');
    await welcome.getByRole('radio').nth(1).check();
    await welcome.getByRole('status').filter({ hasText: /\S/ }).first().waitFor();
    await auditBothSchemes(welcome, 'welcome-answered');
    await welcome.getByRole('radio').first().check();
    await welcome.close();
  });
});

describe('keyboard', () => {
  it('reaches every control of the studio, library, reader and options pages with a visible focus ring', async () => {
    const article = await openSeed();
    const popup = await popupOnSeed(article);
    if ((await popup.locator('[data-save-state="unsaved"]').count()) > 0) {
      await popup.getByRole('button', { name: 'Save', exact: true }).click();
      await popup.waitForSelector('[data-save-state="saved"]');
    }
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Make an image card' }).click();
    const studio = await opened;
    await studio.setViewportSize({ width: 1440, height: 1000 });
    await studio.waitForSelector('.studio[data-favicon]');

    const library = await browser.context.newPage();
    await library.goto(browser.pageUrl('library.html'));
    await library.waitForSelector('[role=row][data-row-id]');
    const id = (await library.locator('[role=row][data-row-id]').first().getAttribute('data-row-id')) ?? '';
    const reader = await browser.context.newPage();
    await reader.goto(browser.pageUrl(`reader.html?id=${encodeURIComponent(id)}`));
    await reader.waitForSelector('main.reader[data-state="ready"]');
    const options = await browser.context.newPage();
    await options.goto(browser.pageUrl('options.html'));
    await options.waitForSelector('main');

    const report: string[] = [];
    for (const [name, page] of [
      ['studio', studio],
      ['library', library],
      ['reader', reader],
      ['options', options],
    ] as const) {
      await page.bringToFront();
      const { stops, bare } = await stopsWithoutRing(page);
      expect(stops, `${name}: Tab reached too few controls`).toBeGreaterThanOrEqual(3);
      if (bare.length > 0) report.push(`${name}: ${bare.join(', ')}`);
    }
    expect(report).toEqual([]);
    await library.bringToFront();
    await library.keyboard.press('Tab');
    await saveScreenshot(library, 'a11y-library-focus', { fullPage: false });
    await Promise.all([studio, library, reader, options, popup, article].map((page) => page.close()));
  });

  it("goes on from the library's active row to its Favourite and Archive buttons; Enter and Space press them", async () => {
    const article = await openSeed();
    const popup = await popupOnSeed(article);
    if ((await popup.locator('[data-save-state="unsaved"]').count()) > 0) {
      await popup.getByRole('button', { name: 'Save', exact: true }).click();
      await popup.waitForSelector('[data-save-state="saved"]');
    }
    await Promise.all([popup.close(), article.close()]);
    const library = await browser.context.newPage();
    await library.goto(browser.pageUrl('library.html'));
    await library.waitForSelector('[role=row][data-row-id]');
    const activeRole = () => library.evaluate('document.activeElement.getAttribute("role")');

    // From the search field, Tab passes the filters and reaches the list's one tabbable row.
    await library.getByRole('searchbox', { name: 'Search the library' }).focus();
    for (let i = 0; i < 30 && (await activeRole()) !== 'row'; i++) await library.keyboard.press('Tab');
    expect(await activeRole()).toBe('row');
    const id = (await library.evaluate('document.activeElement.dataset.rowId')) as string;
    const row = library.locator(`[role=row][data-row-id="${id}"]`);
    // Only that row's buttons are Tab stops, however long the list.
    expect(await library.locator('[role=grid] button[tabindex="0"]').count()).toBe(2);

    await library.keyboard.press('Tab');
    expect(await focusedRing(library)).toEqual({ name: 'Favourite', ring: true, tag: 'button' });
    const favourite = row.getByRole('button', { name: 'Favourite' });
    const wasFavourite = (await favourite.getAttribute('aria-pressed')) === 'true';
    await library.keyboard.press('Enter');
    await expect.poll(() => favourite.getAttribute('aria-pressed')).toBe(String(!wasFavourite));
    expect((await focusedRing(library)).name).toBe('Favourite');

    await library.keyboard.press('Tab');
    const archive = await focusedRing(library);
    expect(archive).toMatchObject({ ring: true, tag: 'button' });
    expect(archive.name).toMatch(/^(Archive|Unarchive)$/);
    await saveScreenshot(library, 'a11y-library-row-archive-focus', { fullPage: false });
    await library.keyboard.press(' ');
    const flipped = archive.name === 'Archive' ? 'Unarchive' : 'Archive';
    await expect.poll(async () => (await focusedRing(library)).name).toBe(flipped);
    await expect
      .poll(() => row.getAttribute('class'))
      .toMatch(flipped === 'Unarchive' ? /lib-row--archived/ : /^(?!.*lib-row--archived)/);

    // The next Tab leaves the list; Shift+Tab comes back to the row's buttons, which put things back.
    await library.keyboard.press('Tab');
    expect(await library.evaluate('Boolean(document.activeElement.closest("[role=grid]"))')).toBe(false);
    await library.keyboard.press('Shift+Tab');
    expect((await focusedRing(library)).name).toBe(flipped);
    await library.keyboard.press(' ');
    await expect.poll(async () => (await focusedRing(library)).name).toBe(archive.name);
    await library.keyboard.press('Shift+Tab');
    await library.keyboard.press('Enter');
    await expect.poll(() => favourite.getAttribute('aria-pressed')).toBe(String(wasFavourite));
    await library.close();
  });

  it('stops every animation and transition when the system asks for reduced motion', async () => {
    const article = await openSeed();
    await browser.clickToolbarButton(article);
    const popup = await browser.context.newPage();
    await popup.emulateMedia({ reducedMotion: 'reduce' });
    await popup.goto(browser.pageUrl(`popup.html?tab=${await browser.tabIdOf(article)}`));
    await popup.waitForSelector('[data-state="article"]');
    const library = await browser.context.newPage();
    await library.emulateMedia({ reducedMotion: 'reduce' });
    await library.goto(browser.pageUrl('library.html'));
    await library.waitForSelector('html[data-ready="true"]');
    // The loading skeleton pulses, unless asked not to.
    const skeleton = `<div class="skeleton"><div class="skeleton__line"></div></div>`;
    await popup.evaluate(`document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(skeleton)})`);
    await expect(moving(popup)).resolves.toEqual([]);
    await expect(moving(library)).resolves.toEqual([]);
    await popup.emulateMedia({ reducedMotion: 'no-preference' });
    await expect(moving(popup)).resolves.not.toEqual([]);
    await Promise.all([popup.close(), library.close(), article.close()]);
  });

  it('reaches Save and every share button in the popup, each with a visible focus ring', async () => {
    const article = await openSeed();
    const popup = await popupOnSeed(article);
    await popup.waitForSelector('[data-save-state]');
    const toSave = await tabTo(popup, /^(Save|Update saved copy)$/);
    // The share bar: the card button and Copy, then the networks, the last of which is Email.
    const toLast = await tabTo(popup, /^Share on Email$/);
    const passed = [...toSave, ...toLast].filter((p) => p.name !== '');
    expect(passed.map((p) => p.name)).toContain('Make an image card');
    expect(passed.map((p) => p.name)).toContain('Copy');
    expect(passed.filter((p) => p.name.startsWith('Share on ')).length).toBeGreaterThanOrEqual(3);
    expect(passed.filter((p) => !p.ring).map((p) => p.name)).toEqual([]);
    await popup.keyboard.press('Shift+Tab');
    await saveScreenshot(popup, 'a11y-popup-focus-light');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(popup, 'a11y-popup-focus-dark');
    await Promise.all([popup.close(), article.close()]);
  });
});
