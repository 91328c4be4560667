import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Desktop, launchDesktop } from './support/desktop';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { fixturesDir } from './support/paths';

const seed = JSON.parse(readFileSync(path.join(fixturesDir, 'seed-news/expected.json'), 'utf8')) as {
  paragraphs: string[];
};
const PARAGRAPH = seed.paragraphs[4] ?? '';

let desktop: Desktop;
let server: FixtureServer;
let page: Page;

beforeAll(async () => {
  server = await startFixtureServer();
  desktop = await launchDesktop();
});

afterAll(async () => {
  await desktop?.close();
  await server?.close();
});

/** Open the seed article and select one paragraph, as a reader would before sharing it. */
beforeEach(async () => {
  page = await desktop.context.newPage();
  await page.goto(server.urlFor('seed-news'));
  await page.bringToFront();
  await page.evaluate((wanted) => {
    const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent?.trim() === wanted);
    if (!paragraph) throw new Error('paragraph not found');
    paragraph.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  }, PARAGRAPH);
});

async function expectComposerWithSelection(screenshot: string) {
  const popup = await desktop.waitForToolbarPopup();
  await expect
    .poll(() => popup.evaluate<string>("document.querySelector('.quote__text')?.value ?? ''"), {
      timeout: 10_000,
    })
    .toBe(PARAGRAPH);
  await expect(popup.evaluate<string>("document.querySelector('.quote__by')?.textContent")).resolves.toBe(
    'Your selection',
  );
  await expect(popup.evaluate<string>("document.querySelector('textarea')?.value")).resolves.toBe(PARAGRAPH);
  await popup.screenshot(screenshot);
}

describe('opening the composer from the page, with real input', () => {
  it('the keyboard shortcut (Alt+Shift+Q) opens it with the selection', async () => {
    desktop.xdo('key', '--clearmodifiers', 'alt+shift+q');
    await expectComposerWithSelection('desktop-shortcut-popup');
    desktop.xdo('key', 'Escape');
    await page.close();
  });

  it('"Share quote…" in the context menu opens it with the selection', async () => {
    const box = await page.evaluate((wanted) => {
      const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent?.trim() === wanted);
      const rect = paragraph?.getBoundingClientRect();
      return rect ? { x: rect.x + 40, y: rect.y + rect.height / 2 } : null;
    }, PARAGRAPH);
    if (!box) throw new Error('paragraph not on screen');
    const at = await desktop.toScreen(page, box.x, box.y);
    desktop.xdo('mousemove', String(at.x), String(at.y), 'click', '3');
    await page.waitForTimeout(700);
    // Chromium's selection menu ends with our entry, a separator, then "Inspect".
    desktop.xdo('key', 'Up', 'Up', 'Return');
    await expectComposerWithSelection('desktop-context-menu-popup');
    desktop.xdo('key', 'Escape');
    await page.close();
  });
});
