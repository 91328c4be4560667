import { describe, expect, it } from 'vitest';
import { accentFromPixels, accentFromThemeColor, DEFAULT_ACCENT } from '@/utils/card';

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
  ])('%s', (_name, rgba, expected) => {
    expect(accentFromPixels(rgba)).toBe(expected);
  });
});

describe('DEFAULT_ACCENT', () => {
  it('is a normalized hex colour', () => {
    expect(accentFromThemeColor(DEFAULT_ACCENT)).toBe(DEFAULT_ACCENT);
  });
});
