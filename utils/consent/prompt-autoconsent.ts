import AutoConsent from '@duckduckgo/autoconsent';
import { nextChange } from './pace';

type Found = Awaited<ReturnType<AutoConsent['findCmp']>>;
type Platform = Parameters<AutoConsent['waitForPopup']>[0];

/** How long the search for a platform goes on, as in autoconsent (20 rounds of 500 ms). */
const SEARCH_MS = 10_000;

/**
 * autoconsent, looking again for a platform as soon as the page changes (at most every 150 ms) instead of
 * every 500 ms: consent SDKs inject their banner a moment after DOMContentLoaded, when the first look has
 * just missed it. One look is autoconsent's own `findCmp` with no retries; only the pacing is ours.
 */
export class PromptAutoConsent extends AutoConsent {
  #deadline = 0;

  override async findCmp(retries: number): Promise<Found> {
    this.#deadline ||= performance.now() + SEARCH_MS;
    const found = await super.findCmp(0);
    if (found.length > 0 || retries <= 0 || performance.now() > this.#deadline) return found;
    await nextChange(document, 150, 500);
    return this.findCmp(retries - 1);
  }

  /**
   * Same pacing for the platform's dialog: a platform whose script is on the page before its dialog is
   * drawn (Cookiebot) is found early, and autoconsent would look for the dialog only every 500 ms. One
   * look is the platform's own `detectPopup`; the time allowed is autoconsent's (retries × interval).
   */
  override async waitForPopup(cmp: Platform, retries = 10, interval = 500): Promise<boolean> {
    const deadline = performance.now() + retries * interval;
    for (;;) {
      const open = await cmp.detectPopup().catch(() => false);
      if (open || performance.now() > deadline) return open;
      await nextChange(document, 150, 500);
    }
  }
}
