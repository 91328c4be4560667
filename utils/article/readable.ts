import type { ExtractedArticle } from './types';

/**
 * The article, or null for a page that is not one (`readable: false`) or could not be read. Kept apart from
 * `extractArticle` so that the popup can use it without loading Readability.
 */
export function readableArticle(extraction: ExtractedArticle | null): ExtractedArticle | null {
  return extraction?.readable === true ? extraction : null;
}
