import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  findWelcomePage,
  launchWithExtension,
  saveScreenshot,
} from './support/browser';

/**
 * The first-install welcome page: it opens by itself in a fresh profile, and its cookie question writes the
 * same setting as the options page.
 */

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension(undefined, { keepWelcome: true });
});

afterAll(async () => {
  await browser?.close();
});

async function storedPrefs(): Promise<unknown> {
  return (await browser.worker()).evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    return (await chrome.storage.local.get('consentPrefs')).consentPrefs ?? null;
  });
}

describe('welcome page', () => {
  it('opens by itself on install and saves "reject on sites I have not decided"', async () => {
    const welcome = await findWelcomePage(browser.context);
    expect(welcome, 'a fresh install opens welcome.html').not.toBeNull();
    if (!welcome) return;
    expect(browser.context.pages().filter((p) => p.url().endsWith('/welcome.html'))).toHaveLength(1);

    await welcome.setViewportSize({ width: 1100, height: 900 });
    await expect(welcome.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Welcome to Pullquote',
    );
    for (const feature of ['Read and quote', 'Cards and sharing', 'Save for later', 'Cookie memory']) {
      await expect(welcome.getByRole('heading', { name: feature }).count()).resolves.toBe(1);
    }
    await expect(welcome.getByRole('heading', { name: 'Your privacy' }).count()).resolves.toBe(1);
    await expect(welcome.getByText('No remote code', { exact: false }).count()).resolves.toBe(1);

    // The default, as stored: nothing decided for undecided sites.
    const leaveAlone = welcome.getByRole('radio', { name: "Leave sites I haven't decided alone" });
    await leaveAlone.waitFor();
    await expect(leaveAlone.isChecked()).resolves.toBe(true);
    await expect(storedPrefs()).resolves.toBeNull();
    await saveScreenshot(welcome, 'welcome-light');

    // Keyboard only: Tab into the group and move to the next choice with the arrow key.
    await leaveAlone.focus();
    await welcome.keyboard.press('ArrowDown');
    const reject = welcome.getByRole('radio', { name: "Reject on sites I haven't decided" });
    await expect(reject.isChecked()).resolves.toBe(true);
    const status = welcome.getByRole('status');
    await expect
      .poll(() => status.textContent())
      .toBe("Saved: Pullquote will reject cookies on sites you haven't decided.");
    await expect(storedPrefs()).resolves.toEqual({ defaultChoice: 'reject', sync: false });

    await welcome.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(welcome, 'welcome-dark');

    // The options page shows the same setting.
    const options = await browser.context.newPage();
    await options.goto(browser.pageUrl('options.html'));
    const optionsReject = options.getByRole('radio', { name: 'Reject', exact: true });
    await optionsReject.waitFor();
    await expect(optionsReject.isChecked()).resolves.toBe(true);
    await options.close();

    // And back: choosing "leave alone" again is saved too.
    await welcome.reload();
    await welcome.getByRole('radio', { name: "Reject on sites I haven't decided" }).waitFor();
    await expect(
      welcome.getByRole('radio', { name: "Reject on sites I haven't decided" }).isChecked(),
    ).resolves.toBe(true);
    await welcome.getByRole('radio', { name: "Leave sites I haven't decided alone" }).check();
    await expect
      .poll(() => welcome.getByRole('status').textContent())
      .toBe('Saved: Pullquote will leave undecided sites alone.');
    await expect(storedPrefs()).resolves.toEqual({ defaultChoice: 'none', sync: false });
  });
});
