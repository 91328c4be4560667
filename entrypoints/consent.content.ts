import type AutoConsent from '@duckduckgo/autoconsent';
import type { BackgroundMessage, ContentScriptMessage } from '@duckduckgo/autoconsent';
import { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import { type ConsentEngineFactory, consentEngineFactory } from '@/utils/consent/engine-handle';
import { CONSENT_INDEX_KEY, CONSENT_PREFS_KEY, mustAsk, topHost } from '@/utils/consent/gate';
import { findChoiceClick } from '@/utils/consent/learn';
import { evalInPage } from '@/utils/consent/main-channel';
import { looksLikePayWall, unlockScrolling } from '@/utils/consent/page';
import { type ConsentToBackground, isConsentToContent } from '@/utils/consent/protocol';

/**
 * The always-on part of cookie-consent memory, in every frame of every http(s) page. It stays small and
 * quiet: it reads the index of sites with a choice to apply (utils/consent/gate.ts) and asks the background
 * only where the tab's site may be one of them. There the background puts autoconsent (consent-engine.js)
 * into the frame and sends its config and the rules filtered for the frame; the engine's bundle also checks
 * that an applied choice took (apply.ts) before the background hears it did. Everywhere else only a click
 * listener runs, learning the reader's own choice from a click in a consent platform's dialog (learn.ts).
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
    let engine: AutoConsent | null = null;
    let factory: ConsentEngineFactory | null = null;
    let verifying = false;

    /** The action's result, checked (and retried) before the background hears it took. */
    const checkApplied = async (action: 'optIn' | 'optOut', cmp: string, result: boolean) => {
      if (!engine || !factory || verifying) return;
      verifying = true;
      // A platform's frame (Sourcepoint) is removed once answered: gone with its frame is gone.
      const gone = () => send({ type: 'pq-applied', cmp, action, attempts: 1 });
      if (window !== window.top) addEventListener('pagehide', gone, { once: true });
      const outcome = await factory.verify(engine, action, result).catch(() => null);
      removeEventListener('pagehide', gone);
      verifying = false;
      if (outcome?.ok) {
        unlockScrolling(document);
        send({ type: 'pq-applied', cmp, action, attempts: outcome.attempts });
      } else send({ type: 'pq-apply-failed', cmp, action, reason: outcome?.reason ?? 'action' });
    };

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
        send({ ...message, payWall: looksLikePayWall(document) });
        return;
      }
      if (message.type === 'optInResult' || message.type === 'optOutResult') {
        void checkApplied(message.type === 'optInResult' ? 'optIn' : 'optOut', message.cmp, message.result);
        return;
      }
      if (message.type === 'autoconsentDone') return; // reported once checked (checkApplied)
      send(message);
    };

    const start = () => {
      detectedCmp = '';
      engine = null;
      send({ type: 'init', url: location.href });
    };

    /** The first start: only where the index says there may be a choice to apply. */
    const startIfDecided = async () => {
      const host = topHost(location, window === window.top);
      const stored = await browser.storage.local
        .get([CONSENT_INDEX_KEY, CONSENT_PREFS_KEY])
        .catch(() => ({}) as Record<string, unknown>);
      if (mustAsk(stored[CONSENT_INDEX_KEY], stored[CONSENT_PREFS_KEY], host)) start();
    };

    browser.runtime.onMessage.addListener((raw: unknown) => {
      if (!isConsentToContent(raw)) return undefined;
      const message = raw.pqConsent;
      // The reader has just chosen in the popup: asked unconditionally.
      if (message.type === 'pq-restart') start();
      else if (message.type === 'initResp') {
        // The background has put the engine into this frame first, where there is anything to apply.
        factory = message.config.enabled ? consentEngineFactory() : null;
        engine = factory ? factory.create(fromEngine, message.config, message.rules) : null;
      } else if (message.type === 'pq-step') {
        // A banner no rule knows, answered on this site before by the reader's own click.
        void factory
          ?.replay(message.step, () => detectedCmp !== '')
          .then((outcome) => {
            if (outcome === 'verified') send({ type: 'pq-applied', cmp: '', action: 'optIn', attempts: 1 });
            else if (outcome === 'failed')
              send({ type: 'pq-apply-failed', cmp: '', action: 'optIn', reason: 'banner' });
          });
      } else void engine?.receiveMessageCallback(message as BackgroundMessage);
      return undefined;
    });

    // Learning: a real click (not one a script made) on the accept or reject control of a platform's dialog.
    addEventListener(
      'click',
      (event) => {
        if (!event.isTrusted) return;
        const rule = engine?.foundCmp && factory ? factory.controls(engine) : null;
        const click = findChoiceClick(event.composedPath(), rule);
        if (click) {
          send({
            type: 'pq-user-choice',
            choice: click.choice,
            cmp: detectedCmp || click.platform,
            by: click.by,
            ...(click.step ? { step: click.step } : {}),
          });
        }
      },
      { capture: true, passive: true },
    );

    void startIfDecided();
  },
});
