/**
 * Mapping the reader's page selection back onto `article.text`. `Selection.toString()` and the extractor's
 * text disagree on whitespace (a selection across two paragraphs has "\n" or "\n\n" or nothing where the text
 * has "\n\n"; &nbsp; becomes a space; inline blocks add line breaks), so the match ignores whitespace and
 * invisible formatting characters entirely, then maps back to the exact substring of the text.
 */
import type { Range } from './text-ranges';

/** Whitespace, soft hyphen, zero-width space/joiners, word joiner, BOM. */
const IGNORABLE = /[\s\u00AD\u200B-\u200D\u2060\uFEFF]/u;

/** The first place `selection` occurs in `text`, whitespace-insensitively; undefined if it does not. */
export function findSelection(text: string, selection: string): Range | undefined {
  const wanted = Array.from(selection)
    .filter((char) => !IGNORABLE.test(char))
    .join('');
  if (wanted === '') return undefined;
  const kept: string[] = [];
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (IGNORABLE.test(char)) continue;
    kept.push(char);
    positions.push(i);
  }
  const compact = kept.join('');
  let at = compact.indexOf(wanted);
  // CSS text-transform can change the case the page shows (and selects); lower-casing is safe to try only
  // when it keeps every offset where it was.
  if (at === -1) {
    const lowerText = compact.toLowerCase();
    const lowerWanted = wanted.toLowerCase();
    if (lowerText.length === compact.length && lowerWanted.length === wanted.length)
      at = lowerText.indexOf(lowerWanted);
  }
  if (at === -1) return undefined;
  const start = positions[at];
  const last = positions[at + wanted.length - 1];
  return start === undefined || last === undefined ? undefined : { start, end: last + 1 };
}
