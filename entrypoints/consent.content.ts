import AutoConsent, { type BackgroundMessage, type ContentScriptMessage } from '@duckduckgo/autoconsent';
import { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import { findChoiceClick } from '@/utils/consent/learn';
import { nextChange } from '@/utils/consent/pace';
import { looksLikePayWall, unlockScrolling } from '@/utils/consent/page';
import { type ConsentToBackground, isConsentToContent } from '@/utils/consent/protocol';

type Found = Awaited<ReturnType<AutoConsent['findCmp']>>;
type Platform = Parameters<AutoConsent['waitForPopup']>[0];

/** How long the search for a platform goes on, as in autoconsent (20 rounds of 500 ms). */
const SEARCH_MS = 10_000;

/**
 * autoconsent, looking again for a platform as soon as the page changes (at most every 150 ms) instead of
 * every 500 ms: consent SDKs inject their banner a moment after DOMContentLoaded, when the first look has
 * just missed it. One look is autoconsent's own `findCmp` with no retries; only the pacing is ours.
 */
class PromptAutoConsent extends AutoConsent {
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

/**
 * The always-on part of cookie-consent memory, in every frame of every http(s) page. It stays small: the
 * rules come from the background, filtered for this frame, and on sites the reader has not decided on
 * autoconsent stays switched off, leaving only a click listener that learns the reader's own choice.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_start',
  main() {
    const send = (message: ConsentToBackground) => {
      // A stopped service worker is woken by the message; a reloaded extension leaves this frame orphaned.
      browser.runtime.sendMessage({ pqConsent: message }).catch(() => {});
    };

    let detectedCmp = '';
    let popupOpen = false;
    let engine: AutoConsent;

    const fromEngine = async (message: ContentScriptMessage) => {
      if (message.type === 'report') return; // lifecycle chatter nobody reads
      if (message.type === 'cmpDetected') detectedCmp = message.cmp;
      if (message.type === 'popupFound') {
        popupOpen = true;
        send({ ...message, payWall: looksLikePayWall(document) });
        return;
      }
      if (message.type === 'autoconsentDone') {
        popupOpen = false;
        unlockScrolling(document);
      }
      send(message);
    };

    const start = () => {
      detectedCmp = '';
      popupOpen = false;
      engine = new PromptAutoConsent(fromEngine, null, null);
    };

    browser.runtime.onMessage.addListener((raw: unknown) => {
      if (!isConsentToContent(raw)) return undefined;
      const message = raw.pqConsent;
      if (message.type === 'pq-restart') start();
      else void engine.receiveMessageCallback(message as BackgroundMessage);
      return undefined;
    });

    // Learning: a real click (not one a script made) on a consent dialog's accept or reject control.
    addEventListener(
      'click',
      (event) => {
        if (!event.isTrusted) return;
        const choice = findChoiceClick(event.composedPath(), popupOpen);
        if (choice) send({ type: 'pq-user-choice', choice, cmp: detectedCmp });
      },
      { capture: true, passive: true },
    );

    start();
  },
});
