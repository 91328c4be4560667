/**
 * Parsing HTML into a Document the way each supported engine does, so every test can run on both.
 * linkedom is what the corpus and the benchmark use; happy-dom is the unit-test environment.
 */
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';

export type Engine = 'linkedom' | 'happy-dom';
export const ENGINES: readonly Engine[] = ['linkedom', 'happy-dom'];

const openWindows: Window[] = [];

/**
 * linkedom: `parseHTML(html, { location })` gives the window a location (its `document.URL` stays undefined;
 * extractArticle reads `defaultView.location`).
 */
export function parseWithLinkedom(html: string, url?: string): Document {
  const { document } = url === undefined ? parseHTML(html) : parseHTML(html, { location: new URL(url) });
  return document as unknown as Document;
}

/**
 * happy-dom: a DOMParser of a Window opened at `url` (the parsed document takes the window's URL). Scripts,
 * stylesheets and frames are never loaded or run.
 */
export function parseWithHappyDom(html: string, url = 'about:blank'): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  openWindows.push(window);
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export function parseWith(engine: Engine, html: string, url?: string): Document {
  return engine === 'linkedom' ? parseWithLinkedom(html, url) : parseWithHappyDom(html, url);
}

/** Closes the happy-dom windows opened so far (call from `afterAll`). */
export async function closeWindows(): Promise<void> {
  const windows = openWindows.splice(0);
  await Promise.all(windows.map((window) => window.happyDOM.close()));
}

/** Whitespace runs to one space, trimmed: how the fixtures compare text. */
export function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Three paragraphs of ordinary news prose (~700 characters), enough to count as an article. */
export const BODY = [
  'The city council voted on Tuesday to extend the riverside park by another two kilometres, ending a debate that had run for almost three years and divided the neighbourhoods on either bank.',
  'Supporters said the extension would give families in the eastern districts their first large green space, while opponents worried about the cost of moving the old freight depot and the loss of parking.',
  'Work is expected to begin next spring, the mayor said, and the first section could open to the public before the end of the following summer if the budget survives the review in March.',
] as const;

export function bodyHtml(): string {
  return BODY.map((paragraph) => `<p>${paragraph}</p>`).join('\n');
}

/** A complete page: `head` markup, `body` markup (defaults to an article around BODY), `<html>` attributes. */
export function page(options: { head?: string; body?: string; html?: string; title?: string } = {}): string {
  const title = options.title ?? 'Park extension approved after three-year debate';
  return `<!doctype html><html ${options.html ?? 'lang="en"'}><head><meta charset="utf-8"><title>${title}</title>${
    options.head ?? ''
  }</head><body>${options.body ?? `<article>${bodyHtml()}</article>`}</body></html>`;
}
