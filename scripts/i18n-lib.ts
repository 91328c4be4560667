import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** One entry of a Chrome `messages.json`. */
export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type LocaleMessages = Record<string, LocaleMessage>;

export const root = path.resolve(import.meta.dirname, '..');
export const localesDir = path.join(root, 'public/_locales');

export function localeNames(): string[] {
  return readdirSync(localesDir)
    .filter((name) => existsSync(path.join(localesDir, name, 'messages.json')))
    .sort();
}

export function loadLocale(lang: string): LocaleMessages {
  return JSON.parse(readFileSync(path.join(localesDir, lang, 'messages.json'), 'utf8')) as LocaleMessages;
}

/** Declared placeholder names, lowercased (Chrome matches them case-insensitively), sorted. */
export function placeholderNames(entry: LocaleMessage): string[] {
  return Object.keys(entry.placeholders ?? {})
    .map((name) => name.toLowerCase())
    .sort();
}

/** The `$NAME$` references in a message, lowercased and sorted (`$$` is a literal dollar, `$1` a raw slot). */
export function referencedPlaceholders(message: string): string[] {
  const names = [...message.replaceAll('$$', '').matchAll(/\$([A-Za-z_][A-Za-z0-9_@]*)\$/g)].map((match) =>
    (match[1] ?? '').toLowerCase(),
  );
  return [...new Set(names)].sort();
}

/** Problems of one locale measured against English; empty when it is complete and consistent. */
export function compareLocale(en: LocaleMessages, other: LocaleMessages): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(en)) {
    const entry = other[key];
    if (!entry) {
      problems.push(`missing key ${key}`);
      continue;
    }
    if (typeof entry.message !== 'string' || entry.message.trim() === '')
      problems.push(`empty message ${key}`);
    const want = placeholderNames(en[key] as LocaleMessage).join(',');
    const got = placeholderNames(entry).join(',');
    if (want !== got) problems.push(`placeholders of ${key}: [${got}] instead of [${want}]`);
    const used = referencedPlaceholders(entry.message ?? '').join(',');
    const enUsed = referencedPlaceholders((en[key] as LocaleMessage).message).join(',');
    if (used !== enUsed) problems.push(`message of ${key} uses [${used}] instead of [${enUsed}]`);
  }
  for (const key of Object.keys(other)) {
    if (!(key in en)) problems.push(`extra key ${key}`);
  }
  return problems;
}

/** The entries of `en` a locale lacks (or has empty), in English order, for a translator's delta. */
export function missingEntries(
  en: LocaleMessages,
  other: LocaleMessages,
): Array<{ key: string } & LocaleMessage> {
  return Object.entries(en)
    .filter(([key]) => !other[key]?.message?.trim())
    .map(([key, entry]) => ({
      key,
      message: entry.message,
      ...(entry.description ? { description: entry.description } : {}),
      ...(entry.placeholders ? { placeholders: entry.placeholders } : {}),
    }));
}

/** Source files that may use message keys: the UI, the shared code and the manifest config. */
export function sourceFiles(dir = root): string[] {
  const walk = (current: string): string[] =>
    readdirSync(current).flatMap((name) => {
      const full = path.join(current, name);
      if (statSync(full).isDirectory()) return walk(full);
      return /\.(ts|tsx|html)$/.test(name) ? [full] : [];
    });
  return [
    ...['entrypoints', 'components', 'utils'].flatMap((sub) => walk(path.join(dir, sub))),
    path.join(dir, 'wxt.config.ts'),
  ];
}
