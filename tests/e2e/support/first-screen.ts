import { expect } from 'vitest';

/**
 * What the popup's first screen holds, measured in the page with bounding boxes, for the Chromium and the
 * Firefox tests alike (issue #18: at the real popup size, at least three suggested quotes and the share
 * actions for the chosen one are visible without scrolling).
 */

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface FirstScreen {
  viewport: { width: number; height: number };
  /** The document is wider than the popup (a horizontal scrollbar). */
  overflowsX: boolean;
  title: Box | null;
  /** Lines the headline takes. */
  titleLines: number;
  /** The article's excerpt is on screen (the summary is not shortened). */
  excerptShown: boolean;
  save: Box | null;
  /**
   * Every suggested quote in the list, in order, with how many lines its text shows (0 for the chosen one,
   * whose text is its editor).
   */
  quotes: Array<{ box: Box; textLines: number; selected: boolean; text: string }>;
  /** The sticky share bar, and each control in it (card button, Copy, Post to Bluesky, one per network). */
  shareBar: Box | null;
  /** Each control in the bar: its accessible name, and the network for the network buttons. */
  shareControls: Array<{ name: string; network: string | null; box: Box }>;
  consentLine: Box | null;
}

/**
 * Runs in the popup page (passed to Playwright's or Puppeteer's `evaluate`): self-contained, no imports.
 */
export function measureFirstScreen(): FirstScreen {
  const box = (element: Element | null): Box | null => {
    if (!element) return null;
    const rect = element.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
  };
  const lines = (element: HTMLElement | null) =>
    element
      ? Math.round(
          element.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(element).lineHeight),
        )
      : 0;
  const quotes = [...document.querySelectorAll('.quote')].map((quote) => {
    const text = quote.querySelector<HTMLElement>('.quote__text');
    const value = text instanceof HTMLTextAreaElement ? text.value : (text?.textContent ?? '');
    return {
      box: box(quote) as Box,
      textLines: text instanceof HTMLTextAreaElement ? 0 : lines(text),
      selected: quote.classList.contains('quote--selected'),
      text: value,
    };
  });
  const excerpt = document.querySelector<HTMLElement>('.summary__excerpt');
  const bar = document.querySelector('.share');
  const shareControls = [...(bar?.querySelectorAll('button') ?? [])].map((button) => ({
    name: button.getAttribute('aria-label') ?? button.textContent?.trim() ?? '',
    network: button.dataset.network ?? null,
    box: box(button) as Box,
  }));
  return {
    viewport: { width: window.innerWidth, height: window.innerHeight },
    overflowsX: document.documentElement.scrollWidth > window.innerWidth,
    title: box(document.querySelector('h1')),
    titleLines: lines(document.querySelector<HTMLElement>('h1')),
    excerptShown: excerpt !== null && excerpt.getClientRects().length > 0,
    save: box(document.querySelector('.save__button')),
    quotes,
    shareBar: box(bar),
    shareControls,
    consentLine: box(document.querySelector('.consent-line')),
  };
}

/** Entirely inside the viewport (a pixel of rounding allowed). */
export function inView(box: Box | null, viewport: { width: number; height: number }): boolean {
  return (
    box !== null &&
    box.top >= -1 &&
    box.left >= -1 &&
    box.bottom <= viewport.height + 1 &&
    box.right <= viewport.width + 1
  );
}

/** The quotes a reader can see whole on the first screen: in the viewport and above the share bar. */
export function quotesInView(screen: FirstScreen): FirstScreen['quotes'] {
  const barTop = screen.shareBar?.top ?? screen.viewport.height;
  return screen.quotes.filter(
    (quote) => inView(quote.box, screen.viewport) && quote.box.bottom <= barTop + 1,
  );
}

/**
 * The checks of issue #18 on a measured first screen: the headline (two lines at most, the excerpt folded),
 * Save, three quotes or more whole above the share bar (two lines each unless chosen), the chosen one among
 * them, and every control of the share bar (Post to Bluesky among them), all without scrolling; the cookie
 * line after the bar.
 */
export function expectFirstScreen(screen: FirstScreen, networks: number): void {
  const { viewport } = screen;
  expect(screen.overflowsX, 'no horizontal scrolling').toBe(false);
  expect(inView(screen.title, viewport), 'headline in view').toBe(true);
  expect(screen.titleLines, 'headline lines').toBeLessThanOrEqual(2);
  expect(screen.excerptShown, 'excerpt folded').toBe(false);
  expect(inView(screen.save, viewport), 'Save in view').toBe(true);

  const visible = quotesInView(screen);
  expect(visible.length, 'quotes whole on the first screen').toBeGreaterThanOrEqual(3);
  expect(
    visible.some((quote) => quote.selected),
    'the chosen quote is on the first screen',
  ).toBe(true);
  for (const quote of visible.filter((candidate) => !candidate.selected)) {
    expect(quote.textLines, `lines of "${quote.text.slice(0, 30)}…"`).toBeGreaterThanOrEqual(1);
    expect(quote.textLines, `lines of "${quote.text.slice(0, 30)}…"`).toBeLessThanOrEqual(2);
  }

  const names = screen.shareControls.map((control) => control.name);
  expect(names).toContain('Make an image card');
  expect(names).toContain('Copy');
  expect(names, 'posting to Bluesky sits in the bar').toContain('Post to Bluesky');
  expect(screen.shareControls.filter((control) => control.network !== null).length).toBe(networks);
  const outside = screen.shareControls.filter((control) => !inView(control.box, viewport));
  expect(
    outside.map((control) => control.name),
    'share controls outside the first screen',
  ).toEqual([]);

  // The cookie choice never sits between the quotes and sharing: it comes after the bar, in one line (two
  // when there is news about this page: applied here, or could not be).
  if (screen.consentLine && screen.shareBar) {
    expect(screen.consentLine.top).toBeGreaterThanOrEqual(screen.shareBar.bottom - 1);
    expect(screen.consentLine.bottom - screen.consentLine.top, 'cookie line height').toBeLessThan(64);
  }
}
