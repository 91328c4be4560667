/**
 * Quote cards, pure: sizes, themes and their contrast, the site's accent, fitting the quote into its box,
 * alt text. No extension API here (architecture test), so the popup, the studio and Node tests share it.
 */

export { accentFromPixels, accentFromThemeColor, DEFAULT_ACCENT, siteAccent } from './accent';
export { type AltTextInput, type AltTextStrings, altText, ENGLISH_ALT_TEXT } from './alt';
export {
  AA_LARGE_TEXT,
  AA_NORMAL_TEXT,
  contrastRatio,
  ensureContrast,
  mix,
  readableOn,
  relativeLuminance,
} from './contrast';
export {
  declaredFavicon,
  FAVICON_FETCH_SIZE,
  FAVICON_PROBE_PAGE,
  faviconCacheUrl,
  type IconLink,
  sameBytes,
} from './favicon';
export { ELLIPSIS, type FitOptions, type FitResult, fitQuote } from './fit';
export { isCornerBracket, type QuoteMarks, quoteMarks } from './quote-marks';
export type { SegmentWords, WordSegment } from './segment';
export { CARD_SIZES, type CardSize, type CardSizeId, cardSize, isCardSizeId } from './sizes';
export { SOURCE_SEPARATOR, type SourceLineOptions, sourceLine } from './source-line';
export {
  type AccentUse,
  type CardColors,
  type CardTheme,
  cardTheme,
  type FontRole,
  isThemeId,
  type QuoteMarkStyle,
  THEMES,
  type ThemeId,
  themeColors,
} from './themes';
export type { MeasureText } from './wrap';
