import type { CardSizeId, ThemeId } from '@/utils/card';
import { type MessageKey, t } from '@/utils/i18n';

/** Card themes and sizes by name in the UI language (utils/card is pure and keeps only English labels). */
const THEME_NAMES: Record<ThemeId, MessageKey> = {
  light: 'cardThemeLight',
  dark: 'cardThemeDark',
  serif: 'cardThemeSerif',
  bold: 'cardThemeBold',
  photo: 'cardThemePhoto',
  minimal: 'cardThemeMinimal',
};

const SIZE_NAMES: Record<CardSizeId, MessageKey> = {
  og: 'cardSizeOg',
  square: 'cardSizeSquare',
  portrait: 'cardSizePortrait',
  story: 'cardSizeStory',
  pin: 'cardSizePin',
};

export function themeName(id: ThemeId): string {
  return t(THEME_NAMES[id]);
}

export function sizeName(id: CardSizeId): string {
  return t(SIZE_NAMES[id]);
}
