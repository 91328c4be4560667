import { browser } from 'wxt/browser';
import { type Localized, localizedOf } from './localized';

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

/** A message handed on as a key and values (utils/localized), in the UI language. */
export function localizedText(message: Localized): string {
  return t(message.key, message.params ? [...message.params] : undefined);
}

/** What to show for a failure: its catalogue message when it carries one, else its own text. */
export function errorText(error: unknown): string {
  const message = localizedOf(error);
  if (message) return localizedText(message);
  return error instanceof Error ? error.message : String(error);
}
