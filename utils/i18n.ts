import { browser } from 'wxt/browser';

/** Message keys from public/_locales/en/messages.json (typed by `wxt prepare`). */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/**
 * Every UI string goes through here. A key missing from the locale falls back to the key itself, so a
 * gap shows up as an odd word in a screenshot instead of an empty button.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The UI language, for Intl formatting. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}

/** A count or other number as the UI language writes it (1.234 in German, ١٬٢٣٤ in Arabic). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(value);
}
