/** Small string helpers shared by the metadata and text passes. */
import { findDate } from './dates';
import { allMatches } from './matches';

const SPACE = /\s/;

/** Whether the character at `i` is whitespace (as `\s`), without a regular expression for ASCII (hot loops). */
export function isSpaceAt(value: string, i: number): boolean {
  const code = value.charCodeAt(i);
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(value.charAt(i)));
}

/** Collapses every whitespace run (including NBSP and newlines) to one space and trims. */
export function collapseWhitespace(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** A trimmed, whitespace-collapsed string, or null when nothing is left. */
export function cleanValue(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const cleaned = collapseWhitespace(unescapeHtmlEntities(value));
  return cleaned === '' ? null : cleaned;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: '\u00a0',
};

/**
 * Decodes the entities sites double-escape in meta values and JSON-LD ("Tom &amp;amp; Jerry" arrives as
 * "Tom &amp; Jerry" after HTML parsing). Same set Readability decodes, plus `&nbsp;`.
 */
export function unescapeHtmlEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value
    .replace(/&(quot|amp|apos|lt|gt|nbsp);/g, (_, name: string) => NAMED_ENTITIES[name] ?? '')
    .replace(/&#(?:x([0-9a-f]+)|([0-9]+));/gi, (_, hex: string | undefined, dec: string | undefined) => {
      const code = hex !== undefined ? Number.parseInt(hex, 16) : Number.parseInt(dec ?? '', 10);
      // Same replacement a conforming HTML parser makes for references it cannot represent.
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return String.fromCodePoint(valid ? code : 0xfffd);
    });
}

/** Loose comparison key for titles and headings: case, punctuation and spacing do not matter. */
export function comparisonKey(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * How much of `candidate` appears in `reference`: the share (by length) of the candidate's words that the
 * reference also has, from 0 to 1. Readability's `_textSimilarity`, which it uses for the same choices.
 */
export function textSimilarity(reference: string, candidate: string): number {
  const words = (value: string): string[] =>
    value
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word !== '');
  const known = new Set(words(reference));
  const candidateWords = words(candidate);
  if (candidateWords.length === 0) return 0;
  const unknown = candidateWords.filter((word) => !known.has(word));
  return 1 - unknown.join(' ').length / candidateWords.join(' ').length;
}

/** "2019-04-28 06:01:07", "2017-11-24T18:42:20.314667": an ISO-like timestamp without a zone. */
const ZONELESS_STAMP = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(\.\d{1,3})?\d*$/;

/** A time zone written after a time: "Z", "+01:00", "-0500", "GMT", "UTC+2", "EST". */
const HAS_ZONE = /\d\s*(?:z|[+-]\d{2}:?\d{2}|\s*(?:gmt|utc)\b)|\d\s+[A-Z]{2,4}T?\b\s*$/i;

/**
 * Parses a date the way a page means it and returns ISO 8601 (`toISOString`), or null.
 * `Date` accepts odd inputs ("1" is the year 2001 in V8), so the parsed year must be one written in the string
 * (±1 for time-zone shifts across New Year) and within a plausible range. A date without a time zone is its day at
 * noon UTC, which shows as that day in every time zone from UTC−11 to UTC+11 (see dates.ts).
 */
export function toIsoDate(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  // Without a time zone, `Date` reads a time as the machine's local time: the same page would get another date
  // on another machine. A machine-readable timestamp without a zone ("2018-04-05T06:00", "2019-04-28 06:01:07")
  // is read as UTC, as a server would have written it; any other date as `findDates` reads a page's date lines
  // (the day, at noon UTC).
  const stamp = trimmed.match(ZONELESS_STAMP);
  if (stamp !== null) return toIsoDate(`${stamp[1]}T${stamp[2]}${stamp[3] ?? ''}Z`);
  if (!HAS_ZONE.test(trimmed)) {
    const found = findDate(trimmed);
    if (found !== null) return found.iso;
  }
  const years = trimmed.match(/\d{4}/g);
  if (years === null) return null;
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  if (year < 1900 || year > 2200) return null;
  if (!years.some((written) => Math.abs(Number(written) - year) <= 1)) return null;
  return date.toISOString();
}

/** Separators between a headline and a site name: " | ", " - ", ": "… */
const SITE_NAME_SEPARATORS = /\s+[|\-–—·•»«/\\:]\s+|:\s+/g;

/** Drops a " | Site Name" suffix or "Site Name: " prefix from a headline (og:title and <title> often carry one). */
export function withoutSiteName(title: string, siteName: string | null): string {
  if (siteName === null) return title;
  const site = comparisonKey(siteName);
  if (site === '') return title;
  const separators = allMatches(SITE_NAME_SEPARATORS, title);
  const last = separators[separators.length - 1];
  if (last?.index !== undefined && comparisonKey(title.slice(last.index + last[0].length)) === site) {
    const rest = title.slice(0, last.index).trim();
    if (rest !== '') return rest;
  }
  const firstSeparator = separators[0];
  if (firstSeparator?.index !== undefined && comparisonKey(title.slice(0, firstSeparator.index)) === site) {
    const rest = title.slice(firstSeparator.index + firstSeparator[0].length).trim();
    if (rest !== '') return rest;
  }
  return title;
}

/**
 * A byline as a name: without the "By"/"Par"/"Por"/"Von" lead-in pages print before it ("By Joshua Sokol"), and
 * without a site name the CMS glued to it ("unocero - Alberto Ávila").
 */
export function cleanByline(byline: string | null, siteName: string | null): string | null {
  if (byline === null) return null;
  const name = withoutSiteName(byline.replace(/^(?:by|par|por|von|door)\b\s*:?\s*/i, ''), siteName).trim();
  return name === '' ? byline : name;
}
