import { describe, expect, it } from 'vitest';
import { altText } from '@/utils/card';

describe('altText', () => {
  it.each([
    [
      'everything',
      {
        quote: 'Less is more.',
        speaker: 'Mies van der Rohe',
        role: 'architect',
        title: 'On design',
        siteName: 'Example',
      },
      'Quote card: “Less is more.” — Mies van der Rohe, architect. From “On design”, Example.',
    ],
    ['no speaker, no site', { quote: 'Hello', title: 'A title' }, 'Quote card: “Hello”. From “A title”.'],
    [
      'speaker without role',
      { quote: 'Hello', speaker: 'Ada', title: 'T', siteName: 'S' },
      'Quote card: “Hello” — Ada. From “T”, S.',
    ],
    [
      'a role ending in a full stop gets no second one',
      { quote: 'Q', speaker: 'Jane Doe', role: 'CEO of Acme Inc.', title: 'T', siteName: 'S' },
      'Quote card: “Q” — Jane Doe, CEO of Acme Inc. From “T”, S.',
    ],
    ['no title, only a site', { quote: 'Q', title: '', siteName: 'S' }, 'Quote card: “Q”. From S.'],
    [
      'whitespace collapsed',
      { quote: '  two\n  lines ', speaker: ' Ada ', title: ' T ' },
      'Quote card: “two lines” — Ada. From “T”.',
    ],
    [
      'right-to-left quote kept as written',
      { quote: 'العلم نور', speaker: 'مثل', title: 'عنوان' },
      'Quote card: “العلم نور” — مثل. From “عنوان”.',
    ],
  ])('%s', (_name, input, expected) => {
    expect(altText(input)).toBe(expected);
  });

  it('keeps the whole quote, even one the card had to shorten', () => {
    const quote = 'word '.repeat(200).trim();
    expect(altText({ quote, title: 'T' })).toContain(`“${quote}”`);
  });

  it('takes localised pieces', () => {
    const french = { label: 'Carte citation :', from: 'Source :', quoted: (text: string) => `« ${text} »` };
    expect(altText({ quote: 'Bonjour', speaker: 'Marie', title: 'Titre', siteName: 'Site' }, french)).toBe(
      'Carte citation : « Bonjour » — Marie. Source : « Titre », Site.',
    );
  });
});
