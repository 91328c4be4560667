import type AutoConsent from '@duckduckgo/autoconsent';
import type { BackgroundMessage, ContentScriptMessage } from '@duckduckgo/autoconsent';
import { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import { consentEngineFactory } from '@/utils/consent/engine-handle';
import { findChoiceClick } from '@/utils/consent/learn';
import { evalInPage } from '@/utils/consent/main-channel';
import { looksLikePayWall, unlockScrolling } from '@/utils/consent/page';
import { type ConsentToBackground, isConsentToContent } from '@/utils/consent/protocol';

/**
 * The always-on part of cookie-consent memory, in every frame of every http(s) page. It stays small: it asks
 * the background about this frame's site, and only where there is a choice to apply does the background put
 * autoconsent (consent-engine.js) into the frame and send its config and the rules filtered for the frame.
 * Everywhere else only a click listener runs, learning the reader's own choice.
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
    let engine: AutoConsent | null = null;

    const fromEngine = async (message: ContentScriptMessage) => {
      if (message.type === 'report') return; // lifecycle chatter nobody reads
      if (message.type === 'eval') {
        // In the page's world at once when consent-main.js is there; otherwise through the background.
        const result = evalInPage(document, message.id, String(message.snippetId ?? ''));
        if (result !== null) {
          // Answered after autoconsent has registered the request (it sends first, then waits).
          queueMicrotask(
            () => void engine?.receiveMessageCallback({ type: 'evalResp', id: message.id, result }),
          );
          return;
        }
      }
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
      engine = null;
      send({ type: 'init', url: location.href });
    };

    browser.runtime.onMessage.addListener((raw: unknown) => {
      if (!isConsentToContent(raw)) return undefined;
      const message = raw.pqConsent;
      if (message.type === 'pq-restart') start();
      else if (message.type === 'initResp') {
        // The background has put the engine into this frame first, where there is anything to apply.
        const factory = message.config.enabled ? consentEngineFactory() : null;
        engine = factory ? factory.create(fromEngine, message.config, message.rules) : null;
      } else void engine?.receiveMessageCallback(message as BackgroundMessage);
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
