/**
 * The card's source line, shortened the way an editor would: "Title · Site" when it fits; else the title
 * alone (the site name goes first: the site's icon, the link and the post say where it is from); else the
 * title cut between words with "…"; a site name with no title is cut the same way. Never cut mid-word
 * unless a single word is wider than the line. Pure: the measuring function is injected (a canvas's
 * `measureText` on a card, a fake in tests).
 */

import { fitQuote } from './fit';
import type { SegmentWords } from './segment';

export const SOURCE_SEPARATOR = ' · ';

export interface SourceLineOptions {
  title: string;
  siteName?: string;
  /** The line's width, in the same unit as `measure`. */
  width: number;
  /** Width of `text` on one line, in the line's font. */
  measure: (text: string) => number;
  /** BCP 47 tag of the title: where words break (Japanese, Thai…). */
  lang?: string;
  /** Replaces `Intl.Segmenter`'s word segmentation (tests; engines without it). */
  segmentWords?: SegmentWords;
}

export function sourceLine(options: SourceLineOptions): string {
  const title = options.title.replace(/\s+/g, ' ').trim();
  const site = (options.siteName ?? '').replace(/\s+/g, ' ').trim();
  const fits = (text: string) => options.measure(text) <= options.width;
  const whole = [title, site].filter(Boolean).join(SOURCE_SEPARATOR);
  if (whole === '' || fits(whole)) return whole;
  const kept = title || site;
  if (fits(kept)) return kept;
  // One line at a fixed size: fitting it is cutting it at the last word that fits, with an ellipsis.
  const size = 100;
  return fitQuote({
    text: kept,
    box: { width: options.width, height: size },
    maxFontSize: size,
    minFontSize: size,
    lineHeight: 1,
    lang: options.lang,
    measure: (text) => options.measure(text),
    segmentWords: options.segmentWords,
  }).text;
}
