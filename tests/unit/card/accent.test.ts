import { describe, expect, it } from 'vitest';
import {
  AA_LARGE_TEXT,
  AA_NORMAL_TEXT,
  accentFromPixels,
  accentFromThemeColor,
  contrastRatio,
  DEFAULT_ACCENT,
  siteAccent,
  THEMES,
  themeColors,
} from '@/utils/card';

describe('accentFromThemeColor', () => {
  it.each([
    ['missing', null, null],
    ['empty', '', null],
    ['blank', '   ', null],
    ['not a colour', 'brand-blue', null],
    ['#rgb', '#abc', '#aabbcc'],
    ['#rrggbb, upper case', '#ABCDEF', '#abcdef'],
    ['padded', '  #123456 ', '#123456'],
    ['#rgba drops alpha', '#abcd', '#aabbcc'],
    ['#rrggbbaa opaque', '#112233ff', '#112233'],
    ['#rrggbbaa transparent', '#11223300', null],
    ['five digits', '#12345', null],
    ['rgb() commas', 'rgb(255, 0, 0)', '#ff0000'],
    ['rgb() spaces', 'rgb(0 128 255)', '#0080ff'],
    ['rgba() transparent', 'rgba(0, 0, 0, 0)', null],
    ['rgba() translucent', 'rgba(0, 0, 255, 0.5)', '#0000ff'],
    ['rgb() percentages, slash alpha', 'rgb(100% 0% 0% / 50%)', '#ff0000'],
    ['rgb() out of range clamps', 'rgb(300, -5, 0)', '#ff0000'],
    ['rgb() missing a channel', 'rgb(1, 2)', null],
    ['hsl() red', 'hsl(0, 100%, 50%)', '#ff0000'],
    ['hsl() dark green', 'hsl(120 100% 25%)', '#008000'],
    ['hsl() deg', 'hsl(240deg 100% 50%)', '#0000ff'],
    ['hsl() turn', 'hsl(0.5turn 100% 50%)', '#00ffff'],
    ['hsl() white', 'hsl(0 0% 100%)', '#ffffff'],
    ['hsla() transparent', 'hsla(0, 0%, 0%, 0)', null],
    ['named', 'navy', '#000080'],
    ['named, any case', 'Crimson', '#dc143c'],
    ['transparent', 'transparent', null],
  ])('%s: %j → %j', (_name, value, expected) => {
    expect(accentFromThemeColor(value)).toBe(expected);
  });
});

/** RGBA pixels from [r, g, b, a] tuples, as ImageData.data holds them. */
function pixels(...colours: [number, number, number, number][]): Uint8ClampedArray {
  return new Uint8ClampedArray(colours.flat());
}

const RED: [number, number, number, number] = [255, 0, 0, 255];

type Pixel = [number, number, number, number];

function repeat(value: Pixel, times: number): Pixel[] {
  return Array.from({ length: times }, () => value);
}
const BLUE: [number, number, number, number] = [0, 0, 255, 255];

describe('accentFromPixels', () => {
  it.each([
    ['no pixels', pixels(), null],
    ['only transparent', pixels([255, 0, 0, 0], [0, 0, 255, 100]), null],
    ['only white, black and grey', pixels([255, 255, 255, 255], [0, 0, 0, 255], [128, 128, 128, 255]), null],
    ['near white pastel', pixels([240, 235, 235, 255]), null],
    ['near black red', pixels([30, 0, 0, 255]), null],
    ['greyish blue', pixels([100, 110, 120, 255]), null],
    ['the most frequent colour', pixels(RED, BLUE, RED, BLUE, RED), '#ff0000'],
    [
      'colour among white and black',
      pixels([255, 255, 255, 255], BLUE, [0, 0, 0, 255], [255, 255, 255, 255]),
      '#0000ff',
    ],
    ['anti-aliased shades averaged', pixels([250, 10, 10, 255], [254, 6, 6, 255], BLUE), '#fc0808'],
    [
      'transparent pixels do not count',
      pixels([255, 0, 0, 0], [255, 0, 0, 0], [255, 0, 0, 0], BLUE),
      '#0000ff',
    ],
    ['a tie goes to the colour seen first', pixels(BLUE, RED), '#0000ff'],
    // A grey logo whose anti-aliased edge has one red pixel in 40 (2.5%) has no brand colour.
    ['a stray coloured pixel on a grey icon', pixels(...repeat([128, 128, 128, 255], 39), RED), null],
    // One red pixel in 20 (5%) is enough: many logos are a small coloured mark on white.
    ['a small coloured mark on white', pixels(...repeat([255, 255, 255, 255], 19), RED), '#ff0000'],
    // Transparent pixels are not counted in the share: a small red dot on nothing is still red.
    ['a mark on a transparent icon', pixels(...repeat([0, 0, 0, 0], 500), RED), '#ff0000'],
  ])('%s', (_name, rgba, expected) => {
    expect(accentFromPixels(rgba)).toBe(expected);
  });
});

describe('DEFAULT_ACCENT', () => {
  it('is a normalized hex colour', () => {
    expect(accentFromThemeColor(DEFAULT_ACCENT)).toBe(DEFAULT_ACCENT);
  });
});

describe('siteAccent', () => {
  it.each([
    ['theme-color wins', '#12263a', '#d9480f', '#12263a'],
    ["the favicon's colour without a theme-color", undefined, '#d9480f', '#d9480f'],
    ['null theme-color', null, '#d9480f', '#d9480f'],
    ['the default when neither has a colour', undefined, null, DEFAULT_ACCENT],
  ])('%s', (_name, themeColor, faviconColor, expected) => {
    expect(siteAccent(themeColor, faviconColor)).toBe(expected);
  });
});

describe("a favicon's colour keeps every theme's contrast", () => {
  // Icons whose colours are hard on a light or a dark card: yellow, cyan, lime, and a dark navy.
  const icons = [
    pixels([255, 235, 0, 255], [255, 255, 255, 255]),
    pixels([0, 230, 255, 255]),
    pixels([120, 255, 40, 255], [0, 0, 0, 0]),
    pixels([10, 20, 90, 255]),
  ];
  const cases = icons.flatMap((icon) => THEMES.map((theme) => [theme.id, icon, theme] as const));
  it.each(cases)('%s with an icon of %s', (_id, icon, theme) => {
    const accent = siteAccent(undefined, accentFromPixels(icon));
    expect(accent).not.toBe(DEFAULT_ACCENT);
    const colours = themeColors(theme, accent);
    expect(contrastRatio(colours.text, colours.contrastBackground)).toBeGreaterThanOrEqual(AA_NORMAL_TEXT);
    expect(contrastRatio(colours.muted, colours.contrastBackground)).toBeGreaterThanOrEqual(AA_NORMAL_TEXT);
    expect(contrastRatio(colours.accent, colours.contrastBackground)).toBeGreaterThanOrEqual(AA_LARGE_TEXT);
  });
});
