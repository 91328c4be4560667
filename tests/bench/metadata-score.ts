/**
 * Metadata scoring for the Readability test pages (../shared/corpus/README.md, section 2 "Metric").
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
