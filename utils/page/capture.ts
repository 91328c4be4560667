import type { Browser } from 'wxt/browser';
import { type RestrictedReason, restrictedReason, restrictedReasonFromError } from './restricted';
import { isPageSnapshot, type PageSnapshot } from './snapshot';

/** A tab's page snapshot, or why the browser would not give one (the `capturePage` message's answer). */
export type CaptureResult =
  | { ok: true; snapshot: PageSnapshot }
  | { ok: false; reason: RestrictedReason | 'no-tab'; detail?: string };

/** The two browser calls capturing needs, so tests can pass fakes. */
export interface CaptureApi {
  getTab(tabId: number): Promise<Pick<Browser.tabs.Tab, 'url' | 'pendingUrl'>>;
  /** Run the extract script in the tab's top frame and return its result. */
  injectExtract(tabId: number): Promise<unknown>;
}

/**
 * Inject the unlisted extract script into a tab and return the page snapshot. Pages the browser forbids are
 * recognised by URL first (the URL is visible under activeTab) and by the refusal's message otherwise.
 */
export async function capturePage(api: CaptureApi, tabId: number): Promise<CaptureResult> {
  let tab: Pick<Browser.tabs.Tab, 'url' | 'pendingUrl'>;
  try {
    tab = await api.getTab(tabId);
  } catch {
    return { ok: false, reason: 'no-tab' };
  }
  const predicted = restrictedReason(tab.url ?? tab.pendingUrl);
  if (predicted) return { ok: false, reason: predicted };
  try {
    const result = await api.injectExtract(tabId);
    if (isPageSnapshot(result)) return { ok: true, snapshot: result };
    return { ok: false, reason: 'no-access', detail: 'The page returned no snapshot.' };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: restrictedReasonFromError(detail), detail };
  }
}
