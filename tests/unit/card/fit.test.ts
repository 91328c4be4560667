import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FitOptions, fitQuote, type WordSegment } from '@/utils/card';
import { expectFits, monospace } from './helpers';

/**
 * Widths are worked out by hand with the fake monospace font: a grapheme is fontSize × 0.5 wide, so at 20px
 * a 100px box holds 10 graphemes and a 200px box 20. With lineHeight 1.25 a line is 25px tall at 20px.
 */
function options(text: string, overrides: Partial<FitOptions> = {}): FitOptions {
  return {
    text,
    box: { width: 200, height: 1000 },
    maxFontSize: 20,
    minFontSize: 20,
    lineHeight: 1.25,
    measure: monospace,
    ...overrides,
  };
}

function fitted(text: string, overrides: Partial<FitOptions> = {}) {
  const input = options(text, overrides);
  const result = fitQuote(input);
  expectFits(result, input);
  return result;
}

/** Every character its own word, as a segmenter without a dictionary would see Chinese. */
const perCharacter = (text: string): WordSegment[] =>
  Array.from(text, (segment) => ({ segment, isWordLike: /\p{L}/u.test(segment) }));

describe('fitQuote: font size', () => {
  const box = { width: 300, height: 100 };

  it('keeps the largest size for a short quote', () => {
    // 13 graphemes × 20px = 260px ≤ 300px, one 50px line ≤ 100px.
    expect(fitted('Less is more.', { box, maxFontSize: 40, minFontSize: 10 })).toEqual({
      fontSize: 40,
      lines: ['Less is more.'],
      truncated: false,
      text: 'Less is more.',
    });
  });

  it('steps down for a longer quote to the largest size that fits', () => {
    // 27px: 22 graphemes a line and 2 lines (80 / 27) - the text needs 3. 26px: 23 a line, 3 lines: fits in 2.
    expect(
      fitted('the quick brown fox jumps over the lazy dog', { box, maxFontSize: 40, minFontSize: 10 }),
    ).toEqual({
      fontSize: 26,
      lines: ['the quick brown fox', 'jumps over the lazy dog'],
      truncated: false,
      text: 'the quick brown fox jumps over the lazy dog',
    });
  });

  it('uses whole pixel sizes within the range', () => {
    const result = fitted('the quick brown fox jumps over the lazy dog', {
      box,
      maxFontSize: 40.7,
      minFontSize: 9.2,
    });
    expect(result.fontSize).toBe(26);
  });

  it('collapses whitespace and newlines', () => {
    expect(fitted('  many   spaces\nand\tlines ').text).toBe('many spaces and lines');
  });

  it('returns no lines for an empty quote', () => {
    expect(fitted('   ')).toEqual({ fontSize: 20, lines: [], truncated: false, text: '' });
  });

  it('is deterministic', () => {
    const text = 'the quick brown fox jumps over the lazy dog '.repeat(5);
    const input = options(text, { box, maxFontSize: 40, minFontSize: 8 });
    expect(fitQuote(input)).toEqual(fitQuote(input));
  });
});

describe('fitQuote: widows', () => {
  it.each([
    [
      'moves a word down to the lone last word',
      'aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii',
      200,
      ['aaaa bbbb cccc dddd', 'eeee ffff gggg', 'hhhh iiii'],
    ],
    [
      'leaves it when the moved word would not fit',
      `aaa bbb ${'c'.repeat(11)} ${'d'.repeat(16)}`,
      200,
      [`aaa bbb ${'c'.repeat(11)}`, 'd'.repeat(16)],
    ],
    [
      'leaves it when the line above would be left with one word',
      'aaaa bbbb cccc',
      100,
      ['aaaa bbbb', 'cccc'],
    ],
  ])('%s', (_name, text, width, lines) => {
    expect(fitted(text, { box: { width, height: 1000 } }).lines).toEqual(lines);
  });
});

describe('fitQuote: long words', () => {
  it('breaks a word wider than the box between letters', () => {
    expect(fitted('a supercalifragilisticexpialidocious word').lines).toEqual([
      'a',
      'supercalifragilistic',
      'expialidocious word',
    ]);
  });

  it('breaks a run of flags between flags, never inside one', () => {
    expect(fitted('🇯🇵'.repeat(25)).lines).toEqual(['🇯🇵'.repeat(20), '🇯🇵'.repeat(5)]);
  });

  it('keeps an emoji ZWJ sequence whole at a line break', () => {
    expect(fitted('we did it 👩‍👩‍👧‍👦 together', { box: { width: 100, height: 1000 } }).lines).toEqual([
      'we did it',
      '👩‍👩‍👧‍👦 together',
    ]);
  });

  it('keeps a no-break space and the punctuation after it with the word', () => {
    expect(fitted('aaaaaaa bbbbbbbb\u00a0!', { box: { width: 100, height: 1000 } }).lines).toEqual([
      'aaaaaaa',
      'bbbbbbbb\u00a0!',
    ]);
  });
});

describe('fitQuote: truncation', () => {
  it('cuts at a word boundary, drops a dangling comma and adds an ellipsis', () => {
    // 2 lines of 10 graphemes; "one two three, four…" would need 3.
    expect(fitted('one two three, four five six', { box: { width: 100, height: 50 } })).toEqual({
      fontSize: 20,
      lines: ['one two', 'three…'],
      truncated: true,
      text: 'one two three…',
    });
  });

  it('cuts inside the first word when no whole word fits', () => {
    expect(fitted('incomprehensibilities everywhere', { box: { width: 100, height: 25 } })).toEqual({
      fontSize: 20,
      lines: ['incompreh…'],
      truncated: true,
      text: 'incompreh…',
    });
  });

  it('shows nothing when the box cannot hold even an ellipsis', () => {
    expect(fitted('anything', { box: { width: 5, height: 25 } })).toEqual({
      fontSize: 20,
      lines: [],
      truncated: true,
      text: '',
    });
  });
});

describe('fitQuote: a 900-character quote', () => {
  const quote = 'lorem ipsum dolor sit amet '.repeat(34).trim();

  it('is really that long', () => {
    expect(quote.length).toBeGreaterThanOrEqual(900);
  });

  it('is shortened at a word boundary when even the minimum size overflows', () => {
    // At 32px: 62 graphemes a line, 10 lines - about 600 of the 917 characters.
    const result = fitted(quote, { box: { width: 1000, height: 400 }, maxFontSize: 96, minFontSize: 32 });
    expect(result.fontSize).toBe(32);
    expect(result.truncated).toBe(true);
    expect(result.text.endsWith('…')).toBe(true);
    const kept = result.text.slice(0, -1);
    expect(quote.startsWith(kept)).toBe(true);
    expect(quote[kept.length]).toBe(' ');
    expect(result.lines.join(' ')).toBe(result.text);
  });

  it('fits whole in a tall box, smaller than the maximum', () => {
    const result = fitted(quote, { box: { width: 900, height: 1500 }, maxFontSize: 96, minFontSize: 24 });
    expect(result.truncated).toBe(false);
    expect(result.lines.join(' ')).toBe(quote);
    expect(result.fontSize).toBeGreaterThan(24);
    expect(result.fontSize).toBeLessThan(96);
  });
});

describe('fitQuote: scripts without spaces', () => {
  it('wraps a Japanese 「」 quote with no spaces, never starting a line with 。 or 」', () => {
    const text = '「吾輩は猫である。名前はまだ無い。」';
    const result = fitted(text, { box: { width: 100, height: 1000 }, lang: 'ja' });
    expect(result.lines.length).toBeGreaterThan(1);
    expect(result.lines.join('')).toBe(text);
    for (const line of result.lines) {
      expect(line).not.toMatch(/^[。、」]/);
      expect(line).not.toMatch(/「$/);
    }
  });

  it('breaks between characters and keeps 。 with the character before it', () => {
    expect(
      fitted('一二三四五六七八九。十', { box: { width: 100, height: 1000 }, segmentWords: perCharacter })
        .lines,
    ).toEqual(['一二三四五六七八', '九。十']);
  });

  it('keeps an opening 「 with the text after it', () => {
    expect(
      fitted('一二三四五六七八九「十」', { box: { width: 100, height: 1000 }, segmentWords: perCharacter })
        .lines,
    ).toEqual(['一二三四五六七八', '九「十」']);
  });
});

describe('fitQuote: right-to-left', () => {
  it.each([
    ['Hebrew', 'he', 'הספר הזה שינה את חיי לגמרי', 100, ['הספר הזה', 'שינה את', 'חיי לגמרי']],
    ['Arabic', 'ar', 'العلم نور والجهل ظلام', 120, ['العلم نور', 'والجهل ظلام']],
  ])('wraps %s in logical order', (_name, lang, text, width, lines) => {
    expect(fitted(text, { box: { width, height: 1000 }, lang }).lines).toEqual(lines);
  });
});

describe('fitQuote: odd input', () => {
  it('ignores a language tag the segmenter rejects', () => {
    expect(fitted('hello world', { lang: 'not a tag!!' }).lines).toEqual(['hello world']);
  });
});

describe('fitQuote: other unspaced scripts', () => {
  it.each([
    ['Chinese', 'zh', '知之为知之，不知为不知，是知也。'],
    ['Thai', 'th', 'ภาษาไทยไม่มีการเว้นวรรคระหว่างคำ'],
  ])('wraps %s between words, losing nothing', (_name, lang, text) => {
    const result = fitted(text, { box: { width: 60, height: 1000 }, lang });
    expect(result.lines.length).toBeGreaterThan(1);
    expect(result.lines.join('')).toBe(text);
    for (const line of result.lines) expect(line).not.toMatch(/^[，。]/);
  });
});

describe('fitQuote without Intl.Segmenter (Firefox before 125)', () => {
  const realSegmenter = Intl.Segmenter;
  // Removed and put back by defineProperty: the built-in is typed read-only, but is writable at run time.
  beforeEach(() => {
    Object.defineProperty(Intl, 'Segmenter', { value: undefined, configurable: true, writable: true });
  });
  afterEach(() => {
    Object.defineProperty(Intl, 'Segmenter', { value: realSegmenter, configurable: true, writable: true });
  });

  it('still wraps at spaces', () => {
    const input = options('aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii');
    expect(fitQuote(input).lines).toEqual(['aaaa bbbb cccc dddd', 'eeee ffff gggg', 'hhhh iiii']);
  });

  it('still breaks between Han characters', () => {
    const input = options('一二三四五六七八九。十', { box: { width: 100, height: 1000 } });
    expect(fitQuote(input).lines).toEqual(['一二三四五六七八', '九。十']);
  });
});
