// The card faces, bundled with the extension (no network). Each stylesheet declares @font-face rules split
// by unicode-range, so the browser only loads the subsets a card actually uses.
import '@fontsource/inter/400.css';
import '@fontsource/inter/700.css';
import '@fontsource/source-serif-4/400.css';
import '@fontsource/source-serif-4/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import '@fontsource/noto-sans-hebrew/400.css';
import '@fontsource/noto-sans-hebrew/700.css';
import '@fontsource/noto-sans-jp/400.css';
import { CARD_FONTS } from '@/utils/card/draw';

/** Load every face the text needs at the weights cards use, before drawing on a canvas. */
export async function loadCardFonts(text: string): Promise<void> {
  const sample = text || 'Aa';
  await Promise.all(
    [
      `400 32px ${CARD_FONTS.sans}`,
      `700 32px ${CARD_FONTS.sans}`,
      `400 32px ${CARD_FONTS.serif}`,
      `700 32px ${CARD_FONTS.serif}`,
    ].map((spec) => document.fonts.load(spec, sample)),
  );
}
