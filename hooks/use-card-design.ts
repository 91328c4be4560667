import { useState } from 'preact/hooks';
import {
  type AltTextStrings,
  altText,
  type CardSize,
  cardTheme,
  siteAccent,
  type ThemeId,
} from '@/utils/card';
import type { CardSpec } from '@/utils/card/draw';
import type { StudioData } from '@/utils/card/studio-data';
import { t } from '@/utils/i18n';
import { useLeadImage, useSiteIcon } from './use-card-images';

/** The card's words, as the reader edits them. */
export interface CardText {
  quote: string;
  speaker: string;
  role: string;
}

/** The words around the quote in the card's alt text, in the UI language (utils/card/alt is pure). */
function altStrings(): AltTextStrings {
  return { label: t('cardAltLabel'), from: t('cardAltFrom'), quoted: (text) => t('cardAltQuoted', text) };
}

/**
 * The card as the reader designs it in the studio: its words, theme, colour, photo and site icon, the
 * alt text, and the spec each size draws from.
 */
export function useCardDesign(initial: StudioData) {
  const [text, setText] = useState<CardText>({
    quote: initial.quote,
    speaker: initial.speaker ?? '',
    role: initial.role ?? '',
  });
  const [themeId, setThemeId] = useState<ThemeId>('light');
  const siteIcon = useSiteIcon(initial.pageUrl ?? initial.url, initial.favicon);
  const [showIcon, setShowIcon] = useState(true);
  // The site's colour: its theme-color, else its icon's colour, else the default. The reader's own choice
  // (null until they pick one) wins over all three.
  const defaultAccent = siteAccent(initial.accent, siteIcon.state === 'loaded' ? siteIcon.color : null);
  const [chosenAccent, setAccent] = useState<string | null>(null);
  const accent = chosenAccent ?? defaultAccent;
  const { image, allow } = useLeadImage(initial.image);

  const theme = cardTheme(themeId);
  const content = {
    quote: text.quote.trim(),
    speaker: text.speaker.trim() || undefined,
    role: text.role.trim() || undefined,
    title: initial.title,
    siteName: initial.siteName,
    dir: initial.dir,
    lang: initial.lang,
  };
  const alt = altText({ ...content }, altStrings());
  const specFor = (size: CardSize): CardSpec => ({
    size,
    theme,
    accent,
    content,
    image: image.state === 'loaded' ? image.bitmap : undefined,
    favicon: showIcon && siteIcon.state === 'loaded' ? siteIcon.bitmap : undefined,
  });
  return {
    text,
    setText,
    themeId,
    setThemeId,
    theme,
    siteIcon,
    showIcon,
    setShowIcon,
    accent,
    setAccent,
    image,
    allowImage: allow,
    alt,
    specFor,
  };
}
