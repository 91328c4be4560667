import type AutoConsent from '@duckduckgo/autoconsent';
import type { ContentScriptMessage } from '@duckduckgo/autoconsent';

/** Where consent-engine.js leaves its factory in the frame's isolated world (shared with the content script). */
export const CONSENT_ENGINE_KEY = '__pullquoteConsentEngine';

/** Makes autoconsent, configured from the background's `initResp` (no second `init`). */
export interface ConsentEngineFactory {
  create(
    send: (message: ContentScriptMessage) => Promise<void>,
    config: unknown,
    rules: unknown,
  ): AutoConsent;
}

/** The factory, once the background has put consent-engine.js into this frame. */
export function consentEngineFactory(scope: object = globalThis): ConsentEngineFactory | null {
  const value = (scope as Record<string, unknown>)[CONSENT_ENGINE_KEY] as ConsentEngineFactory | undefined;
  return value && typeof value.create === 'function' ? value : null;
}
