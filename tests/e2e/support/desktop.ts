import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { findWelcomePage } from './browser';
import { artifactsDir, chromeBuildDir, chromiumPath, extensionBrowserArgs } from './paths';

/**
 * A headed Chromium on the X display (Xvfb in CI), driven by real input from xdotool. Browser-level input
 * — extension keyboard shortcuts, the native context menu — never reaches the browser from CDP key events;
 * here it goes through the window system as a person's would.
 */
export interface Desktop {
  context: BrowserContext;
  cdp: CDPSession;
  /** Real key presses and clicks (xdotool). */
  xdo(...args: string[]): void;
  /** Screen coordinates of a point in a page's viewport. */
  toScreen(page: Page, x: number, y: number): Promise<{ x: number; y: number }>;
  /** The toolbar popup the browser opened, once it shows up. */
  waitForToolbarPopup(): Promise<RealPopup>;
  close(): Promise<void>;
}

export interface RealPopup {
  evaluate<T>(expression: string): Promise<T>;
  screenshot(name: string): Promise<void>;
}

export function assertDisplay(): void {
  if (!process.env.DISPLAY) {
    throw new Error(
      'These tests need an X display: run them through `npm run test:e2e` (xvfb-run) or set DISPLAY.',
    );
  }
}

export async function launchDesktop(): Promise<Desktop> {
  assertDisplay();
  const profile = mkdtempSync(path.join(tmpdir(), 'pullquote-desktop-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: false,
    viewport: null,
    args: [...extensionBrowserArgs(chromeBuildDir), '--window-position=0,0', '--window-size=1280,900'],
  });
  // A first install opens the welcome page in front; these tests drive the window with real input.
  await (await findWelcomePage(context))?.close();
  const browser = context.browser();
  if (!browser) throw new Error('No browser handle for CDP');
  const cdp = await browser.newBrowserCDPSession();
  let nextId = 1;

  const waitForToolbarPopup = async (): Promise<RealPopup> => {
    const deadline = Date.now() + 10_000;
    let targetId: string | undefined;
    while (!targetId && Date.now() < deadline) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      targetId = targetInfos.find(
        (info) => info.type === 'page' && info.url.endsWith('/popup.html'),
      )?.targetId;
      if (!targetId) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!targetId) throw new Error('The toolbar popup did not open');
    // Playwright does not list action popups as pages; talk to it over the browser's CDP connection.
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    const call = <T>(method: string, params: object): Promise<T> => {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        const listener = (event: { sessionId?: string; message: string }) => {
          const message = JSON.parse(event.message) as {
            id?: number;
            result?: T;
            error?: { message: string };
          };
          if (message.id !== id) return;
          cdp.off('Target.receivedMessageFromTarget', listener);
          if (message.error) reject(new Error(message.error.message));
          else resolve(message.result as T);
        };
        cdp.on('Target.receivedMessageFromTarget', listener);
        void cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method, params }),
        });
      });
    };
    return {
      async evaluate<T>(expression: string) {
        const result = await call<{ result: { value: T }; exceptionDetails?: { text: string } }>(
          'Runtime.evaluate',
          {
            expression,
            returnByValue: true,
            awaitPromise: true,
          },
        );
        if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
        return result.result.value;
      },
      async screenshot(name: string) {
        const { data } = await call<{ data: string }>('Page.captureScreenshot', { format: 'png' });
        mkdirSync(artifactsDir, { recursive: true });
        writeFileSync(path.join(artifactsDir, `${name}.png`), Buffer.from(data, 'base64'));
      },
    };
  };

  return {
    context,
    cdp,
    xdo: (...args) => {
      execFileSync('xdotool', args, { stdio: 'pipe' });
    },
    async toScreen(page, x, y) {
      const frame = await page.evaluate(() => ({
        left: window.screenX + (window.outerWidth - window.innerWidth) / 2,
        top: window.screenY + window.outerHeight - window.innerHeight,
      }));
      return { x: Math.round(frame.left + x), y: Math.round(frame.top + y) };
    },
    waitForToolbarPopup,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
