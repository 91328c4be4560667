/**
 * Odd input never throws and the result contract always holds: empty and huge texts, unbalanced quotation
 * marks, no or invalid language tags, odd limits, and generated texts mixing every mark the engine knows.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../utils/article/types';
import { suggestQuotes } from '../../../utils/quotes';
import { article, directQuotes, expectContract, suggest } from './helpers';

describe('empty and blank text', () => {
  it.each([[''], ['   '], ['\n\n\n\n'], ['“”'], ['…']])('%j gives nothing', (text) => {
    expect(suggest(article(text))).toEqual([]);
  });

  it('survives an article without text or title (bad JSON from storage)', () => {
    const broken = { ...article('x'), text: undefined, title: undefined } as unknown as Article;
    expect(suggestQuotes(broken)).toEqual([]);
  });
});

describe('a 10,000-word article', () => {
  const paragraph = (i: number): string =>
    `In district ${i}, officials said more than ${i * 10} homes were flooded overnight, and that the barriers never held. ` +
    `“We have never seen the river rise this fast in district ${i},” said Maria Gonzalez${i % 2 === 0 ? '' : ', the mayor'}. ` +
    `It’s the council’s job to fix it, but the players’ union and the ‘old guard’ disagree about how to pay for it.`;
  const paragraphs = Array.from({ length: 200 }, (_, i) => paragraph(i));
  const text = paragraphs.join('\n\n');

  it('returns the default twelve candidates, speakers first', () => {
    expect(text.split(/\s+/).length).toBeGreaterThan(10_000);
    const result = suggest(article(text));
    expect(result).toHaveLength(12);
    expect(result.every((c) => c.kind === 'direct' && c.speaker === 'Maria Gonzalez')).toBe(true);
  });

  it('returns every candidate when asked', () => {
    const result = suggest(article(text), { limit: Number.POSITIVE_INFINITY });
    // 200 quotations; 2 sentences per paragraph are eligible, and the one every paragraph repeats word for
    // word is offered once: 200 + 1.
    expect(directQuotes(result)).toHaveLength(200);
    expect(result.filter((c) => c.kind === 'sentence').length).toBe(201);
  });
});

describe('unbalanced and stray marks', () => {
  it.each([
    [
      'an opening mark never closed',
      'He said “this is not going to happen without a fight and everyone knows it.',
    ],
    [
      'a closing mark never opened',
      'This is not going to happen without a fight,” said Maria Gonzalez on Monday.',
    ],
    [
      'marks of different styles',
      '“This is not going to happen without a fight», said Maria Gonzalez on Monday.',
    ],
    [
      'a stray straight quote',
      'The 5" pipe burst and flooded 20 homes in the old town, officials said on Monday.',
    ],
    ['only marks', '“““ ””” ‘‘‘ ’’’ „„„ «« »» 「「 」」 """ \'\'\''],
  ])('%s: no quotation, no error', (_case, text) => {
    expect(directQuotes(suggest(article(text)))).toEqual([]);
  });

  it('recovers after an unclosed mark in an earlier paragraph', () => {
    const text = [
      'He said “this never ends.',
      '“We will rebuild every school that was destroyed,” said Maria Gonzalez.',
    ].join('\n\n');
    expect(directQuotes(suggest(article(text))).map((c) => c.text)).toEqual([
      'We will rebuild every school that was destroyed',
    ]);
  });

  it('handles a very deep nesting of marks', () => {
    const text = `${'“‘«„'.repeat(200)}We will rebuild every school that was destroyed`;
    expect(() => suggest(article(text))).not.toThrow();
  });
});

describe('languages and scripts', () => {
  it.each([
    ['no language', null],
    ['an invalid language tag', 'en_GB'],
    ['garbage', '!!not a tag!!'],
    ['an unknown language', 'tlh'],
  ])('%s', (_case, lang) => {
    const result = suggest(
      article('“We will rebuild every school that was destroyed,” said Maria Gonzalez.', lang),
    );
    expect(directQuotes(result).map((c) => c.speaker)).toEqual(['Maria Gonzalez']);
  });

  it('handles emoji, combining marks and lone surrogates', () => {
    const text = `Cafe\u0301 owners 🌊 said “the flood 🌊 destroyed every single thing we had built” \ud800 on Monday. ${'🌊'.repeat(50)}`;
    expect(() => suggest(article(text))).not.toThrow();
  });

  it('handles Hebrew with straight quotes, right to left', () => {
    const text = 'ראש העירייה אמר: "נבנה מחדש כל בית ספר שנהרס בשיטפון הגדול". התושבים מחכים.';
    const result = suggest({ ...article(text, 'he'), dir: 'rtl' });
    expect(directQuotes(result).map((c) => c.text)).toEqual(['נבנה מחדש כל בית ספר שנהרס בשיטפון הגדול']);
  });
});

describe('limits', () => {
  const input = article(
    '“We will rebuild every school that was destroyed,” said Maria Gonzalez. The council approved 40 million euros for new flood barriers on Monday.',
  );
  it.each([
    [0, 0],
    [-3, 0],
    [1, 1],
    [1.7, 1],
    [Number.NaN, 2],
  ])('limit %s gives %s', (limit, count) => {
    expect(suggest(input, { limit: Number.isNaN(limit) ? undefined : limit })).toHaveLength(count);
    expect(suggestQuotes(input, { limit })).toHaveLength(count);
  });
});

/** A small deterministic generator (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'the',
  'river',
  'rose',
  'never',
  'more than 40',
  'Maria Gonzalez',
  'Mr Okafor',
  'Dmitry Peskov',
  'Kremlin spokesman',
  'said',
  'she said',
  'he added',
  'sagte',
  'a déclaré',
  'selon',
  'according to',
  'It’s',
  'Kyiv’s',
  'players’',
  "it's",
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  '«',
  '»',
  '„',
  '“',
  '‚',
  '‹',
  '›',
  '「',
  '」',
  '『',
  '』',
  ',',
  '.',
  ':',
  '?',
  '—',
  'Photo:',
  'Sign up',
  '交渉は続ける',
  'الحوار',
  '\n',
  '\n\n',
  '\u00a0',
  '\u00ad',
];

describe('generated texts', () => {
  it.each(Array.from({ length: 60 }, (_, i) => [i]))('seed %i keeps the contract', (seed) => {
    const next = random(seed + 1);
    const length = 20 + Math.floor(next() * 400);
    const parts: string[] = [];
    for (let i = 0; i < length; i++) parts.push(PIECES[Math.floor(next() * PIECES.length)] ?? '');
    const text = parts.join(next() < 0.5 ? ' ' : '');
    const input = article(text, ['en', 'de', 'fr', 'ja', null][seed % 5] ?? null, 'The river rose');
    // A selection cut from the text, with its whitespace changed as a page would.
    const from = Math.floor(next() * text.length);
    const selection = text.slice(from, from + 40).replace(/\s+/g, ' ');
    const options = { selection, limit: 1 + Math.floor(next() * 20) };
    expectContract(input, suggestQuotes(input, options), options);
  });
});
