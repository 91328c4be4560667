import { extractArticle, readableArticle } from '../article';
import type { Article } from '../article/types';
import { parseSnapshot } from '../page/parse';

/** Readability on a fetched or captured page's HTML, in any document-capable context. */
export function extractFromHtml(
  html: string,
  url: string,
  parser: DOMParser = new DOMParser(),
): Article | null {
  const doc = parseSnapshot({ html, url, title: '', selection: '', tookMs: 0 }, parser);
  // The document was parsed just for this: Readability may work on it directly.
  return readableArticle(extractArticle(doc, { url, consume: true }));
}
