/**
 * Article metadata set (tests/corpus/metadata): title, author, publication date and lead image per page, for
 * each extractor, scored by the set's matching rules (page-metadata-score.ts).
 */
import { type PageMetadataPage, parseDocument, readPageMetadataHtml } from './corpus';
import { describeError, type Extraction, type Extractor } from './extractors';
import {
  firstImageOf,
  PAGE_FIELDS,
  type PageField,
  type PageValues,
  pageFieldMatches,
} from './page-metadata-score';

export interface PageFieldMiss {
  slug: string;
  got: string | null;
  expected: string | null;
}

export type PageFieldCounts = Record<PageField, { hits: number; scored: number }>;

export interface PageMetadataColumn {
  /** `ours-metadata`: extractArticle, or extractMetadata where extractArticle finds no article. */
  id: Extractor['id'] | 'ours-metadata';
  label: string;
  counts: PageFieldCounts;
  misses: Record<PageField, PageFieldMiss[]>;
  /** Pages on which the extractor returned nothing. */
  nullPages: string[];
  errors: { slug: string; error: string }[];
}

export interface PageMetadataBenchResult {
  pages: number;
  columns: PageMetadataColumn[];
}

function emptyColumn(id: PageMetadataColumn['id'], label: string): PageMetadataColumn {
  const counts = {} as PageFieldCounts;
  const misses = {} as Record<PageField, PageFieldMiss[]>;
  for (const field of PAGE_FIELDS) {
    counts[field] = { hits: 0, scored: 0 };
    misses[field] = [];
  }
  return { id, label, counts, misses, nullPages: [], errors: [] };
}

function cleanString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export function valuesOf(extraction: Extraction | null, pageUrl: string): PageValues | null {
  if (extraction === null || extraction.metadata === null) return null;
  const { metadata } = extraction;
  return {
    title: cleanString(metadata.title),
    author: cleanString(metadata.byline),
    date: cleanString(metadata.publishedTime),
    image:
      extraction.leadImage === undefined
        ? firstImageOf(extraction.contentHtml, pageUrl)
        : cleanString(extraction.leadImage),
  };
}

function scoreInto(column: PageMetadataColumn, page: PageMetadataPage, values: PageValues | null): void {
  if (values === null) column.nullPages.push(page.slug);
  for (const field of PAGE_FIELDS) {
    const got = values?.[field] ?? null;
    const hit = pageFieldMatches(field, got, page.expected);
    if (hit === undefined) continue;
    const counts = column.counts[field];
    counts.scored++;
    if (hit) counts.hits++;
    else column.misses[field].push({ slug: page.slug, got, expected: expectedOf(page, field) });
  }
}

function expectedOf(page: PageMetadataPage, field: PageField): string | null {
  const { expected } = page;
  switch (field) {
    case 'title':
      return expected.title;
    case 'author':
      return expected.author_names?.join(' + ') ?? expected.author;
    case 'date':
      return expected.date_published;
    case 'image':
      return expected.lead_image_url;
  }
}

type Run = (doc: Document, url: string) => Extraction;

function runOne(
  run: Run,
  html: string,
  page: PageMetadataPage,
  column: PageMetadataColumn,
): Extraction | null {
  try {
    // Parsed without a document URL and given the page URL, as the set's reference scorer does.
    return run(parseDocument(html, undefined), page.expected.url);
  } catch (error) {
    column.errors.push({ slug: page.slug, error: describeError(error) });
    return null;
  }
}

export function runPageMetadataBench(
  extractors: readonly Extractor[],
  pages: readonly PageMetadataPage[],
  onProgress: (done: number, total: number) => void,
): PageMetadataBenchResult {
  const columns = extractors.map((e) => emptyColumn(e.id, e.label));
  const ours = extractors.find((e) => e.id === 'ours');
  const fallback =
    ours?.extractMetadata === undefined
      ? null
      : emptyColumn('ours-metadata', `${ours.label}, else extractMetadata`);
  for (const [index, page] of pages.entries()) {
    const html = readPageMetadataHtml(page);
    for (const [i, extractor] of extractors.entries()) {
      const column = columns[i];
      if (column === undefined) continue;
      const extraction = runOne(extractor.extract, html, page, column);
      const values = valuesOf(extraction, page.expected.url);
      scoreInto(column, page, values);
      if (extractor === ours && fallback !== null && ours.extractMetadata !== undefined) {
        const metadataOnly =
          values === null
            ? valuesOf(runOne(ours.extractMetadata, html, page, fallback), page.expected.url)
            : values;
        scoreInto(fallback, page, metadataOnly);
      }
    }
    onProgress(index + 1, pages.length);
  }
  return { pages: pages.length, columns: fallback === null ? columns : [...columns, fallback] };
}

export function accuracy(counts: PageFieldCounts, field: PageField): number {
  const { hits, scored } = counts[field];
  return scored === 0 ? Number.NaN : hits / scored;
}
