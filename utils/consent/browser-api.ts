import type { AutoConsentCMPRule } from '@duckduckgo/autoconsent';
import { evalSnippets } from '@duckduckgo/autoconsent';
import { browser } from 'wxt/browser';
import { sendToTab } from '../messaging/send';
import { sealForContent } from './protocol';
import ownRules from './rules/pullquote-rules.json';
import type { ConsentApi } from './service';
import {
  getTabConsent,
  loadConsentMemory,
  loadConsentPrefs,
  loadForgotten,
  saveConsentMemory,
  saveForgotten,
  setTabConsent,
} from './storage';

// Written into the build by wxt.config.ts, so WXT's list of public paths does not know it.
const RULES_PATH = '/consent-rules.json' as Parameters<typeof browser.runtime.getURL>[0];

let rulesPromise: Promise<readonly AutoConsentCMPRule[]> | null = null;

/**
 * The full rule list, read from the extension's own files once per worker start, and our own rules for
 * libraries autoconsent has none for (rules/pullquote-rules.json).
 */
function loadRules(): Promise<readonly AutoConsentCMPRule[]> {
  rulesPromise ??= fetch(browser.runtime.getURL(RULES_PATH))
    .then((response) => response.json() as Promise<{ autoconsent: AutoConsentCMPRule[] }>)
    .then((bundle) => [...bundle.autoconsent, ...(ownRules.autoconsent as AutoConsentCMPRule[])])
    .catch((error: unknown) => {
      rulesPromise = null;
      throw error;
    });
  return rulesPromise;
}

/**
 * The consent service's view of the browser. `refreshBadge` redraws the tab's toolbar badge, which also
 * shows whether the page is saved.
 */
export function browserConsentApi(refreshBadge: (tabId: number) => Promise<void>): ConsentApi {
  return {
    rules: loadRules,
    loadMemory: loadConsentMemory,
    saveMemory: saveConsentMemory,
    loadForgotten,
    saveForgotten,
    loadPrefs: loadConsentPrefs,
    async sendToFrame(tabId, frameId, message) {
      await sendToTab(tabId, sealForContent(message), frameId).catch(() => {});
    },
    async runSnippet(tabId, frameId, snippetId) {
      const func = evalSnippets[snippetId as keyof typeof evalSnippets];
      const [frame] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        world: 'MAIN',
        func,
      });
      return frame?.result;
    },
    async injectEngine(tabId, frameId) {
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        files: ['/consent-engine.js'],
        injectImmediately: true,
      });
    },
    async injectPageChecks(tabId, frameId) {
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        world: 'MAIN',
        files: ['/consent-main.js'],
        injectImmediately: true,
      });
    },
    setTabConsent,
    getTabConsent,
    showApplied: (tabId) => refreshBadge(tabId),
    now: () => Date.now(),
  };
}
