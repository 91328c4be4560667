/**
 * Fitting a quote into its box: the largest whole font size whose wrapped lines fit, else the longest
 * prefix (cut between words, ending in "…") that fits at the minimum size. The measuring function is
 * injected (a canvas `measureText` in the extension, a fake in tests), so this runs in Node.
 *
 * Pass `text` as it will be drawn (with inline quotation marks, if the theme puts them around the quote), and
 * a `measure` using the card's font, weight and letter-spacing: what is measured is what fits.
 * The composer must render `lines` one per line, unwrapped (e.g. each in a block with `white-space: pre`),
 * so the card shows exactly the layout measured here. Lines are in logical order; `dir` and `lang` on the
 * element make the browser lay RTL text out right to left.
 */

import {
  defaultSegmentWords,
  graphemes,
  normalizeQuote,
  type Piece,
  type SegmentWords,
  splitPieces,
} from './segment';
import { lineText, type MeasureText, wrapPieces } from './wrap';

export const ELLIPSIS = '…';

export interface FitOptions {
  readonly text: string;
  readonly box: { readonly width: number; readonly height: number };
  readonly maxFontSize: number;
  readonly minFontSize: number;
  /** As a multiple of the font size, like CSS's unitless `line-height`. */
  readonly lineHeight: number;
  /** Width in px of `text` on a single line at `fontSize`. */
  readonly measure: MeasureText;
  /** BCP 47 tag of the quote: picks the segmenter's dictionary (Japanese, Thai...). */
  readonly lang?: string;
  /** Replaces `Intl.Segmenter`'s word segmentation (tests; engines without it). */
  readonly segmentWords?: SegmentWords;
}

export interface FitResult {
  readonly fontSize: number;
  readonly lines: string[];
  /** True when the quote was shortened: the composer tells the user. */
  readonly truncated: boolean;
  /** The text shown: whitespace collapsed, and ending in "…" when truncated. */
  readonly text: string;
}

/** Punctuation that reads wrong right before the ellipsis ("word,…"); closing quotes and brackets stay. */
const DANGLING = /[\s\p{Po}\p{Pd}]+$/u;

export function fitQuote(options: FitOptions): FitResult {
  const { box, lineHeight, measure } = options;
  const minFontSize = Math.max(1, Math.ceil(Math.min(options.minFontSize, options.maxFontSize)));
  const maxFontSize = Math.max(minFontSize, Math.floor(options.maxFontSize));
  const pieces = splitPieces(
    normalizeQuote(options.text),
    options.segmentWords ?? defaultSegmentWords,
    options.lang,
  );
  const text = lineText(pieces);

  const layout = (candidate: readonly Piece[], fontSize: number): string[] | null => {
    const { lines, withinWidth } = wrapPieces(candidate, { width: box.width, fontSize, measure });
    // A tiny tolerance so 3 × 40 × 1.2 (144.00000000000003 in floating point) still fits 144px.
    const fitsHeight = lines.length * fontSize * lineHeight <= box.height + 1e-6;
    return withinWidth && fitsHeight ? lines : null;
  };

  if (pieces.length === 0) return { fontSize: maxFontSize, lines: [], truncated: false, text: '' };

  // Binary search for the largest size that fits: about log2(max - min) layouts instead of one per size.
  // Only sizes that were laid out and fitted are ever returned, so the result never overflows; if wrapping
  // were ever non-monotonic (a larger size fitting where a smaller one did not), it would only cost a pixel or two.
  let best: { fontSize: number; lines: string[] } | null = null;
  let low = minFontSize;
  let high = maxFontSize;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const lines = layout(pieces, middle);
    if (lines) {
      best = { fontSize: middle, lines };
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  if (best) return { ...best, truncated: false, text };

  return truncate(pieces, minFontSize, layout);
}

/** The longest prefix of whole pieces, plus "…", that fits at the minimum size; failing that, of graphemes. */
function truncate(
  pieces: readonly Piece[],
  fontSize: number,
  layout: (candidate: readonly Piece[], fontSize: number) => string[] | null,
): FitResult {
  const shortened = (count: number): Piece[] => {
    const kept = pieces.slice(0, count);
    const last = kept.pop();
    if (!last) return [];
    const trimmed = last.text.replace(DANGLING, '') || last.text;
    return [...kept, { text: trimmed + ELLIPSIS, space: '' }];
  };

  // Fewer words never need more lines, so a binary search finds the longest prefix that fits.
  let low = 1;
  let high = pieces.length - 1;
  let best: { pieces: Piece[]; lines: string[] } | null = null;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const candidate = shortened(middle);
    const lines = layout(candidate, fontSize);
    if (lines) {
      best = { pieces: candidate, lines };
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  if (best) return { fontSize, lines: best.lines, truncated: true, text: lineText(best.pieces) };

  // Not even the first word fits (a very long word in a tiny box): cut it between graphemes.
  const first = graphemes(pieces[0]?.text ?? '');
  for (let count = first.length - 1; count >= 0; count--) {
    const candidate = [{ text: first.slice(0, count).join('') + ELLIPSIS, space: '' }];
    const lines = layout(candidate, fontSize);
    if (lines) return { fontSize, lines, truncated: true, text: lineText(candidate) };
  }
  // The box cannot hold even "…": show nothing rather than overflow.
  return { fontSize, lines: [], truncated: true, text: '' };
}
