/**
 * Card themes as plain data, plus `themeColors` which resolves a theme against the site's accent. Every
 * resolved text colour meets WCAG AA against the background the text actually sits on, whatever the accent
 * (tests/unit/card/themes.test.ts walks a table of light, dark and mid accents).
 */

import { AA_LARGE_TEXT, AA_NORMAL_TEXT, ensureContrast, mix, readableOn } from './contrast';

export type ThemeId = 'light' | 'dark' | 'serif' | 'bold' | 'photo' | 'minimal';
export type FontRole = 'sans' | 'serif';
/** `hanging`: a large opening mark in the accent; `inline`: curly quotes around the text; `bar`: an accent rule. */
export type QuoteMarkStyle = 'hanging' | 'inline' | 'bar' | 'none';
/** Where the accent colour goes. `background` paints the whole card with it (the bold theme). */
export type AccentUse = 'quote-mark' | 'rule' | 'background' | 'none';

export interface CardTheme {
  readonly id: ThemeId;
  /** English label (benchmarks, tests); the studio shows `themeName(id)` from components/card-names.ts. */
  readonly label: string;
  readonly font: FontRole;
  readonly quoteMark: QuoteMarkStyle;
  readonly accentUse: AccentUse;
  readonly usesLeadImage: boolean;
  /** A colour, or `accent` for the site's accent. */
  readonly background: string;
  /** A colour, or `auto` for black or white by contrast with the background. */
  readonly text: string;
  /** Attribution, title and site name. A colour, or `auto` for a tint of the text that still passes AA. */
  readonly muted: string;
  /** A dark layer over the lead image so white text stays legible on any photo. */
  readonly scrim?: { readonly colour: string; readonly opacity: number };
}

export interface CardColors {
  /** The card's fill; behind a lead image it is the colour shown while the image loads or when there is none. */
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  /** The colour for accent elements (quote mark, rule), already adjusted to 3:1 against the background. */
  readonly accent: string;
  /** CSS colour of the scrim over the lead image, or null when the theme has none. */
  readonly scrim: string | null;
  /**
   * The colour text is checked against: the background, or for the photo theme the worst case of a pure white
   * pixel under the scrim (a black pixel only improves white text's contrast).
   */
  readonly contrastBackground: string;
}

export const THEMES: readonly CardTheme[] = [
  {
    id: 'light',
    label: 'Light',
    font: 'sans',
    quoteMark: 'hanging',
    accentUse: 'quote-mark',
    usesLeadImage: false,
    background: '#ffffff',
    text: '#1a1a1a',
    muted: '#595959',
  },
  {
    id: 'dark',
    label: 'Dark',
    font: 'sans',
    quoteMark: 'hanging',
    accentUse: 'quote-mark',
    usesLeadImage: false,
    background: '#121212',
    text: '#f2f2f2',
    muted: '#a6a6a6',
  },
  {
    id: 'serif',
    label: 'Classic serif',
    font: 'serif',
    quoteMark: 'inline',
    accentUse: 'rule',
    usesLeadImage: false,
    background: '#faf6ee',
    text: '#2a2622',
    muted: '#5e5750',
  },
  {
    id: 'bold',
    label: 'Bold colour',
    font: 'sans',
    quoteMark: 'hanging',
    accentUse: 'background',
    usesLeadImage: false,
    background: 'accent',
    text: 'auto',
    muted: 'auto',
  },
  {
    id: 'photo',
    label: 'Photo',
    font: 'sans',
    quoteMark: 'bar',
    accentUse: 'rule',
    usesLeadImage: true,
    background: '#1c1c1c',
    text: '#ffffff',
    muted: 'auto',
    // 0.6 black over a pure white pixel leaves #666666, on which white is 5.7:1.
    scrim: { colour: '#000000', opacity: 0.6 },
  },
  {
    id: 'minimal',
    label: 'Minimal',
    font: 'sans',
    quoteMark: 'none',
    accentUse: 'none',
    usesLeadImage: false,
    background: '#ffffff',
    text: '#111111',
    muted: '#666666',
  },
];

export function isThemeId(value: string): value is ThemeId {
  return THEMES.some((theme) => theme.id === value);
}

export function cardTheme(id: ThemeId): CardTheme {
  const found = THEMES.find((candidate) => candidate.id === id);
  if (!found) throw new RangeError(`Unknown theme: ${id}`);
  return found;
}

/** Resolve a theme's colours for one accent (`#rrggbb`, as `accentFromThemeColor` returns). */
export function themeColors(card: CardTheme, accent: string): CardColors {
  const background = card.background === 'accent' ? accent : card.background;
  const contrastBackground = card.scrim ? mix('#ffffff', card.scrim.colour, card.scrim.opacity) : background;
  const text = card.text === 'auto' ? readableOn(contrastBackground) : card.text;
  // A softer tint of the text for the attribution, but never below AA for normal text.
  const muted =
    card.muted === 'auto'
      ? ensureContrast(mix(text, contrastBackground, 0.3), contrastBackground, AA_NORMAL_TEXT, text)
      : card.muted;
  // On the bold theme the accent is the background, so accent marks are drawn in the text colour instead.
  const accentColour =
    card.accentUse === 'background' || card.accentUse === 'none'
      ? text
      : ensureContrast(accent, contrastBackground, AA_LARGE_TEXT, text);
  const scrim = card.scrim ? cssRgba(card.scrim.colour, card.scrim.opacity) : null;
  return { background, text, muted, accent: accentColour, scrim, contrastBackground };
}

function cssRgba(hex: string, opacity: number): string {
  const r = Number.parseInt(hex.slice(1, 3), 16);
  const g = Number.parseInt(hex.slice(3, 5), 16);
  const b = Number.parseInt(hex.slice(5, 7), 16);
  return `rgba(${r}, ${g}, ${b}, ${opacity})`;
}
