import type { Config } from '@duckduckgo/autoconsent';
import { defineUnlistedScript } from '#imports';
import { type FoundPlatform, ruleControls, verifyWithRetries } from '@/utils/consent/apply';
import { CONSENT_ENGINE_KEY, type ConsentEngineFactory } from '@/utils/consent/engine-handle';
import { nextChange } from '@/utils/consent/pace';
import { PromptAutoConsent } from '@/utils/consent/prompt-autoconsent';
import { replayStep } from '@/utils/consent/replay';

/**
 * autoconsent itself (~100 kB) and the checks that a choice took, put into a frame by the background only
 * when the site has a choice to apply, next to the always-on content script (same isolated world). Sites
 * never answered don't load it.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as Record<string, unknown>;
  if (scope[CONSENT_ENGINE_KEY]) return;
  const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  const factory: ConsentEngineFactory = {
    create(send, config, rules) {
      // Made without a config, then given the background's answer as if it had asked: autoconsent's
      // constructor with a config starts before its DOM helpers exist. Its own `init` is not sent again.
      const engine = new PromptAutoConsent(
        (message) => (message.type === 'init' ? Promise.resolve() : send(message)),
        null,
        null,
      );
      void engine.receiveMessageCallback({
        type: 'initResp',
        config: config as Config,
        rules: rules as never,
      });
      return engine;
    },
    controls: (engine) => ruleControls(engine.foundCmp),
    async verify(engine, action, result) {
      const found = engine.foundCmp as unknown as FoundPlatform | undefined;
      if (!found) return { ok: false, attempts: 1, reason: 'action' };
      return verifyWithRetries(found, action, result, { wait, document });
    },
    replay: (step, ruleFound) =>
      replayStep(document, step, {
        nextChange: () => nextChange(document, 100, 500),
        wait,
        now: () => performance.now(),
        ruleFound,
      }),
  };
  scope[CONSENT_ENGINE_KEY] = factory;
});
