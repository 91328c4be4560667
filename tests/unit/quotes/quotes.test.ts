/** Finding quotations: every quotation style, the apostrophe trap, fragments, CJK and Arabic text. */
import { describe, expect, it } from 'vitest';
import { article, directQuotes, speakers, suggest } from './helpers';

const LINE = 'The river has never been this high in living memory';

describe('quotation styles', () => {
  it.each([
    ['English “…”', 'en', `“${LINE},” said Maria Gonzalez.`],
    ['straight "…"', 'en', `"${LINE}," said Maria Gonzalez.`],
    ['British ‘…’', 'en', `‘${LINE},’ said Maria Gonzalez.`],
    ["straight '…'", 'en', `'${LINE},' said Maria Gonzalez.`],
    ['German „…“', 'de', `„${LINE}“, sagte Maria Gonzalez.`],
    ['Polish-style „…”', 'en', `„${LINE}”, said Maria Gonzalez.`],
    ['German single ‚…‘', 'de', `‚${LINE}‘, sagte Maria Gonzalez.`],
    ['German »…«', 'de', `»${LINE}«, sagte Maria Gonzalez.`],
    ['French « … »', 'fr', `« ${LINE} », a déclaré Maria Gonzalez.`],
    ['Swiss «…»', 'de', `«${LINE}», sagte Maria Gonzalez.`],
    ['single guillemets ‹…›', 'fr', `‹ ${LINE} ›, a déclaré Maria Gonzalez.`],
    ['corner brackets 「…」', 'en', `「${LINE}」, said Maria Gonzalez.`],
    ['white corner brackets 『…』', 'en', `『${LINE}』, said Maria Gonzalez.`],
    ['two commas typed for „ and closed by "', 'pl', `,,${LINE}" – powiedziała Maria Gonzalez.`],
    ['two commas typed for „ and closed by ”', 'de', `Maria Gonzalez sagte am Montag: ,,${LINE}”.`],
  ])('%s', (_style, lang, text) => {
    expect(speakers(suggest(article(text, lang)))).toEqual([[LINE, 'Maria Gonzalez', undefined]]);
  });

  it('keeps a nested quotation inside its outer one', () => {
    const text = '“Otherwise, new ‘missile crises’ are unavoidable in Europe,” said Vladimir Ermakov.';
    expect(speakers(suggest(article(text)))).toEqual([
      ['Otherwise, new ‘missile crises’ are unavoidable in Europe', 'Vladimir Ermakov', undefined],
    ]);
  });

  it('keeps a quotation of several sentences whole', () => {
    const text =
      'Vladimir Ermakov spoke on Thursday. “The problems must be urgently addressed. Otherwise, new crises are unavoidable,” he said.';
    expect(speakers(suggest(article(text)))).toEqual([
      [
        'The problems must be urgently addressed. Otherwise, new crises are unavoidable',
        'Vladimir Ermakov',
        undefined,
      ],
    ]);
  });
});

describe('the apostrophe trap: ’ is also the apostrophe', () => {
  it('reads a straight possessive glued to an initial or an abbreviation as no opening mark', () => {
    const text =
      "Many readers thought Jan K.'s Substack essay broke the whole story open. In truth, the NGOs' critics had said so for years.";
    expect(directQuotes(suggest(article(text)))).toEqual([]);
  });

  it('finds no quotation in text with only apostrophes', () => {
    const text =
      'It’s Kyiv’s decision, and the players’ union agreed with it on Monday. Rock ’n’ roll isn’t dead, the ’90s band said.';
    expect(directQuotes(suggest(article(text)))).toEqual([]);
  });

  it.each([
    [
      'apostrophes inside a single-quoted quotation',
      '‘Kyiv’s defence is not negotiable, and it’s final,’ said Maria Gonzalez.',
      'Kyiv’s defence is not negotiable, and it’s final',
    ],
    [
      'a plural possessive inside a single-quoted quotation',
      '‘The players’ union will decide this on its own terms,’ said Maria Gonzalez.',
      'The players’ union will decide this on its own terms',
    ],
    [
      'straight apostrophes inside a straight single-quoted quotation',
      "'It's Kyiv's decision and nobody else's to make,' said Maria Gonzalez.",
      "It's Kyiv's decision and nobody else's to make",
    ],
    [
      'an elision inside a double-quoted quotation',
      '“Rock ’n’ roll will never die in this town,” said Maria Gonzalez.',
      'Rock ’n’ roll will never die in this town',
    ],
    [
      'an apostrophe before the quotation',
      'It’s Kyiv’s call. “We will not give up a single village in the east,” said Maria Gonzalez.',
      'We will not give up a single village in the east',
    ],
  ])('%s', (_case, text, quote) => {
    expect(speakers(suggest(article(text)))).toEqual([[quote, 'Maria Gonzalez', undefined]]);
  });
});

describe('fragments and short quotations', () => {
  it.each([
    ['a four-word borrowed phrase', 'Dmitry Peskov said it presented “little ground for optimism”.'],
    ['a three-word full quotation', '“We will win,” said Maria Gonzalez.'],
    ['a scare quote', 'The so-called “peace plan” was rejected by Maria Gonzalez on Monday.'],
    ['a title in quotation marks', 'The book “War and Peace in the Modern Age” sold well in Berlin.'],
  ])('rejects %s', (_case, text) => {
    expect(directQuotes(suggest(article(text)))).toEqual([]);
  });

  it('offers a fragment of five words or more whose source is no person without a speaker (a document’s words)', () => {
    // Issue 14: documents, reports and laws are quoted too; the reader names the source or leaves it blank.
    const text = 'The report called the plan “a waste of money and of everybody’s time” and moved on.';
    expect(speakers(suggest(article(text)))).toEqual([
      ['a waste of money and of everybody’s time', undefined, undefined],
    ]);
  });

  it('accepts a fragment of five words or more with a named speaker, below full quotations', () => {
    const text =
      'Maria Gonzalez said there was “no positive response on the main issue”. “We will keep asking until we get an answer,” she added.';
    const result = directQuotes(suggest(article(text)));
    expect(result.map((c) => [c.text, c.speaker])).toEqual([
      ['We will keep asking until we get an answer', 'Maria Gonzalez'],
      ['no positive response on the main issue', 'Maria Gonzalez'],
    ]);
  });
});

describe('scripts without letter case', () => {
  it('finds 「…」 quotations in Japanese', () => {
    const text =
      'ペスコフ報道官は「対話を続ける見通しは常にあり、それは双方の利益になる」と述べた。\n\n首相は『この国の未来は私たち一人ひとりの手の中にある』と語った。';
    const quotes = directQuotes(suggest(article(text, 'ja')));
    expect(quotes.map((c) => [c.text, c.paragraph])).toEqual(
      expect.arrayContaining([
        ['対話を続ける見通しは常にあり、それは双方の利益になる', 0],
        ['この国の未来は私たち一人ひとりの手の中にある', 1],
      ]),
    );
    // Names in Japanese have no capitals to find them by: no speaker is guessed.
    expect(quotes.every((c) => c.speaker === undefined)).toBe(true);
  });

  it('finds «…» quotations in Arabic', () => {
    const text =
      'وقال المتحدث باسم الكرملين «هناك دائما آفاق لمواصلة الحوار مع الأمريكيين». وأضاف أن المحادثات ستستمر.';
    const input = { ...article(text, 'ar'), dir: 'rtl' as const };
    expect(directQuotes(suggest(input)).map((c) => c.text)).toEqual([
      'هناك دائما آفاق لمواصلة الحوار مع الأمريكيين',
    ]);
  });
});

describe('a passage the page repeats', () => {
  it('is offered once, as when a pull-quote box repeats a paragraph', () => {
    const said = '“We are not choosing between boats and buses,” said the committee chair, Jonas Ekholm.';
    const text = [
      said,
      'The vote passed by a narrow margin of 27 votes to 24 on Tuesday evening.',
      said,
    ].join('\n\n');
    const texts = suggest(article(text)).map((candidate) => candidate.text);
    expect(texts.filter((quote) => quote === 'We are not choosing between boats and buses')).toHaveLength(1);
  });
});
