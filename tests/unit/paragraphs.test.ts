import { describe, expect, it } from 'vitest';
import { textParagraphs } from '@/utils/paragraphs';

describe('textParagraphs', () => {
  it.each([
    // Blank lines separate paragraphs, whitespace-only lines count as blank.
    ['One.\n\nTwo.', {}, ['One.', 'Two.']],
    ['One.\n \t\nTwo.\n\n\n\nThree.', {}, ['One.', 'Two.', 'Three.']],
    // Each is trimmed; empty ones are dropped.
    ['  One.  \n\n\n\n  ', {}, ['One.']],
    ['', {}, []],
    // Single newlines stay inside a paragraph…
    ['Line one\nline two.\n\nNext.', { orLines: true }, ['Line one\nline two.', 'Next.']],
    ['Line one\nline two.', {}, ['Line one\nline two.']],
    // …unless the text has no blank line at all and the caller asks for lines.
    ['Line one\nline two.', { orLines: true }, ['Line one', 'line two.']],
  ])('%j %j', (text, options, expected) => {
    expect(textParagraphs(text, options)).toEqual(expected);
  });
});
