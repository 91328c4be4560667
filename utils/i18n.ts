import { browser } from 'wxt/browser';
import { type Localized, localizedOf, type MessageKey } from './localized';

export type { MessageKey } from './localized';

/**
 * The bases of the plural families in the catalogue: `libraryCount` for `libraryCount_one`,
 * `libraryCount_other`… Every family has an `_other` entry in English, so that is what names one.
 */
type PluralBase = MessageKey extends infer Key ? (Key extends `${infer Base}_other` ? Base : never) : never;

/**
 * Every UI string goes through here. A key missing from the locale falls back to the key itself, so a
 * gap shows up as an odd word in a screenshot instead of an empty button.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The browser's UI language as a BCP 47 tag (`en-US`, `uk`, `ar`). */
function browserLanguage(): string {
  return (browser.i18n.getUILanguage() || 'en').replaceAll('_', '-');
}

/**
 * The language of the catalogue the browser actually resolved: its `catalogueLanguage` entry. That is not
 * always the UI language: with the UI in Portuguese (no catalogue) the browser shows English messages,
 * which need English plural rules.
 */
export function messageLanguage(): string {
  return browser.i18n.getMessage('catalogueLanguage') || 'en';
}

/**
 * The language for Intl formatting (numbers, dates): the UI language when the messages are in it (keeps
 * the region: `en-GB` dates, `de-CH` digit groups), else the messages' own language, so an English
 * sentence does not carry Portuguese digit grouping.
 */
export function uiLanguage(): string {
  const ui = browserLanguage();
  const messages = messageLanguage();
  const lower = ui.toLowerCase();
  const base = messages.toLowerCase();
  return lower === base || lower.startsWith(`${base}-`) ? ui : messages;
}

/** Languages written right to left (ISO 639 codes); a catalogue in one of them mirrors the pages. */
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ps', 'sd', 'ug', 'ur', 'yi']);

/**
 * The pages' direction, from the language of the messages actually shown rather than the browser's UI
 * language (`@@bidi_dir`): with a Hebrew browser UI, which has no catalogue, the English messages stay
 * left to right.
 */
export function uiDirection(): 'ltr' | 'rtl' {
  const language = messageLanguage().toLowerCase().split(/[-_]/)[0] ?? '';
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

// One formatter per language: a list of thousands of rows formats a count in each.
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
function cached<T>(cache: Map<string, T>, language: string, make: (language: string) => T): T {
  let value = cache.get(language);
  if (value === undefined) {
    value = make(language);
    cache.set(language, value);
  }
  return value;
}

/** A count or other number as the UI language writes it (1.234 in German, 1 234 in French). */
export function formatNumber(value: number): string {
  return cached(numberFormats, uiLanguage(), (language) => new Intl.NumberFormat(language)).format(value);
}

/**
 * A message about `count` things, in the plural form the messages' language needs for it: the key
 * `<base>_<category>` (category from Intl.PluralRules: one, few, many… Ukrainian and Arabic have four and
 * six), falling back to `<base>_other`. `$1` is the count as the UI writes it, `others` are `$2`, `$3`….
 */
export function tPlural(base: PluralBase, count: number, others: readonly string[] = []): string {
  const substitutions = [formatNumber(count), ...others];
  const category = cached(
    pluralRules,
    messageLanguage(),
    (language) => new Intl.PluralRules(language),
  ).select(count);
  return (
    browser.i18n.getMessage(`${base}_${category}` as MessageKey, substitutions) ||
    t(`${base}_other` as MessageKey, substitutions)
  );
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
