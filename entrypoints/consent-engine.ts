import type { Config } from '@duckduckgo/autoconsent';
import { defineUnlistedScript } from '#imports';
import { CONSENT_ENGINE_KEY, type ConsentEngineFactory } from '@/utils/consent/engine-handle';
import { PromptAutoConsent } from '@/utils/consent/prompt';

/**
 * autoconsent itself (~100 kB), put into a frame by the background only when the site has a choice to
 * apply, next to the always-on content script (same isolated world). Sites never answered don't load it.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as Record<string, unknown>;
  if (scope[CONSENT_ENGINE_KEY]) return;
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
  };
  scope[CONSENT_ENGINE_KEY] = factory;
});
