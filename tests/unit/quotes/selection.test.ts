/** The reader's selection: first, mapped back to the exact text whatever the page did to its whitespace. */
import { describe, expect, it } from 'vitest';
import { article, suggest } from './helpers';

const TEXT = [
  'The river rose four metres in a single night.',
  'More than 2,000 homes were flooded, and not one of them was insured against it.',
  '“We will rebuild every school that was destroyed,” said Maria Gonzalez, the chief executive.',
].join('\n\n');
const input = article(TEXT);

describe('selection', () => {
  it.each([
    ['the same text', 'four metres in a single night', 'four metres in a single night', 0],
    [
      'across a paragraph break, joined by a space',
      'single night. More than',
      'single night.\n\nMore than',
      0,
    ],
    [
      'across a paragraph break, joined by one newline',
      'single night.\nMore than',
      'single night.\n\nMore than',
      0,
    ],
    [
      'across a paragraph break, with nothing between',
      'single night.More than',
      'single night.\n\nMore than',
      0,
    ],
    ['with no-break spaces and line breaks', 'More\u00a0than 2,000\n homes', 'More than 2,000 homes', 1],
    ['with surrounding whitespace', '  \n not one of them was insured \t', 'not one of them was insured', 1],
    ['including the quotation marks', '“We will rebuild every school', '“We will rebuild every school', 2],
  ])('%s', (_case, selection, text, paragraph) => {
    const [first] = suggest(input, { selection });
    expect(first).toEqual({ text, kind: 'selection', score: 1, paragraph });
  });

  it('maps over invisible characters in the text (soft hyphen, zero-width space)', () => {
    const hyphenated = article(
      'The most extra\u00adordinary flood in a cen\u200btury hit the town on Monday night.',
    );
    const [first] = suggest(hyphenated, { selection: 'extraordinary flood in a century' });
    expect(first).toMatchObject({ text: 'extra\u00adordinary flood in a cen\u200btury', paragraph: 0 });
  });

  it('returns a selection not in the text first anyway, trimmed, with paragraph -1', () => {
    // E.g. a caption the extractor left out.
    const result = suggest(input, { selection: '  Photo: Reuters/Pool \n' });
    expect(result[0]).toEqual({ text: 'Photo: Reuters/Pool', kind: 'selection', score: 1, paragraph: -1 });
    expect(result.length).toBeGreaterThan(1);
  });

  it('does not offer the selected text a second time', () => {
    const sentence = 'More than 2,000 homes were flooded, and not one of them was insured against it.';
    const result = suggest(input, { selection: sentence });
    expect(result.filter((c) => c.text === sentence)).toHaveLength(1);
  });

  it('ignores an empty or blank selection', () => {
    expect(suggest(input, { selection: '' })[0]?.kind).toBe('direct');
    expect(suggest(input, { selection: ' \n\t' })[0]?.kind).toBe('direct');
  });

  it('counts the selection within the limit', () => {
    expect(suggest(input, { selection: 'single night', limit: 1 })).toEqual([
      { text: 'single night', kind: 'selection', score: 1, paragraph: 0 },
    ]);
  });

  it('is returned even for an article without text', () => {
    expect(suggest(article(''), { selection: 'Some words' })).toEqual([
      { text: 'Some words', kind: 'selection', score: 1, paragraph: -1 },
    ]);
  });
});
