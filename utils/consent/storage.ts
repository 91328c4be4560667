import { browser } from 'wxt/browser';
import { storage } from '#imports';
import { type ConsentPrefs, DEFAULT_CONSENT_PREFS, normalizeConsentPrefs } from './engine';
import type { Forgotten } from './forgotten';
import { normalizeForgotten } from './forgotten';
import { CONSENT_INDEX_KEY, CONSENT_PREFS_KEY, CONSENT_STORE_KEY, consentIndex } from './gate';
import { migrateConsentStore } from './pure';
import type { TabConsent } from './service';
import type { ConsentMemory } from './types';
import { MAX_FAILURES } from './types';

// The consent feature's storage items, apart from utils/storage.ts so the pages that only need settings
// do not load the public suffix list the site keys are checked against.

/**
 * Each site's cookie-consent decision, keyed by registrable domain (never a URL, path or title). Stored
 * raw and read through `migrateConsentStore`, which also accepts every older shape.
 */
export const consentStoreItem = storage.defineItem<unknown>(`local:${CONSENT_STORE_KEY}` as const, {
  fallback: null,
});

export async function loadConsentMemory(): Promise<ConsentMemory> {
  return migrateConsentStore(await consentStoreItem.getValue()).sites;
}

/**
 * Writes the memory and, in the same storage write, the compact index the content script reads on every page
 * (utils/consent/gate.ts), so the two never disagree.
 */
export async function saveConsentMemory(sites: ConsentMemory): Promise<void> {
  await browser.storage.local.set({
    [CONSENT_STORE_KEY]: { version: 1, sites },
    [CONSENT_INDEX_KEY]: consentIndex(sites, MAX_FAILURES),
  });
}

/** The sites the reader forgot, for sync (utils/consent/forgotten.ts). */
const FORGOTTEN_KEY = 'consentForgotten';

export async function loadForgotten(): Promise<Forgotten> {
  return normalizeForgotten((await browser.storage.local.get(FORGOTTEN_KEY))[FORGOTTEN_KEY], Date.now());
}

export async function saveForgotten(forgotten: Forgotten): Promise<void> {
  await browser.storage.local.set({ [FORGOTTEN_KEY]: forgotten });
}

/** Writes the index for what is stored, where it is missing (the first start after an update). */
export async function ensureConsentIndex(): Promise<void> {
  const stored = await browser.storage.local.get(CONSENT_INDEX_KEY);
  if (typeof stored[CONSENT_INDEX_KEY] === 'string') return;
  await browser.storage.local.set({
    [CONSENT_INDEX_KEY]: consentIndex(await loadConsentMemory(), MAX_FAILURES),
  });
}

export const consentPrefsItem = storage.defineItem<ConsentPrefs>(`local:${CONSENT_PREFS_KEY}` as const, {
  fallback: DEFAULT_CONSENT_PREFS,
  version: 1,
});

export async function loadConsentPrefs(): Promise<ConsentPrefs> {
  return normalizeConsentPrefs(await consentPrefsItem.getValue());
}

/**
 * What was found and applied in a tab, for the popup and the toolbar badge. Session storage, one key per
 * tab, so two frames reporting at once never overwrite each other's tab.
 */
const tabKey = (tabId: number) => `consentTab:${tabId}`;

export async function getTabConsent(tabId: number): Promise<TabConsent | null> {
  const key = tabKey(tabId);
  const value = (await browser.storage.session.get(key))[key];
  return value && typeof value === 'object' ? (value as TabConsent) : null;
}

export async function setTabConsent(tabId: number, status: TabConsent | null): Promise<void> {
  if (status) await browser.storage.session.set({ [tabKey(tabId)]: status });
  else await browser.storage.session.remove(tabKey(tabId));
}
