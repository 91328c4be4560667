import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, saveScreenshot } from './support/browser';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';

/**
 * Accessibility in real Chromium with the built extension: axe-core on every page of ours, in light and dark,
 * plus what axe can't see (keyboard reach with a visible focus ring, reduced motion).
 */

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
type Scheme = 'light' | 'dark';
const schemes: Scheme[] = ['light', 'dark'];

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const extensionPage = (name: string) => `chrome-extension://${browser.extensionId}/${name}`;

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
    await Promise.all([popup.close(), article.close()]);
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
    await Promise.all([studio.close(), popup.close(), article.close()]);
  });

  it('on the library with a saved article, the reader and the options page', async () => {
    const article = await openSeed();
    const popup = await popupOnSeed(article);
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup.waitForSelector('[data-save-state="saved"]');
    await auditBothSchemes(popup, 'popup-saved');
    await Promise.all([popup.close(), article.close()]);

    const library = await browser.context.newPage();
    await library.setViewportSize({ width: 1200, height: 860 });
    await library.goto(extensionPage('library.html'));
    await library.waitForSelector('html[data-ready="true"]');
    await library.waitForSelector('[role=row][data-row-id]');
    await auditBothSchemes(library, 'library');

    const id = (await library.locator('[role=row][data-row-id]').first().getAttribute('data-row-id')) ?? '';
    const reader = await browser.context.newPage();
    await reader.goto(extensionPage(`reader.html?id=${encodeURIComponent(id)}`));
    await reader.waitForSelector('main.reader[data-state="ready"]');
    await auditBothSchemes(reader, 'reader');

    const options = await browser.context.newPage();
    await options.goto(extensionPage('options.html'));
    await options.waitForSelector('form, main');
    await auditBothSchemes(options, 'options');
    await Promise.all([library.close(), reader.close(), options.close()]);
  });
});

describe('keyboard', () => {
  it('reaches Save and every share button in the popup, each with a visible focus ring', async () => {
    const article = await openSeed();
    const popup = await popupOnSeed(article);
    await popup.waitForSelector('[data-save-state]');
    const toSave = await tabTo(popup, /^(Save|Update saved copy)$/);
    const toCopy = await tabTo(popup, /^Copy$/);
    const passed = [...toSave, ...toCopy].filter((p) => p.name !== '');
    expect(passed.map((p) => p.name)).toContain('Make an image card');
    expect(passed.filter((p) => p.name.startsWith('Share on ')).length).toBeGreaterThanOrEqual(3);
    expect(passed.filter((p) => !p.ring).map((p) => p.name)).toEqual([]);
    await popup.keyboard.press('Shift+Tab');
    await saveScreenshot(popup, 'a11y-popup-focus-light');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(popup, 'a11y-popup-focus-dark');
    await Promise.all([popup.close(), article.close()]);
  });
});
