/** Independent counters for the share tests: never the code under test. */
import twitter from 'twitter-text';

const graphemeSegmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

export function graphemes(text: string): number {
  return [...graphemeSegmenter.segment(text)].length;
}

export function codePoints(text: string): number {
  return [...text].length;
}

/** X's own counter on the post as X builds it from `text=` and `url=` (URL appended after a space). */
export function xWeight(body: string, url: string): number {
  return twitter.parseTweet(body === '' ? url : `${body} ${url}`).weightedLength;
}

/** The decoded query of an intent URL, as an object, for whole-object comparisons. */
export function params(intent: string): Record<string, string> {
  return Object.fromEntries(new URL(intent).searchParams);
}
