import type { Handlers } from '../router';
import { normalizeConsentPrefs } from './engine';
import { normalizeMemory } from './pure';
import type { ConsentService } from './service';
import { siteKey } from './site-key';
import { consentPrefsItem, loadConsentPrefs } from './storage';

type ConsentRequest =
  | 'consentStatus'
  | 'consentChoose'
  | 'consentForget'
  | 'consentPause'
  | 'consentRemoveStep'
  | 'consentList'
  | 'consentImport'
  | 'consentClear'
  | 'consentSetPrefs';

const done = { ok: true } as const;

/** The pages send a site's shape (utils/messages.ts); only a registrable domain is a site here. */
function checkSite(site: string): string {
  if (siteKey(`https://${site}/`) !== site) throw new Error(`"${site}" is not a site`);
  return site;
}

/** The background's answers to the pages' consent requests (popup, options, welcome). */
export function consentRequestHandlers(
  consent: ConsentService,
  tabUrl: (tabId: number) => Promise<string | undefined>,
): Pick<Handlers, ConsentRequest> {
  return {
    consentStatus: async ({ tabId }) => consent.status(tabId, await tabUrl(tabId)),
    consentChoose: async ({ site, choice, tabId }) => {
      await consent.choose(checkSite(site), choice, tabId);
      return done;
    },
    consentForget: async ({ site }) => {
      await consent.forget(checkSite(site));
      return done;
    },
    consentPause: async ({ site, paused }) => {
      await consent.pause(checkSite(site), paused);
      return done;
    },
    consentList: async () => ({ sites: await consent.list(), prefs: await loadConsentPrefs() }),
    consentRemoveStep: async ({ site }) => {
      await consent.removeStep(checkSite(site));
      return done;
    },
    consentImport: async ({ sites }) => {
      await consent.importSites(normalizeMemory(sites));
      return done;
    },
    consentClear: async () => {
      await consent.clear();
      return done;
    },
    consentSetPrefs: async ({ prefs }) => {
      await consentPrefsItem.setValue(normalizeConsentPrefs(prefs));
      return done;
    },
  };
}
