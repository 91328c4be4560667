import type AutoConsent from '@duckduckgo/autoconsent';
import type { ContentScriptMessage } from '@duckduckgo/autoconsent';
import type { Action, VerifyOutcome } from './apply';
import type { RuleControls } from './learn';
import type { ReplayOutcome } from './replay';
import type { LearnedStep } from './types';

/** Where consent-engine.js leaves its factory in the frame's isolated world (shared with the content script). */
export const CONSENT_ENGINE_KEY = '__pullquoteConsentEngine';

/**
 * What consent-engine.js gives the always-on content script: autoconsent, configured from the background's
 * `initResp` (no second `init`), and the heavier parts of applying a choice, which only frames of sites with
 * a choice to apply load.
 */
export interface ConsentEngineFactory {
  create(
    send: (message: ContentScriptMessage) => Promise<void>,
    config: unknown,
    rules: unknown,
  ): AutoConsent;
  /** The dialog and decisive buttons of the platform `engine` found, for learning a click (learn.ts). */
  controls(engine: AutoConsent): RuleControls | null;
  /** Checks the action's result on the found platform, retrying with backoff (apply.ts). */
  verify(engine: AutoConsent, action: Action, result: boolean): Promise<VerifyOutcome>;
  /** Replays a learned site-specific step unless a rule answers the banner (replay.ts). */
  replay(step: LearnedStep, ruleFound: () => boolean): Promise<ReplayOutcome>;
}

/** The factory, once the background has put consent-engine.js into this frame. */
export function consentEngineFactory(scope: object = globalThis): ConsentEngineFactory | null {
  const value = (scope as Record<string, unknown>)[CONSENT_ENGINE_KEY] as ConsentEngineFactory | undefined;
  return value && typeof value.create === 'function' ? value : null;
}
