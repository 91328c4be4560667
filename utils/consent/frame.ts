import type AutoConsent from '@duckduckgo/autoconsent';
import type { BackgroundMessage, ContentScriptMessage } from '@duckduckgo/autoconsent';
import { browser } from 'wxt/browser';
import { sendToExtension } from '../messaging/send';
import { type ConsentEngineFactory, consentEngineFactory } from './engine-handle';
import { CONSENT_INDEX_KEY, CONSENT_PREFS_KEY, mustAsk, topHost } from './gate';
import { findChoiceClick } from './learn';
import { evalInPage } from './main-channel';
import { looksLikePayWall, unlockScrolling } from './page';
import { type ConsentToBackground, type ConsentToContent, sealForBackground } from './protocol';

/**
 * The consent content script's work in one frame (entrypoints/consent.content.ts wires it to the browser's
 * events): what autoconsent found here, the engine once the background has put it in, and whether an
 * applied choice is being checked.
 */
export interface ConsentFrame {
  detectedCmp: string;
  engine: AutoConsent | null;
  factory: ConsentEngineFactory | null;
  verifying: boolean;
}

export const createConsentFrame = (): ConsentFrame => ({
  detectedCmp: '',
  engine: null,
  factory: null,
  verifying: false,
});

function send(message: ConsentToBackground): void {
  // A stopped service worker is woken by the message; a reloaded extension leaves this frame orphaned.
  sendToExtension(sealForBackground(message)).catch(() => {});
}

/** The action's result, checked (and retried) before the background hears it took. */
async function checkApplied(frame: ConsentFrame, action: 'optIn' | 'optOut', cmp: string, result: boolean) {
  const { engine, factory } = frame;
  if (!engine || !factory || frame.verifying) return;
  frame.verifying = true;
  // A platform's frame (Sourcepoint) is removed once answered: gone with its frame is gone.
  const gone = () => send({ type: 'pq-applied', cmp, action, attempts: 1 });
  if (window !== window.top) addEventListener('pagehide', gone, { once: true });
  const outcome = await factory.verify(engine, action, result).catch(() => null);
  removeEventListener('pagehide', gone);
  frame.verifying = false;
  if (outcome?.ok) {
    unlockScrolling(document);
    send({ type: 'pq-applied', cmp, action, attempts: outcome.attempts });
  } else send({ type: 'pq-apply-failed', cmp, action, reason: outcome?.reason ?? 'action' });
}

/** An eval answered in the page's world at once when consent-main.js is there; false to ask the background. */
function answeredInPage(frame: ConsentFrame, id: string, snippetId: string): boolean {
  const result = evalInPage(document, id, snippetId);
  if (result === null) return false;
  // Answered after autoconsent has registered the request (it sends first, then waits).
  queueMicrotask(() => void frame.engine?.receiveMessageCallback({ type: 'evalResp', id, result }));
  return true;
}

/** A message from autoconsent in this frame: answered here, checked first, or passed to the background. */
function fromEngine(frame: ConsentFrame, message: ContentScriptMessage): void {
  if (message.type === 'report') return; // lifecycle chatter nobody reads
  if (message.type === 'eval' && answeredInPage(frame, message.id, String(message.snippetId ?? ''))) return;
  if (message.type === 'cmpDetected') frame.detectedCmp = message.cmp;
  if (message.type === 'popupFound') {
    send({ ...message, payWall: looksLikePayWall(document) });
    return;
  }
  if (message.type === 'optInResult' || message.type === 'optOutResult') {
    const action = message.type === 'optInResult' ? 'optIn' : 'optOut';
    void checkApplied(frame, action, message.cmp, message.result);
    return;
  }
  if (message.type === 'autoconsentDone') return; // reported once checked (checkApplied)
  send(message);
}

/** Asks the background for this frame's engine and rules. */
function start(frame: ConsentFrame): void {
  frame.detectedCmp = '';
  frame.engine = null;
  send({ type: 'init', url: location.href });
}

/** The first start: only where the index says there may be a choice to apply. */
export async function startIfDecided(frame: ConsentFrame): Promise<void> {
  const host = topHost(location, window === window.top);
  const stored = await browser.storage.local
    .get([CONSENT_INDEX_KEY, CONSENT_PREFS_KEY])
    .catch(() => ({}) as Record<string, unknown>);
  if (mustAsk(stored[CONSENT_INDEX_KEY], stored[CONSENT_PREFS_KEY], host)) start(frame);
}

/** A banner no rule knows, answered on this site before by the reader's own click. */
function replayStep(frame: ConsentFrame, message: Extract<ConsentToContent, { type: 'pq-step' }>): void {
  void frame.factory
    ?.replay(message.step, () => frame.detectedCmp !== '')
    .then((outcome) => {
      if (outcome === 'verified') send({ type: 'pq-applied', cmp: '', action: 'optIn', attempts: 1 });
      else if (outcome === 'failed')
        send({ type: 'pq-apply-failed', cmp: '', action: 'optIn', reason: 'banner' });
    });
}

/** A message from the background, already checked by its channel's validator (parseConsentToContent). */
export function fromBackground(frame: ConsentFrame, message: ConsentToContent): void {
  // The reader has just chosen in the popup: asked unconditionally.
  if (message.type === 'pq-restart') start(frame);
  else if (message.type === 'initResp') {
    // The background has put the engine into this frame first, where there is anything to apply.
    frame.factory = message.config.enabled ? consentEngineFactory() : null;
    frame.engine = frame.factory
      ? frame.factory.create(async (reply) => fromEngine(frame, reply), message.config, message.rules)
      : null;
  } else if (message.type === 'pq-step') replayStep(frame, message);
  else void frame.engine?.receiveMessageCallback(message as BackgroundMessage);
}

/** Learning: a real click (not one a script made) on the accept or reject control of a platform's dialog. */
export function onClick(frame: ConsentFrame, event: MouseEvent): void {
  if (!event.isTrusted) return;
  const rule = frame.engine?.foundCmp && frame.factory ? frame.factory.controls(frame.engine) : null;
  const click = findChoiceClick(event.composedPath(), rule);
  if (!click) return;
  send({
    type: 'pq-user-choice',
    choice: click.choice,
    cmp: frame.detectedCmp || click.platform,
    by: click.by,
    ...(click.step ? { step: click.step } : {}),
  });
}
