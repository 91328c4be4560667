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

/** Every plural category a CLDR language can have, in CLDR order. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/** A locale folder name (`pt_BR`) as a BCP 47 tag (`pt-BR`). */
export function languageTag(lang: string): string {
  return lang.replaceAll('_', '-');
}

/**
 * The plural categories a language's messages need, as Intl.PluralRules (CLDR) lists them: `one` and
 * `other` for English, `one few many other` for Ukrainian, all six for Arabic. Always with `other`.
 */
export function pluralCategories(lang: string): PluralCategory[] {
  const listed = new Set<string>(new Intl.PluralRules(languageTag(lang)).resolvedOptions().pluralCategories);
  listed.add('other');
  return PLURAL_CATEGORIES.filter((category) => listed.has(category));
}

/** The bases of the plural families of a catalogue: `libraryCount` when it has `libraryCount_other`. */
export function pluralBases(en: LocaleMessages): string[] {
  return Object.keys(en)
    .filter((key) => key.endsWith('_other'))
    .map((key) => key.slice(0, -'_other'.length));
}

/** The family a key belongs to (`libraryCount` for `libraryCount_few`), if it names a plural form. */
export function pluralBaseOf(key: string, bases: ReadonlySet<string>): string | undefined {
  const match = /^(.+)_(zero|one|two|few|many|other)$/.exec(key);
  return match?.[1] && bases.has(match[1]) ? match[1] : undefined;
}

/** The keys a locale needs for a plural family: one per category of its language. */
export function pluralKeys(base: string, lang: string): string[] {
  return pluralCategories(lang).map((category) => `${base}_${category}`);
}

/** Counts that fall in a plural category of a language (integers first), for translators. */
export function pluralExamples(lang: string, category: PluralCategory, limit = 6): string[] {
  const rules = new Intl.PluralRules(languageTag(lang));
  const found: string[] = [];
  const integers = [...Array.from({ length: 201 }, (_, n) => n), 1000, 10_000, 1_000_000, 2_000_000];
  for (const n of integers) {
    if (found.length < limit && rules.select(n) === category) found.push(String(n));
  }
  for (const n of [0.5, 1.5, 2.5]) {
    if (found.length < limit && rules.select(n) === category) found.push(String(n));
  }
  return found;
}

function compareEntry(
  problems: string[],
  key: string,
  entry: LocaleMessage,
  english: LocaleMessage,
  plural: boolean,
) {
  if (typeof entry.message !== 'string' || entry.message.trim() === '') problems.push(`empty message ${key}`);
  const want = placeholderNames(english).join(',');
  const got = placeholderNames(entry).join(',');
  if (want !== got) problems.push(`placeholders of ${key}: [${got}] instead of [${want}]`);
  const used = referencedPlaceholders(entry.message ?? '');
  const enUsed = referencedPlaceholders(english.message);
  if (!plural) {
    if (used.join(',') !== enUsed.join(','))
      problems.push(`message of ${key} uses [${used.join(',')}] instead of [${enUsed.join(',')}]`);
    return;
  }
  // A plural form may leave out the count itself ("applied once", "مقالان"), never anything else.
  const count = Object.entries(english.placeholders ?? {})
    .find(([, p]) => p.content === '$1')?.[0]
    .toLowerCase();
  const unknown = used.filter((name) => !enUsed.includes(name));
  const lost = enUsed.filter((name) => name !== count && !used.includes(name));
  if (unknown.length > 0 || lost.length > 0)
    problems.push(
      `message of ${key} uses [${used.join(',')}] instead of [${enUsed.join(',')}]${count ? ` (${count} optional)` : ''}`,
    );
}

/**
 * Problems of one locale measured against English; empty when it is complete and consistent. A plural
 * family (English `base_other`, `base_one`…) must have exactly the categories of the locale's language
 * (`lang`), each with the placeholders of English `base_other`.
 */
export function compareLocale(en: LocaleMessages, other: LocaleMessages, lang: string): string[] {
  const problems: string[] = [];
  const bases = new Set(pluralBases(en));
  for (const key of Object.keys(en)) {
    if (pluralBaseOf(key, bases)) continue;
    const entry = other[key];
    if (!entry) {
      problems.push(`missing key ${key}`);
      continue;
    }
    compareEntry(problems, key, entry, en[key] as LocaleMessage, false);
  }
  for (const base of bases) {
    const english = en[`${base}_other`] as LocaleMessage;
    for (const key of pluralKeys(base, lang)) {
      const entry = other[key];
      if (!entry) problems.push(`missing key ${key}`);
      else compareEntry(problems, key, entry, english, true);
    }
  }
  for (const key of Object.keys(other)) {
    const base = pluralBaseOf(key, bases);
    if (base ? !pluralKeys(base, lang).includes(key) : !(key in en)) problems.push(`extra key ${key}`);
  }
  return problems;
}

/**
 * The entries a locale lacks (or has empty), in English order, for a translator's delta. A plural family
 * asks for the categories of the locale's language, each with the English form closest to it and counts
 * that take it.
 */
export function missingEntries(
  en: LocaleMessages,
  other: LocaleMessages,
  lang: string,
): Array<{ key: string } & LocaleMessage> {
  const bases = new Set(pluralBases(en));
  const done = new Set<string>();
  const out: Array<{ key: string } & LocaleMessage> = [];
  const push = (key: string, entry: LocaleMessage, note = '') => {
    if (other[key]?.message?.trim()) return;
    const description = `${entry.description ?? ''}${note}`.trim();
    out.push({
      key,
      message: entry.message,
      ...(description ? { description } : {}),
      ...(entry.placeholders ? { placeholders: entry.placeholders } : {}),
    });
  };
  for (const [key, entry] of Object.entries(en)) {
    const base = pluralBaseOf(key, bases);
    if (!base) {
      push(key, entry);
      continue;
    }
    if (done.has(base)) continue;
    done.add(base);
    for (const category of pluralCategories(lang)) {
      const english = en[`${base}_${category}`] ?? (en[`${base}_other`] as LocaleMessage);
      const examples = pluralExamples(lang, category).join(', ');
      push(`${base}_${category}`, english, ` Plural category "${category}": counts like ${examples}.`);
    }
  }
  return out;
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
    ...['entrypoints', 'components', 'hooks', 'utils'].flatMap((sub) => walk(path.join(dir, sub))),
    path.join(dir, 'wxt.config.ts'),
  ];
}
