/**
 * WCAG 2 contrast math (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio) on `#rrggbb` colours, so every
 * theme can prove its text is readable on whatever accent a site hands us.
 */

type Rgb = readonly [number, number, number];

/** WCAG AA for normal text: the attribution, title and site name. */
export const AA_NORMAL_TEXT = 4.5;
/** WCAG AA for large text (the quote is far above 24px) and for graphics such as the accent quote mark. */
export const AA_LARGE_TEXT = 3;

function hexToRgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new TypeError(`Expected #rrggbb, got ${hex}`);
  return [
    Number.parseInt(match[1] ?? '0', 16),
    Number.parseInt(match[2] ?? '0', 16),
    Number.parseInt(match[3] ?? '0', 16),
  ];
}

export function rgbToHex([r, g, b]: Rgb): string {
  const channel = (value: number) =>
    Math.round(Math.min(255, Math.max(0, value)))
      .toString(16)
      .padStart(2, '0');
  return `#${channel(r)}${channel(g)}${channel(b)}`;
}

/** Relative luminance, with the sRGB threshold 0.04045 of the current WCAG text. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** From 1 (same colour) to 21 (black on white); symmetric in its arguments. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Black or white, whichever contrasts more with `background`. The better of the two is never below 4.58:1
 * (the worst background sits where both ratios meet), so the result always passes AA for normal text.
 */
export function readableOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

/** `from` moved `amount` (0…1) of the way towards `to`, in sRGB: good enough for picking a tint. */
export function mix(from: string, to: string, amount: number): string {
  const a = hexToRgb(from);
  const b = hexToRgb(to);
  return rgbToHex([
    a[0] + (b[0] - a[0]) * amount,
    a[1] + (b[1] - a[1]) * amount,
    a[2] + (b[2] - a[2]) * amount,
  ]);
}

/**
 * `colour` if it reaches `minimum` against `background`, else the first of ten steps towards `fallback` that
 * does. `fallback` must itself pass (the themes use their text colour), so the result always passes.
 */
export function ensureContrast(
  colour: string,
  background: string,
  minimum: number,
  fallback: string,
): string {
  for (let step = 0; step <= 10; step++) {
    const candidate = mix(colour, fallback, step / 10);
    if (contrastRatio(candidate, background) >= minimum) return candidate;
  }
  return fallback;
}
