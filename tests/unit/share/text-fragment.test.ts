import { describe, expect, it } from 'vitest';
import {
  buildTextDirective,
  encodeTextDirective,
  findTextFragmentMatch,
  findTextFragmentMatches,
  parseTextDirective,
  textFragmentUrl,
} from '@/utils/share';

const URL = 'https://e.com/a';

describe('encodeTextDirective / parseTextDirective', () => {
  it('percent-encodes every part, including - , & % and the characters linkifiers trim', () => {
    const directive = { prefix: 'a-b', textStart: 'c,d', textEnd: 'e&f', suffix: "100% (x)! it's." };
    const encoded = 'text=a%2Db-,c%2Cd,e%26f,-100%25%20%28x%29%21%20it%27s%2E';
    expect(encodeTextDirective(directive)).toBe(encoded);
    expect(parseTextDirective(encoded)).toEqual(directive);
  });

  it('reads the first text directive of a URL', () => {
    expect(parseTextDirective('https://e.com/#sec:~:other=1&text=foo,-bar&text=baz')).toEqual({
      textStart: 'foo',
      suffix: 'bar',
    });
  });

  it.each([
    ['no directive', 'https://e.com/#sec'],
    ['empty', 'text='],
    ['three parts without markers', 'text=a,b,c'],
    ['empty prefix', 'text=-,x'],
    ['empty suffix', 'text=x,-'],
    ['bad escape', 'text=%E0%A4%A'],
  ])('rejects %s', (_name, input) => {
    expect(parseTextDirective(input)).toBeNull();
  });
});

describe('textFragmentUrl', () => {
  it.each([
    [
      'a unique short quote, whole',
      'Alpha beta gamma.\n\nDelta epsilon zeta.',
      'beta gamma',
      'text=beta%20gamma',
      'beta gamma',
    ],
    [
      '- , & % ( ) . encoded',
      'Intro.\n\nRock-paper, scissors & 100% fun (really).\n\nEnd.',
      'Rock-paper, scissors & 100% fun (really).',
      'text=Rock%2Dpaper%2C%20scissors%20%26%20100%25%20fun%20%28really%29%2E',
      'Rock-paper, scissors & 100% fun (really).',
    ],
    [
      'a prefix when the start is not unique',
      'I saw the cat sat there. Then the cat sat down.',
      'the cat sat',
      'text=saw-,the%20cat%20sat',
      'the cat sat',
    ],
    [
      'a suffix when the quote opens its block',
      'The cat sat. Later the cat sat again.',
      'The cat sat',
      'text=The%20cat%20sat,-%2E%20Later',
      'The cat sat',
    ],
    [
      'case-insensitive, written in the page’s case',
      'The cat sat. Later the cat sat again.',
      'the CAT sat',
      'text=The%20cat%20sat,-%2E%20Later',
      'The cat sat',
    ],
    [
      'start and end words for a long quote',
      'Intro line.\n\nThe committee met on a grey Tuesday morning to decide the fate of the old railway bridge.\n\nOutro.',
      'The committee met on a grey Tuesday morning to decide the fate of the old railway bridge.',
      'text=The%20committee%20met%20on,the%20old%20railway%20bridge%2E',
      'The committee met on a grey Tuesday morning to decide the fate of the old railway bridge.',
    ],
    [
      'a prefix when a long quote’s first words come earlier',
      'Once upon a time there was a fox. Once upon a time there lived a king who ruled the land with great wisdom and kindness for many years.',
      'Once upon a time there lived a king who ruled the land with great wisdom and kindness for many years.',
      'text=fox%2E-,Once%20upon%20a%20time,kindness%20for%20many%20years%2E',
      'Once upon a time there lived a king who ruled the land with great wisdom and kindness for many years.',
    ],
    [
      'a quote cut mid-word grows to whole words',
      'Alpha beta gamma.',
      'eta gam',
      'text=beta%20gamma',
      'beta gamma',
    ],
    [
      'a quote across two blocks: start in one, end in the other',
      'Intro.\n\nFirst para ends here.\n\nSecond para starts here and goes on.',
      'ends here.\n\nSecond para starts',
      'text=ends%20here,Second%20para%20starts',
      'ends here.\n\nSecond para starts',
    ],
    [
      'whitespace inside a block collapsed',
      'Alpha beta\n   gamma delta.',
      'beta gamma',
      'text=beta%20gamma',
      'beta\n   gamma',
    ],
    [
      'accents folded, written as the page has them',
      'Un café au lait.',
      'CAFÉ au lait',
      'text=caf%C3%A9%20au%20lait',
      'café au lait',
    ],
    [
      'Arabic',
      'مرحبا بالعالم. إن العلم في الصغر كالنقش على الحجر.',
      'العلم في الصغر',
      `text=${encodeURIComponent('العلم في الصغر')}`,
      'العلم في الصغر',
    ],
    [
      'Japanese (no spaces)',
      '吾輩は猫である。名前はまだ無い。',
      '名前はまだ無い',
      `text=${encodeURIComponent('名前はまだ無い')}`,
      '名前はまだ無い',
    ],
  ])('%s', (_name, pageText, quote, directive, highlighted) => {
    const url = textFragmentUrl(URL, quote, pageText);
    expect(url).toBe(`${URL}#:~:${directive}`);
    // The directive selects exactly one range, and it is the quote's.
    const matches = findTextFragmentMatches(url, pageText);
    expect(matches).toHaveLength(1);
    expect(pageText.slice(matches[0]?.start, matches[0]?.end)).toBe(highlighted);
  });

  const page = 'Alpha beta gamma.\n\nDelta epsilon zeta.';

  it.each([
    [
      'keeps an existing fragment before :~:',
      'https://e.com/a?utm_source=x&id=1#section-2',
      'https://e.com/a?id=1#section-2:~:text=beta%20gamma',
    ],
    [
      'replaces an existing text directive',
      'https://e.com/a#:~:text=old',
      'https://e.com/a#:~:text=beta%20gamma',
    ],
    [
      'keeps other directives after its own',
      'https://e.com/a#sec:~:text=old&other=x',
      'https://e.com/a#sec:~:text=beta%20gamma&other=x',
    ],
  ])('%s', (_name, url, expected) => {
    expect(textFragmentUrl(url, 'beta gamma', page)).toBe(expected);
  });

  it.each([
    ['the quote is not on the page', 'https://e.com/a?fbclid=1', 'omega', 'https://e.com/a'],
    ['no match drops a stale directive', 'https://e.com/a#top:~:text=old', 'omega', 'https://e.com/a#top'],
    ['an empty quote', 'https://e.com/a', '   ', 'https://e.com/a'],
    ['not an http URL', 'file:///tmp/a.html', 'beta gamma', 'file:///tmp/a.html'],
  ])('plain clean URL when %s', (_name, url, quote, expected) => {
    expect(textFragmentUrl(url, quote, page)).toBe(expected);
  });

  it('gives up (plain URL) when nothing on the page can tell two identical blocks apart', () => {
    expect(textFragmentUrl(URL, 'Same words here.', 'Same words here.\n\nSame words here.')).toBe(URL);
  });

  it('links the first of two identical sentences, told apart by the words after it', () => {
    const pageText = 'Same words here. One.\n\nSame words here. Two.';
    const url = textFragmentUrl(URL, 'Same words here.', pageText);
    expect(url).toBe(`${URL}#:~:text=Same%20words%20here%2E,-One`);
    expect(findTextFragmentMatches(url, pageText)).toEqual([{ start: 0, end: 16 }]);
  });

  it('every sentence of a repetitive page gets a unique directive that lands on it', () => {
    const sentences = [
      'The river rose in the night.',
      'The river rose again at dawn.',
      'By noon the river had reached the square.',
      'The mayor said the river would fall by evening, and the river did not fall by evening, nor by the next morning.',
      'People waited on the bridge.',
      'People waited on the hill, and people waited on the bridge again.',
    ];
    const pageText = `${sentences.slice(0, 3).join(' ')}\n\n${sentences.slice(3).join(' ')}`;
    for (const sentence of sentences) {
      const url = textFragmentUrl(URL, sentence, pageText);
      expect(url).toContain('#:~:text=');
      const start = pageText.indexOf(sentence);
      expect(findTextFragmentMatches(url, pageText)).toEqual([{ start, end: start + sentence.length }]);
    }
  });
});

describe('buildTextDirective', () => {
  // Found by the fast-check property (tests/unit/properties/share.test.ts): a one-word quote linked to the
  // first word containing its letters ("e" → "the") instead of the word itself.
  it.each([
    ['e', 'the e', { textStart: 'e' }],
    ['é', 'the é', { textStart: 'é' }],
    ['art', 'the start of art', { textStart: 'art' }],
  ])('links %s as a whole word where the page has it as one', (quote, pageText, directive) => {
    expect(buildTextDirective(quote, pageText)).toEqual(directive);
  });

  it('returns the parts unencoded', () => {
    expect(buildTextDirective('the cat sat', 'I saw the cat sat there. Then the cat sat down.')).toEqual({
      prefix: 'saw',
      textStart: 'the cat sat',
    });
  });
});

describe('findTextFragmentMatch (the spec’s matching, over page text)', () => {
  it.each([
    ['whole words only', 'text=cat', 'concatenate the cat', { start: 16, end: 19 }],
    ['case-insensitive', 'text=HELLO%20world', 'Say hello world.', { start: 4, end: 15 }],
    ['whitespace collapsed', 'text=hello%20world', 'Say hello\n   world.', { start: 4, end: 18 }],
    ['accents folded', 'text=cafe', 'un café', { start: 3, end: 7 }],
    ['one part never spans blocks', 'text=one%20two', 'alpha one\n\ntwo beta', null],
    [
      'start and end may be in different blocks',
      'text=one,two',
      'alpha one\n\ntwo beta',
      { start: 6, end: 14 },
    ],
    ['the end is the first one after the start', 'text=a1,z9', 'a1 b z9 c z9', { start: 0, end: 7 }],
    ['prefix', 'text=saw-,the%20cat', 'the cat. I saw the cat.', { start: 15, end: 22 }],
    ['the start must follow the prefix directly', 'text=saw-,cat', 'I saw a cat', null],
    ['suffix', 'text=the%20cat,-sat', 'the cat ran. the cat sat.', { start: 13, end: 20 }],
    [
      'prefix and suffix across block boundaries',
      'text=one-,two,-three',
      'one\n\ntwo\n\nthree',
      { start: 5, end: 8 },
    ],
    ['no match', 'text=zebra', 'the cat', null],
    ['malformed', 'text=%E0%A4%A', 'the cat', null],
  ])('%s', (_name, directive, pageText, expected) => {
    expect(findTextFragmentMatch(directive, pageText)).toEqual(expected);
  });

  it('finds every range an ambiguous directive could mean', () => {
    expect(findTextFragmentMatches('text=the%20cat', 'the cat and the cat')).toEqual([
      { start: 0, end: 7 },
      { start: 12, end: 19 },
    ]);
  });
});

describe('buildTextDirective with the passage the quote was picked from', () => {
  const pageText =
    'Little ground for optimism, says Moscow\n\nIt presented little ground for optimism in the talks.';
  const second = pageText.indexOf('little ground', 40);

  it('links to the occurrence inside that passage, not the first on the page', () => {
    const directive = buildTextDirective(
      'little ground for optimism',
      pageText,
      'It presented little ground for optimism in the talks.',
    );
    expect(directive).not.toBeNull();
    expect(findTextFragmentMatch(directive ?? { textStart: '' }, pageText)?.start).toBe(second);
  });

  it('falls back to the first occurrence when the passage is not on the page', () => {
    const directive = buildTextDirective(
      'little ground for optimism',
      pageText,
      'A paragraph that is elsewhere.',
    );
    expect(findTextFragmentMatch(directive ?? { textStart: '' }, pageText)?.start).toBe(0);
  });
});
