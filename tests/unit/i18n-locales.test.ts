import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compareLocale,
  type LocaleMessages,
  loadLocale,
  localeNames,
  missingEntries,
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
    expect(compareLocale(base, de)).toEqual([]);
  });

  it('reports missing, extra, empty and mismatched entries', () => {
    const broken = {
      hello: { message: 'Hallo $WHO$', placeholders: { who: { content: '$1' } } },
      bye: { message: '  ' },
      extra: { message: 'Mehr' },
    };
    expect(compareLocale(base, broken)).toEqual([
      'placeholders of hello: [who] instead of [name]',
      'message of hello uses [who] instead of [name]',
      'empty message bye',
      'extra key extra',
    ]);
    expect(compareLocale(base, { bye: { message: 'Tschüss' } })).toEqual(['missing key hello']);
  });

  it('lists the delta a translator has to fill in, with the English context', () => {
    expect(missingEntries(base, { bye: { message: 'Tschüss' } })).toEqual([
      {
        key: 'hello',
        message: 'Hello $NAME$',
        placeholders: { name: { content: '$1', example: 'Ada' } },
      },
    ]);
  });
});

describe.each(others.map((lang) => [lang]))('the %s locale', (lang) => {
  it('has exactly the keys and placeholders of English, and no empty message', () => {
    expect(compareLocale(en, loadLocale(lang))).toEqual([]);
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

  it('finds the calls', () => {
    expect(used.size).toBeGreaterThan(100);
  });

  it('every key passed to t() / getMessage() / __MSG_ exists in English', () => {
    expect([...used].filter((key) => !(key in en)).sort()).toEqual([]);
  });

  it('every English key is used somewhere in the source', () => {
    // Keys picked through a table (Record<Reason, MessageKey>) appear as a quoted literal, not in a t() call.
    const literals = new Set(
      sources.flatMap((source) =>
        [...source.matchAll(/['"`]([A-Za-z0-9_]+)['"`]/g)].map((match) => match[1] ?? ''),
      ),
    );
    const unused = Object.keys(en).filter((key) => !used.has(key) && !literals.has(key));
    expect(unused).toEqual([]);
  });
});
