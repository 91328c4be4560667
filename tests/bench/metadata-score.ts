/**
 * Metadata scoring for the Readability test pages (tests/corpus/README.md, section 2 "Metric").
 * Unlike the snippet metric, this one uses JavaScript's own `\s`.
 */

export const METADATA_FIELDS = [
  'title',
  'byline',
  'excerpt',
  'siteName',
  'publishedTime',
  'lang',
  'dir',
] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

/** Loose on purpose: Readability's fields are `string | null | undefined`, ours are `string | null`. */
export type Metadata = Partial<Record<MetadataField, unknown>>;

/**
 * Collapse whitespace runs and trim; anything that is not a non-blank string is "absent" (null), so null,
 * undefined, a missing field and "" all compare equal.
 */
export function normMeta(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const normed = value.replace(/\s+/g, ' ').trim();
  return normed === '' ? null : normed;
}

export function fieldMatches(predicted: unknown, expected: unknown): boolean {
  return normMeta(predicted) === normMeta(expected);
}

function instant(value: string | null): number | null {
  if (value === null) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * publishedTime compared as points in time when both sides parse as dates, so an ISO rewrite of Readability's
 * raw meta value ("2019-01-01T10:00:00+01:00" vs "2019-01-01T09:00:00.000Z") still counts; otherwise the
 * plain string comparison above.
 */
export function sameInstant(predicted: unknown, expected: unknown): boolean {
  const p = normMeta(predicted);
  const e = normMeta(expected);
  const pt = instant(p);
  const et = instant(e);
  if (pt !== null && et !== null) return pt === et;
  return p === e;
}

/** Separators between a headline and a site name in titles ("Headline | Site", "Site: Headline"). */
const TITLE_SEPARATOR = /\s+[|\-–—·•»«/\\:]\s+|:\s+/g;
/** A site name is short: at most this many words. */
const MAX_SITE_NAME_WORDS = 5;

const wordCount = (value: string): number => value.split(' ').filter((w) => w !== '').length;

/**
 * Titles under the fair rule: equal, or equal to the expected title without one site-name-like part (at most
 * five words) before its first or after its last separator ("Headline | Site" and "Site: Headline" both match
 * "Headline"). Pullquote drops the site name from titles on purpose; Readability keeps it.
 */
export function sameTitle(predicted: unknown, expected: unknown): boolean {
  const p = normMeta(predicted);
  const e = normMeta(expected);
  if (p === e) return true;
  if (p === null || e === null) return false;
  const separators = Array.from(e.matchAll(TITLE_SEPARATOR));
  const first = separators[0];
  const last = separators[separators.length - 1];
  if (last?.index !== undefined) {
    const site = e.slice(last.index + last[0].length);
    if (wordCount(site) <= MAX_SITE_NAME_WORDS && e.slice(0, last.index).trim() === p) return true;
  }
  if (first?.index !== undefined) {
    const site = e.slice(0, first.index);
    if (wordCount(site) <= MAX_SITE_NAME_WORDS && e.slice(first.index + first[0].length).trim() === p)
      return true;
  }
  return false;
}

const BYLINE_LEAD = /^(?:by|par|por|von|door)\b\s*:?\s*/i;

/**
 * Bylines under the fair rule: equal once a leading "By" (or "Par", "Por", "Von", "Door") is dropped from both,
 * case-insensitively for that word only. Pullquote's byline is the name; Readability keeps the lead-in.
 */
export function sameByline(predicted: unknown, expected: unknown): boolean {
  const p = normMeta(predicted)?.replace(BYLINE_LEAD, '') ?? null;
  const e = normMeta(expected)?.replace(BYLINE_LEAD, '') ?? null;
  return (p === '' ? null : p) === (e === '' ? null : e);
}

/**
 * The fair rule per field, for deliberate normalisations: titles without a site-name part (`sameTitle`),
 * bylines without "By" (`sameByline`), publishedTime as instants (`sameInstant`); every other field as
 * `fieldMatches`. Applied to both extractors alike.
 */
export function fairFieldMatches(field: MetadataField, predicted: unknown, expected: unknown): boolean {
  switch (field) {
    case 'title':
      return sameTitle(predicted, expected);
    case 'byline':
      return sameByline(predicted, expected);
    case 'publishedTime':
      return sameInstant(predicted, expected);
    default:
      return fieldMatches(predicted, expected);
  }
}

export type FieldCounts = Record<MetadataField, number>;

export function emptyFieldCounts(): FieldCounts {
  return { title: 0, byline: 0, excerpt: 0, siteName: 0, publishedTime: 0, lang: 0, dir: 0 };
}

/** Which fields of one page match; `predicted` null = the extractor returned nothing (all fields absent). */
export function matchFields(predicted: Metadata | null, expected: Metadata): Record<MetadataField, boolean> {
  const result = {} as Record<MetadataField, boolean>;
  for (const field of METADATA_FIELDS) {
    result[field] = fieldMatches(predicted?.[field], expected[field]);
  }
  return result;
}
