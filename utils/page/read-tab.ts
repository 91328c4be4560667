import { readableArticle } from '../article/readable';
import type { Article, ExtractedArticle, ExtractOptions } from '../article/types';
import { type Localized, localizedOf } from '../localized';
import type { CaptureResult } from '../page/capture';
import type { RestrictedReason } from '../page/restricted';
import type { PageSnapshot } from '../page/snapshot';

/** Everything the popup can show. One state at a time; never blank. */
export type PopupState =
  | { kind: 'loading' }
  | {
      kind: 'article';
      article: Article;
      /** The whole page's text in blocks, for deep links that must be unique on the page (utils/page/blocks). */
      pageText: string;
      /** The page's own URL (the article's `url` is its canonical, which sharing checks against this). */
      pageUrl: string;
      /** The site's colour from `<meta name=theme-color>`, as #rrggbb, for cards. */
      siteColor: string | null;
      /** The icon the page declares (or its /favicon.ico), for cards where the browser has no favicon cache. */
      siteIcon: string | null;
      selection: string;
      wholePage: boolean;
      timing: Timing;
    }
  | { kind: 'not-article'; snapshot: PageSnapshot }
  | { kind: 'empty' }
  | { kind: 'restricted'; reason: RestrictedReason }
  | { kind: 'no-tab' }
  /** The page did not answer in time (busy or frozen); the reader can try again. */
  | { kind: 'timeout' }
  | { kind: 'error'; message: string; localized?: Localized };

export interface Timing {
  /** Time the injected script held the page's main thread. */
  pageMs: number;
  /** Time extraction took in the popup. */
  extractMs: number;
}

export interface FlowDeps {
  capture(tabId: number): Promise<CaptureResult>;
  /** A selection the context menu left for this tab (text in an iframe or a field the page can't see). */
  pendingSelection(tabId: number): Promise<string>;
  /** Resolves after `ms`; the capture is abandoned if the page has not answered by then. */
  sleep(ms: number): Promise<void>;
  parse(snapshot: PageSnapshot): Document;
  /**
   * The extraction (Readability, the article rules and the public suffix list behind the share URL): may load
   * them on first use, so the popup paints before their code is parsed.
   */
  extract(doc: Document, options: ExtractOptions): ExtractedArticle | null | Promise<ExtractedArticle | null>;
  pageText(doc: Document): string;
  now(): number;
}

/** A page whose main thread is stuck (an endless script, a modal dialog) never answers the injection. */
export const CAPTURE_TIMEOUT_MS = 15_000;

class CaptureTimeoutError extends Error {
  override name = 'CaptureTimeoutError';
}

/** Read a tab: capture it, then extract the article from the snapshot. */
export async function readTab(deps: FlowDeps, tabId: number): Promise<PopupState> {
  let result: CaptureResult;
  try {
    result = await Promise.race([
      deps.capture(tabId),
      deps.sleep(CAPTURE_TIMEOUT_MS).then(() => {
        throw new CaptureTimeoutError();
      }),
    ]);
  } catch (error) {
    if (error instanceof CaptureTimeoutError) return { kind: 'timeout' };
    return {
      kind: 'error',
      message: error instanceof Error ? error.message : String(error),
      localized: localizedOf(error),
    };
  }
  if (!result.ok)
    return result.reason === 'no-tab' ? { kind: 'no-tab' } : { kind: 'restricted', reason: result.reason };
  let snapshot = result.snapshot;
  if (!snapshot.selection) {
    const pending = await deps.pendingSelection(tabId).catch(() => '');
    if (pending) snapshot = { ...snapshot, selection: pending };
  }
  return await extractFromSnapshot(deps, snapshot, false);
}

/** Extract from a snapshot already taken; `wholePage` is the reader's "use the whole page anyway". */
export async function extractFromSnapshot(
  deps: FlowDeps,
  snapshot: PageSnapshot,
  wholePage: boolean,
): Promise<PopupState> {
  const start = deps.now();
  let article: ExtractedArticle | null;
  let pageText = '';
  try {
    const doc = deps.parse(snapshot);
    const extracted = await deps.extract(doc, { url: snapshot.url, force: wholePage });
    // A page that is not an article comes back with its metadata only (`readable: false`): the popup offers
    // "use the whole page" for it, as for a page that could not be read.
    article = readableArticle(extracted);
    if (article) pageText = deps.pageText(doc);
  } catch (error) {
    return {
      kind: 'error',
      message: error instanceof Error ? error.message : String(error),
      localized: localizedOf(error),
    };
  }
  const timing = { pageMs: snapshot.tookMs, extractMs: deps.now() - start };
  if (article) {
    return {
      kind: 'article',
      article,
      pageText,
      pageUrl: snapshot.url,
      siteColor: article.siteColor,
      siteIcon: article.siteIcon,
      selection: snapshot.selection,
      wholePage,
      timing,
    };
  }
  return wholePage ? { kind: 'empty' } : { kind: 'not-article', snapshot };
}

export { popupTabFrom as tabFromQuery } from '../routes';
