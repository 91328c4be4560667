import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compareLocale,
  type LocaleMessages,
  languageTag,
  loadLocale,
  localeNames,
  missingEntries,
  pluralBases,
  pluralCategories,
  referencedPlaceholders,
  sourceFiles,
} from '../../scripts/i18n-lib';

const en = loadLocale('en');
const others = localeNames().filter((lang) => lang !== 'en');
const sources = sourceFiles().map((file) => readFileSync(file, 'utf8'));

describe('the English catalogue', () => {
  it('is there and non-trivial', () => {
    expect(Object.keys(en).length).toBeGreaterThan(100);
  });

  it('has a message and a description for every key, and declares every placeholder it uses', () => {
    const problems = Object.entries(en).flatMap(([key, entry]) => [
      ...(entry.message?.trim() ? [] : [`empty message ${key}`]),
      ...(entry.description?.trim() ? [] : [`no description for ${key}`]),
      ...referencedPlaceholders(entry.message)
        .filter(
          (name) =>
            !Object.keys(entry.placeholders ?? {}).some((declared) => declared.toLowerCase() === name),
        )
        .map((name) => `${key} uses undeclared $${name}$`),
      ...Object.entries(entry.placeholders ?? {})
        .filter(([, placeholder]) => !placeholder.example)
        .map(([name]) => `${key}: placeholder ${name} has no example`),
    ]);
    expect(problems).toEqual([]);
  });
});

describe('comparing a locale with English', () => {
  const base: LocaleMessages = {
    hello: { message: 'Hello $NAME$', placeholders: { name: { content: '$1', example: 'Ada' } } },
    bye: { message: 'Bye' },
  };

  it('accepts a complete translation, placeholder names matched case-insensitively', () => {
    const de = {
      hello: { message: 'Hallo $Name$', placeholders: { NAME: { content: '$1' } } },
      bye: { message: 'Tschüss' },
    };
    expect(compareLocale(base, de, 'de')).toEqual([]);
  });

  it('reports missing, extra, empty and mismatched entries', () => {
    const broken = {
      hello: { message: 'Hallo $WHO$', placeholders: { who: { content: '$1' } } },
      bye: { message: '  ' },
      extra: { message: 'Mehr' },
    };
    expect(compareLocale(base, broken, 'de')).toEqual([
      'placeholders of hello: [who] instead of [name]',
      'message of hello uses [who] instead of [name]',
      'empty message bye',
      'extra key extra',
    ]);
    expect(compareLocale(base, { bye: { message: 'Tschüss' } }, 'de')).toEqual(['missing key hello']);
  });

  it('lists the delta a translator has to fill in, with the English context', () => {
    expect(missingEntries(base, { bye: { message: 'Tschüss' } }, 'de')).toEqual([
      {
        key: 'hello',
        message: 'Hello $NAME$',
        placeholders: { name: { content: '$1', example: 'Ada' } },
      },
    ]);
  });
});

describe('plural families', () => {
  // Categories as CLDR has them (what the pages' Intl.PluralRules picks from), written out by hand.
  it.each([
    ['en', ['one', 'other']],
    ['de', ['one', 'other']],
    ['uk', ['one', 'few', 'many', 'other']],
    ['ar', ['zero', 'one', 'two', 'few', 'many', 'other']],
    ['ja', ['other']],
  ])('%s needs the categories %j', (lang, categories) => {
    expect(pluralCategories(lang)).toEqual(categories);
  });

  const count = { count: { content: '$1', example: '3' }, when: { content: '$2', example: 'today' } };
  const english: LocaleMessages = {
    synced_one: { message: '$COUNT$ article in sync at $WHEN$', placeholders: count },
    synced_other: { message: '$COUNT$ articles in sync at $WHEN$', placeholders: count },
  };
  const form = (message: string) => ({ message, placeholders: count });
  const ukrainian = {
    synced_one: form('Синхронізовано $COUNT$ статтю о $WHEN$'),
    synced_few: form('Синхронізовано $COUNT$ статті о $WHEN$'),
    synced_many: form('Синхронізовано $COUNT$ статей о $WHEN$'),
    synced_other: form('Синхронізовано $COUNT$ статті о $WHEN$'),
  };

  it('takes a family with exactly the categories of the language, and the count left out of a form', () => {
    expect(compareLocale(english, english, 'en')).toEqual([]);
    expect(compareLocale(english, ukrainian, 'uk')).toEqual([]);
    const arabic = {
      synced_zero: form('لا مقالات متزامنة عند $WHEN$'),
      synced_one: form('مقال واحد متزامن عند $WHEN$'),
      synced_two: form('مقالان متزامنان عند $WHEN$'),
      synced_few: form('$COUNT$ مقالات متزامنة عند $WHEN$'),
      synced_many: form('$COUNT$ مقالًا متزامنًا عند $WHEN$'),
      synced_other: form('$COUNT$ مقال متزامن عند $WHEN$'),
    };
    expect(compareLocale(english, arabic, 'ar')).toEqual([]);
  });

  it('reports a missing category, a category the language does not have, and a lost placeholder', () => {
    const { synced_few: _few, ...withoutFew } = ukrainian;
    expect(compareLocale(english, withoutFew, 'uk')).toEqual(['missing key synced_few']);
    expect(compareLocale(english, { ...ukrainian, synced_two: form('$COUNT$ $WHEN$') }, 'uk')).toEqual([
      'extra key synced_two',
    ]);
    // German has no "few": the Ukrainian family is wrong there.
    expect(compareLocale(english, ukrainian, 'de')).toEqual([
      'extra key synced_few',
      'extra key synced_many',
    ]);
    expect(compareLocale(english, { ...ukrainian, synced_many: form('$COUNT$ статей') }, 'uk')).toEqual([
      'message of synced_many uses [count] instead of [count,when] (count optional)',
    ]);
    expect(
      compareLocale(english, { ...ukrainian, synced_one: { message: 'одну статтю о $WHEN$' } }, 'uk'),
    ).toEqual(['placeholders of synced_one: [] instead of [count,when]']);
  });

  it("asks a translator for the language's categories, with counts that take each", () => {
    const delta = missingEntries(english, {}, 'uk');
    expect(delta.map((entry) => entry.key)).toEqual([
      'synced_one',
      'synced_few',
      'synced_many',
      'synced_other',
    ]);
    expect(delta[0]?.message).toBe('$COUNT$ article in sync at $WHEN$');
    expect(delta[1]?.message).toBe('$COUNT$ articles in sync at $WHEN$');
    expect(delta[1]?.description).toContain('"few": counts like 2, 3, 4, 22, 23, 24');
    expect(delta[2]?.description).toContain('"many": counts like 0, 5, 6, 7, 8, 9');
    expect(missingEntries(english, ukrainian, 'uk')).toEqual([]);
  });

  it('the catalogue has plural families, and English has exactly its own categories for each', () => {
    expect(pluralBases(en).length).toBeGreaterThanOrEqual(10);
    expect(compareLocale(en, en, 'en')).toEqual([]);
  });
});

describe.each(others.map((lang) => [lang]))('the %s locale', (lang) => {
  it('has exactly the keys and placeholders of English, and no empty message', () => {
    expect(compareLocale(en, loadLocale(lang), lang)).toEqual([]);
  });

  it('names its own language in catalogueLanguage (the pages pick plural rules by it)', () => {
    expect(loadLocale(lang).catalogueLanguage?.message).toBe(languageTag(lang));
  });
});

describe('keys used by the source', () => {
  // t(), getMessage(), localized() and failure() with a literal key, and __MSG_key__ in the manifest.
  const used = new Set(
    sources.flatMap((source) => [
      ...[...source.matchAll(/\b(?:t|getMessage|localized|failure)\(\s*['"`]([A-Za-z0-9_]+)['"`]/g)].map(
        (match) => match[1] ?? '',
      ),
      ...[...source.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((match) => match[1] ?? ''),
    ]),
  );
  // tPlural('base', …) uses every form of the family.
  const pluralUsed = new Set(
    sources.flatMap((source) =>
      [...source.matchAll(/\btPlural\(\s*['"`]([A-Za-z0-9_]+)['"`]/g)].map((match) => match[1] ?? ''),
    ),
  );
  const bases = new Set(pluralBases(en));

  it('finds the calls', () => {
    expect(used.size).toBeGreaterThan(100);
    expect(pluralUsed.size).toBeGreaterThanOrEqual(10);
  });

  it('every key passed to t() / getMessage() / __MSG_ exists in English', () => {
    expect([...used].filter((key) => !(key in en)).sort()).toEqual([]);
  });

  it('every base passed to tPlural() is a plural family in English', () => {
    expect([...pluralUsed].filter((base) => !bases.has(base)).sort()).toEqual([]);
  });

  it('every English key is used somewhere in the source', () => {
    // Keys picked through a table (Record<Reason, MessageKey>) appear as a quoted literal, not in a t() call.
    const literals = new Set(
      sources.flatMap((source) =>
        [...source.matchAll(/['"`]([A-Za-z0-9_]+)['"`]/g)].map((match) => match[1] ?? ''),
      ),
    );
    const familyOf = (key: string) => {
      const match = /^(.+)_(zero|one|two|few|many|other)$/.exec(key);
      return match?.[1] && bases.has(match[1]) ? match[1] : undefined;
    };
    const unused = Object.keys(en).filter((key) => {
      const base = familyOf(key);
      if (base) return !pluralUsed.has(base);
      return !used.has(key) && !literals.has(key);
    });
    expect(unused).toEqual([]);
  });
});
