import { describe, expect, it } from 'vitest';
import { sourceLine } from '@/utils/card/source-line';

/** Every character is 10 units wide: a width of 200 holds 20 characters. */
const measure = (text: string) => [...text].length * 10;
const line = (title: string, siteName: string | undefined, chars: number, lang?: string) =>
  sourceLine({ title, siteName, width: chars * 10, measure, lang });

const TITLE = '‘Little ground for optimism’ after latest Ukraine talks, warns Russia';

describe('the source line of a card', () => {
  it.each([
    // Room for both.
    ['title and site when both fit', 'Short title', 'The Site', 40, 'Short title · The Site'],
    // The site name goes before a single letter of the title does.
    ['the title alone when both do not fit', 'Short title', 'The Site', 15, 'Short title'],
    // Then the title is cut after its last whole word, never inside one ("warns Ru…").
    [
      'the title cut at a word',
      TITLE,
      'The Daily Ledger',
      63,
      '‘Little ground for optimism’ after latest Ukraine talks, warns…',
    ],
    [
      'no comma left before the ellipsis',
      TITLE,
      'The Daily Ledger',
      56,
      '‘Little ground for optimism’ after latest Ukraine talks…',
    ],
    ['a closing quotation mark kept', TITLE, undefined, 30, '‘Little ground for optimism’…'],
    // A site name with no title is shortened the same way.
    [
      'a site name alone, cut at a word',
      '',
      'The Very Long Name of a Regional Paper',
      20,
      'The Very Long Name…',
    ],
    // A word wider than the whole line is the one thing cut inside.
    ['one word wider than the line', 'Donaudampfschifffahrtsgesellschaft', undefined, 10, 'Donaudamp…'],
    ['nothing at all', '', undefined, 10, ''],
  ])('%s', (_label, title, site, chars, expected) => {
    expect(line(title, site, chars)).toBe(expected);
  });

  it('cuts a Japanese title between words, which it writes without spaces', () => {
    const title = '東京で新しい図書館が開館した';
    const cut = line(title, 'ニュース', 8, 'ja');
    expect(cut.endsWith('…')).toBe(true);
    const kept = cut.slice(0, -1);
    expect(title.startsWith(kept)).toBe(true);
    // Its end is a word boundary of the title.
    const words = [...new Intl.Segmenter('ja', { granularity: 'word' }).segment(title)].map((s) => s.index);
    expect(words).toContain(kept.length);
  });

  it('never overflows its width, and keeps the start of the title, at every width', () => {
    for (let chars = 1; chars <= 90; chars++) {
      const shown = line(TITLE, 'The Daily Ledger', chars);
      expect(measure(shown), `at ${chars}`).toBeLessThanOrEqual(chars * 10);
      const kept = shown.replace(/…$/, '');
      expect(`${TITLE} · The Daily Ledger`.startsWith(kept), `at ${chars}: ${shown}`).toBe(true);
    }
  });
});
