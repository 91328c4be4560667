/**
 * The card's accent colour, taken from the site: its `<meta name="theme-color">` first, else the dominant
 * colour of its favicon, else DEFAULT_ACCENT. Pure: the caller reads the meta tag and the favicon's pixels
 * (a canvas `getImageData`) and passes them in.
 */

import { rgbToHex } from './contrast';

/** A blue that reads on white (5.2:1) and takes white text when it is the background. */
export const DEFAULT_ACCENT = '#2563eb';

/** The CSS basic colours plus a few common in theme-color; the rest of CSS's 148 names are rare there. */
const NAMED_COLOURS: Readonly<Record<string, string>> = {
  black: '#000000',
  silver: '#c0c0c0',
  gray: '#808080',
  grey: '#808080',
  white: '#ffffff',
  maroon: '#800000',
  red: '#ff0000',
  purple: '#800080',
  fuchsia: '#ff00ff',
  magenta: '#ff00ff',
  green: '#008000',
  lime: '#00ff00',
  olive: '#808000',
  yellow: '#ffff00',
  navy: '#000080',
  blue: '#0000ff',
  teal: '#008080',
  aqua: '#00ffff',
  cyan: '#00ffff',
  orange: '#ffa500',
  pink: '#ffc0cb',
  brown: '#a52a2a',
  gold: '#ffd700',
  indigo: '#4b0082',
  crimson: '#dc143c',
  tomato: '#ff6347',
  coral: '#ff7f50',
};

/**
 * A CSS colour string as lowercase `#rrggbb`, or null when it is missing, not understood, or fully
 * transparent. Alpha is otherwise dropped: a card needs an opaque accent.
 */
export function accentFromThemeColor(value: string | null): string | null {
  if (value === null) return null;
  const css = value.trim().toLowerCase();
  if (css === '') return null;
  return parseHex(css) ?? parseRgbFunction(css) ?? parseHslFunction(css) ?? NAMED_COLOURS[css] ?? null;
}

function parseHex(css: string): string | null {
  const match = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(css);
  const digits = match?.[1];
  if (!digits) return null;
  const full = digits.length <= 4 ? [...digits].map((digit) => digit + digit).join('') : digits;
  if (full.length === 8 && full.slice(6) === '00') return null;
  return `#${full.slice(0, 6)}`;
}

/** `rgb()`/`rgba()` in the comma and the space syntax, with numbers or percentages. */
function parseRgbFunction(css: string): string | null {
  const args = functionArguments(css, /^rgba?$/);
  if (args?.channels.length !== 3) return null;
  const channels = args.channels.map((channel) =>
    channel.endsWith('%') ? (Number.parseFloat(channel) / 100) * 255 : Number.parseFloat(channel),
  );
  if (channels.some((channel) => !Number.isFinite(channel)) || args.alpha === 0) return null;
  return rgbToHex(channels as [number, number, number]);
}

/** `hsl()`/`hsla()`; hue in deg (default), turn or rad. */
function parseHslFunction(css: string): string | null {
  const args = functionArguments(css, /^hsla?$/);
  if (args?.channels.length !== 3 || args.alpha === 0) return null;
  const [hueText, saturationText, lightnessText] = args.channels as [string, string, string];
  const hue = parseHue(hueText);
  const saturation = Number.parseFloat(saturationText) / 100;
  const lightness = Number.parseFloat(lightnessText) / 100;
  if (hue === null || !Number.isFinite(saturation) || !Number.isFinite(lightness)) return null;
  return rgbToHex(hslToRgb(hue, clamp01(saturation), clamp01(lightness)));
}

function functionArguments(css: string, name: RegExp): { channels: string[]; alpha: number | null } | null {
  const match = /^([a-z]+)\(([^)]*)\)$/.exec(css);
  if (!match || !name.test(match[1] ?? '')) return null;
  const body = (match[2] ?? '').trim();
  // Modern syntax: `r g b / a`; legacy: `r, g, b, a`.
  const [main = '', slashAlpha] = body.split('/').map((part) => part.trim());
  const parts = main.split(/\s*,\s*|\s+/).filter((part) => part !== '');
  const alphaText = slashAlpha ?? (parts.length === 4 ? parts.pop() : undefined);
  if (alphaText === undefined) return { channels: parts, alpha: null };
  const alpha = alphaText.endsWith('%') ? Number.parseFloat(alphaText) / 100 : Number.parseFloat(alphaText);
  if (!Number.isFinite(alpha)) return null;
  return { channels: parts, alpha };
}

function parseHue(text: string): number | null {
  const value = Number.parseFloat(text);
  if (!Number.isFinite(value)) return null;
  if (text.endsWith('turn')) return value * 360;
  if (text.endsWith('rad')) return (value * 180) / Math.PI;
  return value;
}

function hslToRgb(hue: number, saturation: number, lightness: number): [number, number, number] {
  // The CSS Color 4 reference algorithm (https://www.w3.org/TR/css-color-4/#hsl-to-rgb).
  const h = ((hue % 360) + 360) % 360;
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const a = saturation * Math.min(lightness, 1 - lightness);
    return (lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))) * 255;
  };
  return [f(0), f(8), f(4)];
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/** Pixels that say nothing about a brand: see-through, or too close to white, black or grey. */
const MIN_ALPHA = 128;
const NEAR_WHITE = 230;
const NEAR_BLACK = 40;
const MIN_CHROMA = 48;
/**
 * The winning colour must cover this share of the icon's opaque pixels: a grey logo with a few coloured
 * anti-aliasing pixels at its edges has no brand colour.
 */
const MIN_SHARE = 0.05;

interface Bucket {
  count: number;
  r: number;
  g: number;
  b: number;
}

/**
 * The dominant saturated colour of a favicon, from its RGBA pixels (`ImageData.data`), or null when it has
 * none (a black-and-white or grey logo, a transparent image). Pixels are counted in 4096 buckets (4 bits
 * per channel) so anti-aliased shades of one colour add up; the winner's average is returned. Ties go to
 * the bucket seen first, so the answer depends only on the pixels.
 */
export function accentFromPixels(rgba: Uint8ClampedArray): string | null {
  const buckets = new Map<number, Bucket>();
  let opaque = 0;
  for (let i = 0; i + 3 < rgba.length; i += 4) {
    const r = rgba[i] ?? 0;
    const g = rgba[i + 1] ?? 0;
    const b = rgba[i + 2] ?? 0;
    const a = rgba[i + 3] ?? 0;
    if (a < MIN_ALPHA) continue;
    opaque++;
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    if (min > NEAR_WHITE || max < NEAR_BLACK || max - min < MIN_CHROMA) continue;
    const key = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4);
    const bucket = buckets.get(key) ?? { count: 0, r: 0, g: 0, b: 0 };
    bucket.count++;
    bucket.r += r;
    bucket.g += g;
    bucket.b += b;
    buckets.set(key, bucket);
  }
  let best: Bucket | undefined;
  for (const bucket of buckets.values()) {
    if (!best || bucket.count > best.count) best = bucket;
  }
  if (!best || best.count < opaque * MIN_SHARE) return null;
  return rgbToHex([best.r / best.count, best.g / best.count, best.b / best.count]);
}

/**
 * The accent a card starts with: the site's theme-color, else its favicon's colour, else DEFAULT_ACCENT.
 * Any of them is safe: `themeColors` adjusts the accent to each theme's contrast.
 */
export function siteAccent(
  themeColor: string | null | undefined,
  faviconColor: string | null | undefined,
): string {
  return themeColor ?? faviconColor ?? DEFAULT_ACCENT;
}
