import type { browser } from 'wxt/browser';

/**
 * Message keys from public/_locales/en/messages.json (typed by `wxt prepare`). Declared here, not in
 * utils/i18n.ts, which imports this module: the keys are data, the translating is i18n's.
 */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/**
 * A message for the reader as a catalogue key and its substitutions. Code that cannot reach the extension's
 * i18n API (pure modules, the library, the background's answers) hands this on, and the page that shows it
 * translates it with `localizedText` from utils/i18n.
 */
export interface Localized {
  readonly key: MessageKey;
  readonly params?: readonly string[];
}

/** A `Localized` from a key and its values (numbers written as digits). */
export function localized(key: MessageKey, params: ReadonlyArray<string | number> = []): Localized {
  return params.length === 0 ? { key } : { key, params: params.map(String) };
}

/** A failed result: English `error` (logs, tests, a missing message) and the message to show. */
export function failure(
  key: MessageKey,
  params: ReadonlyArray<string | number>,
  english: string,
): { ok: false; error: string; localized: Localized } {
  return { ok: false, error: english, localized: localized(key, params) };
}

function isLocalized(value: unknown): value is Localized {
  if (typeof value !== 'object' || value === null) return false;
  const { key, params } = value as { key?: unknown; params?: unknown };
  return (
    typeof key === 'string' &&
    (params === undefined || (Array.isArray(params) && params.every((param) => typeof param === 'string')))
  );
}

/** The message an error (or a failed result) carries for the reader, if it carries one. */
export function localizedOf(error: unknown): Localized | undefined {
  if (typeof error !== 'object' || error === null || !('localized' in error)) return undefined;
  const value = (error as { localized: unknown }).localized;
  return isLocalized(value) ? value : undefined;
}

/** An error with English text for logs and a catalogue message for the reader. */
export class LocalizedError extends Error {
  readonly localized: Localized;

  constructor(message: Localized, english: string, options?: { cause?: unknown }) {
    super(english, options);
    this.name = 'LocalizedError';
    this.localized = message;
  }
}
