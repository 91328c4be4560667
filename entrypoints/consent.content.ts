import { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import { createConsentFrame, fromBackground, onClick, startIfDecided } from '@/utils/consent/frame';
import { parseConsentToContent } from '@/utils/consent/protocol';

/**
 * The always-on part of cookie-consent memory, in every frame of every http(s) page. It stays small and
 * quiet: it reads the index of sites with a choice to apply (utils/consent/gate.ts) and asks the background
 * only where the tab's site may be one of them. There the background puts autoconsent (consent-engine.js)
 * into the frame and sends its config and the rules filtered for the frame; the engine's bundle also checks
 * that an applied choice took (apply.ts) before the background hears it did. Everywhere else only a click
 * listener runs, learning the reader's own choice from a click in a consent platform's dialog (learn.ts).
 * The frame's work is in utils/consent/frame.ts.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_start',
  main() {
    const frame = createConsentFrame();

    // Only the background's channel to this frame, each message checked field by field.
    browser.runtime.onMessage.addListener((raw: unknown) => {
      const message = parseConsentToContent(raw);
      if (message) fromBackground(frame, message);
      return undefined;
    });

    addEventListener('click', (event) => onClick(frame, event), { capture: true, passive: true });

    void startIfDecided(frame);
  },
});
