import { describe, expect, it } from 'vitest';
import { AA_LARGE_TEXT, AA_NORMAL_TEXT, cardTheme, contrastRatio, THEMES, themeColors } from '@/utils/card';

/** Accents a site may hand us, chosen to be hard: near white, near black, mid tones, pure primaries. */
const ACCENTS = [
  '#ffffff',
  '#fafafa',
  '#ffff00',
  '#00ffff',
  '#ffa500',
  '#777777',
  '#767676',
  '#ff0000',
  '#00aa00',
  '#2563eb',
  '#800080',
  '#000080',
  '#0a0a0a',
  '#000000',
];

const cases = THEMES.flatMap((card) => ACCENTS.map((accent) => [card.id, accent] as const));

describe('THEMES', () => {
  it('has the six themes the card needs, each once', () => {
    expect(THEMES.map((card) => card.id)).toEqual(['light', 'dark', 'serif', 'bold', 'photo', 'minimal']);
  });

  it.each([
    ['light', 'sans', false],
    ['dark', 'sans', false],
    ['serif', 'serif', false],
    ['bold', 'sans', false],
    ['photo', 'sans', true],
    ['minimal', 'sans', false],
  ] as const)('%s uses the %s font, lead image: %s', (id, font, usesLeadImage) => {
    expect(cardTheme(id).font).toBe(font);
    expect(cardTheme(id).usesLeadImage).toBe(usesLeadImage);
  });
});

describe('themeColors meets WCAG AA for every accent', () => {
  it.each(cases)('%s with accent %s', (id, accent) => {
    const colours = themeColors(cardTheme(id), accent);
    const behind = colours.contrastBackground;
    // The quote is large text; the title and site name use the text colour at normal size too.
    expect(contrastRatio(colours.text, behind)).toBeGreaterThanOrEqual(AA_LARGE_TEXT);
    expect(contrastRatio(colours.text, behind)).toBeGreaterThanOrEqual(AA_NORMAL_TEXT);
    expect(contrastRatio(colours.muted, behind)).toBeGreaterThanOrEqual(AA_NORMAL_TEXT);
    // The accent quote mark or rule is a graphic: 3:1 (WCAG 1.4.11).
    expect(contrastRatio(colours.accent, behind)).toBeGreaterThanOrEqual(AA_LARGE_TEXT);
  });
});

describe('the bold theme paints the card with the accent', () => {
  it.each([
    ['#ffffff', '#000000'],
    ['#ffff00', '#000000'],
    ['#00ffff', '#000000'],
    ['#ffa500', '#000000'],
    ['#777777', '#000000'],
    ['#2563eb', '#ffffff'],
    ['#800080', '#ffffff'],
    ['#000080', '#ffffff'],
    ['#000000', '#ffffff'],
  ])('on %s the text is %s', (accent, text) => {
    const colours = themeColors(cardTheme('bold'), accent);
    expect(colours.background).toBe(accent);
    expect(colours.text).toBe(text);
  });
});

describe('the photo theme', () => {
  it('checks its text against a white pixel under the scrim', () => {
    const colours = themeColors(cardTheme('photo'), '#2563eb');
    // 40% of white left after a 60% black scrim: 0.4 × 255 = 102 = 0x66.
    expect(colours.contrastBackground).toBe('#666666');
    expect(colours.scrim).toBe('rgba(0, 0, 0, 0.6)');
    expect(colours.text).toBe('#ffffff');
  });

  it('is the only theme with a scrim', () => {
    expect(THEMES.filter((card) => card.scrim).map((card) => card.id)).toEqual(['photo']);
  });
});

describe('accent use', () => {
  it('keeps an accent that already reads on the light theme', () => {
    expect(themeColors(cardTheme('light'), '#2563eb').accent).toBe('#2563eb');
  });

  it('darkens a yellow accent on the light theme', () => {
    expect(themeColors(cardTheme('light'), '#ffff00').accent).not.toBe('#ffff00');
  });

  it('draws no accent on the minimal theme', () => {
    const colours = themeColors(cardTheme('minimal'), '#ff0000');
    expect(colours.accent).toBe(colours.text);
  });
});
