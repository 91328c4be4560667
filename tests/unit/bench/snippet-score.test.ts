import { describe, expect, it } from 'vitest';
import { isNoOutput, normSnippet, scorePage, snippetMetrics, sumConfusion } from '../../bench/snippet-score';

describe('normSnippet: Python re \\s, not JavaScript \\s', () => {
  it.each([
    ['plain text', 'a b', 'a b'],
    ['runs collapse to one space', 'a \t\n\r\v\f b', 'a b'],
    ['ends are trimmed', '  a b \n', 'a b'],
    ['only whitespace', ' \n\t ', ''],
    ['empty', '', ''],
    ['NBSP U+00A0 is whitespace', 'a\u00a0b', 'a b'],
    ['NEL U+0085 is whitespace (not in JS \\s)', 'a\u0085b', 'a b'],
    ['U+001C file separator is whitespace (not in JS \\s)', 'a\u001cb', 'a b'],
    ['U+001D-U+001F are whitespace (not in JS \\s)', 'a\u001d\u001e\u001fb', 'a b'],
    ['U+001B is not whitespace', 'a\u001bb', 'a\u001bb'],
    ['BOM U+FEFF is not whitespace (it is in JS \\s)', 'a\ufeffb', 'a\ufeffb'],
    ['leading BOM is kept', '\ufeffa', '\ufeffa'],
    ['U+1680, U+2000-U+200A, U+2028, U+2029', 'a\u1680\u2000\u200a\u2028\u2029b', 'a b'],
    ['U+202F, U+205F, U+3000', 'a\u202fb\u205fc\u3000d', 'a b c d'],
    ['zero-width space U+200B is not whitespace', 'a\u200bb', 'a\u200bb'],
    ['no case, quote or dash folding', 'Ä „x“ – y', 'Ä „x“ – y'],
  ])('%s', (_label, input, expected) => {
    expect(normSnippet(input)).toBe(expected);
  });
});

describe('scorePage', () => {
  const truth = { with: ['main text', 'second  para'], without: ['Share this', 'Imprint'] };

  it.each([
    ['all found', 'main text. second para', { tp: 2, fn: 0, fp: 0, tn: 2 }],
    ['one missing, one leaked', 'main text. Share this', { tp: 1, fn: 1, fp: 1, tn: 1 }],
    [
      'matching is after normalisation on both sides',
      'main\n\ntext second\u00a0para',
      { tp: 2, fn: 0, fp: 0, tn: 2 },
    ],
    ['case-sensitive', 'MAIN TEXT second para', { tp: 1, fn: 1, fp: 0, tn: 2 }],
    ['a snippet spanning joined blocks is lost', 'mainText second para', { tp: 1, fn: 1, fp: 0, tn: 2 }],
    ['everything leaked', 'main text second para Share this Imprint', { tp: 2, fn: 0, fp: 2, tn: 0 }],
  ])('%s', (_label, prediction, expected) => {
    expect(scorePage(truth, prediction)).toMatchObject(expected);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['empty string', ''],
  ])('no output (%s): every "with" is FN, every "without" TN', (_label, prediction) => {
    expect(scorePage(truth, prediction)).toEqual({
      tp: 0,
      fn: 2,
      fp: 0,
      tn: 2,
      missed: ['main text', 'second  para'],
      leaked: [],
    });
  });

  it('whitespace-only output finds no snippet', () => {
    expect(scorePage(truth, ' \n ')).toMatchObject({ tp: 0, fn: 2, fp: 0, tn: 2 });
  });

  it('lists missed and leaked snippets as given (not normalised)', () => {
    const score = scorePage(truth, 'Imprint');
    expect(score.missed).toEqual(['main text', 'second  para']);
    expect(score.leaked).toEqual(['Imprint']);
  });

  it('isNoOutput', () => {
    expect([null, undefined, '', ' ', 'x'].map(isNoOutput)).toEqual([true, true, true, false, false]);
  });
});

describe('sumConfusion: micro-average over pages', () => {
  it('sums counts, pages unweighted', () => {
    expect(
      sumConfusion([
        { tp: 1, fn: 2, fp: 3, tn: 4 },
        { tp: 10, fn: 0, fp: 0, tn: 1 },
      ]),
    ).toEqual({ tp: 11, fn: 2, fp: 3, tn: 5 });
  });

  it('empty input is all zero', () => {
    expect(sumConfusion([])).toEqual({ tp: 0, fn: 0, fp: 0, tn: 0 });
  });
});

describe('snippetMetrics', () => {
  it('reproduces the README baseline row (TP 624, FN 46, FP 92, TN 579)', () => {
    const m = snippetMetrics({ tp: 624, fn: 46, fp: 92, tn: 579 });
    expect([m.precision, m.recall, m.accuracy, m.f1].map((x) => x.toFixed(3))).toEqual([
      '0.872',
      '0.931',
      '0.897',
      '0.900',
    ]);
  });

  it.each([
    ['all zero', { tp: 0, fn: 0, fp: 0, tn: 0 }, { precision: 0, recall: 0, accuracy: 0, f1: 0 }],
    [
      'no positives predicted',
      { tp: 0, fn: 3, fp: 0, tn: 3 },
      { precision: 0, recall: 0, accuracy: 0.5, f1: 0 },
    ],
    ['no "with" snippets', { tp: 0, fn: 0, fp: 1, tn: 1 }, { precision: 0, recall: 0, accuracy: 0.5, f1: 0 }],
    ['perfect', { tp: 2, fn: 0, fp: 0, tn: 2 }, { precision: 1, recall: 1, accuracy: 1, f1: 1 }],
  ])('%s: a zero denominator gives 0, never NaN', (_label, counts, expected) => {
    expect(snippetMetrics(counts)).toEqual(expected);
  });
});
