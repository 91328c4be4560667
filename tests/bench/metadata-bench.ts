/** Readability metadata set: per-field agreement with Readability's recorded output (README section 2). */
import { isProbablyReaderable } from '@mozilla/readability';
import { type MetadataPage, parseDocument, READABILITY_TEST_URL, readMetadataHtml } from './corpus';
import { describeError, type Extractor } from './extractors';
import {
  emptyFieldCounts,
  type FieldCounts,
  fairFieldMatches,
  METADATA_FIELDS,
  type Metadata,
  type MetadataField,
  matchFields,
  normMeta,
  sameInstant,
} from './metadata-score';

/** Mismatch examples kept per field: enough to tune on, short enough to read. */
const EXAMPLES_PER_FIELD = 5;

export interface Mismatch {
  slug: string;
  predicted: string | null;
  expected: string | null;
}

export interface ExtractorMetadataSummary {
  id: Extractor['id'];
  label: string;
  matches: FieldCounts;
  /** publishedTime compared as instants when both sides parse as dates. */
  publishedTimeInstant: number;
  /** Matches under the fair rule (`fairFieldMatches`): deliberate normalisations are not counted as misses. */
  fairMatches: FieldCounts;
  /** Pages that miss a field under the fair rule, per field (the review list). */
  fairMisses: Record<MetadataField, Mismatch[]>;
  /** Pages on which all seven text fields match. */
  allFields: number;
  /** Only for plain Readability: isProbablyReaderable vs expected `readerable`, and all 8 fields. */
  readerable: number | null;
  allFieldsWithReaderable: number | null;
  nullPages: string[];
  errors: { slug: string; error: string }[];
  mismatchCount: FieldCounts;
  mismatchExamples: Record<MetadataField, Mismatch[]>;
}

export interface MetadataBenchResult {
  pages: number;
  extractors: ExtractorMetadataSummary[];
}

function emptySummary(extractor: Extractor, withReaderable: boolean): ExtractorMetadataSummary {
  const examples = {} as Record<MetadataField, Mismatch[]>;
  const fairMisses = {} as Record<MetadataField, Mismatch[]>;
  for (const field of METADATA_FIELDS) {
    examples[field] = [];
    fairMisses[field] = [];
  }
  return {
    id: extractor.id,
    label: extractor.label,
    matches: emptyFieldCounts(),
    publishedTimeInstant: 0,
    fairMatches: emptyFieldCounts(),
    fairMisses,
    allFields: 0,
    readerable: withReaderable ? 0 : null,
    allFieldsWithReaderable: withReaderable ? 0 : null,
    nullPages: [],
    errors: [],
    mismatchCount: emptyFieldCounts(),
    mismatchExamples: examples,
  };
}

/** `readerable` is decided on its own fresh parse, as in the README's baseline. */
function readerableMatches(html: string, expected: unknown): boolean {
  return isProbablyReaderable(parseDocument(html, READABILITY_TEST_URL)) === (expected === true);
}

function scorePageInto(
  summary: ExtractorMetadataSummary,
  extractor: Extractor,
  page: MetadataPage,
  html: string,
): void {
  let metadata: Metadata | null = null;
  try {
    metadata = extractor.extract(parseDocument(html, READABILITY_TEST_URL), READABILITY_TEST_URL).metadata;
  } catch (error) {
    summary.errors.push({ slug: page.slug, error: describeError(error) });
  }
  if (metadata === null) summary.nullPages.push(page.slug);
  const matched = matchFields(metadata, page.expected);
  for (const field of METADATA_FIELDS) {
    if (fairFieldMatches(field, metadata?.[field], page.expected[field])) summary.fairMatches[field]++;
    else {
      summary.fairMisses[field].push({
        slug: page.slug,
        predicted: normMeta(metadata?.[field]),
        expected: normMeta(page.expected[field]),
      });
    }
    if (matched[field]) {
      summary.matches[field]++;
      continue;
    }
    summary.mismatchCount[field]++;
    const examples = summary.mismatchExamples[field];
    if (examples.length < EXAMPLES_PER_FIELD) {
      examples.push({
        slug: page.slug,
        predicted: normMeta(metadata?.[field]),
        expected: normMeta(page.expected[field]),
      });
    }
  }
  if (sameInstant(metadata?.publishedTime, page.expected.publishedTime)) summary.publishedTimeInstant++;
  const allText = METADATA_FIELDS.every((f) => matched[f]);
  if (allText) summary.allFields++;
  if (summary.readerable !== null && summary.allFieldsWithReaderable !== null) {
    const readerable = readerableMatches(html, page.expected.readerable);
    if (readerable) summary.readerable++;
    if (readerable && allText) summary.allFieldsWithReaderable++;
  }
}

export function runMetadataBench(
  extractors: readonly Extractor[],
  pages: readonly MetadataPage[],
  onProgress: (done: number, total: number) => void,
): MetadataBenchResult {
  // readerable is a property of the page, not of an extractor: scored once, with the baseline.
  const summaries = extractors.map((e) => emptySummary(e, e.id === 'plain'));
  for (const [index, page] of pages.entries()) {
    const html = readMetadataHtml(page);
    for (const [i, extractor] of extractors.entries()) {
      const summary = summaries[i];
      if (summary !== undefined) scorePageInto(summary, extractor, page, html);
    }
    onProgress(index + 1, pages.length);
  }
  return { pages: pages.length, extractors: summaries };
}
