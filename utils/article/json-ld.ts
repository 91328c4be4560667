/**
 * Article metadata from schema.org JSON-LD (`<script type="application/ld+json">`).
 *
 * Real pages nest the article in many shapes: a bare object, an array of objects, an `@graph` (Yoast and most
 * CMS plugins), a `WebPage` whose `mainEntity` is the article, and authors/publishers given by `@id` reference
 * to another node of the graph. We flatten all of that, then read the first node whose type is an Article.
 */
import { cleanValue, unescapeHtmlEntities } from './strings';

type JsonObject = { [key: string]: unknown };

export interface JsonLdArticle {
  headline: string | null;
  name: string | null;
  byline: string | null;
  /** Whether every author is typed as an organization (a desk or outlet, not a person). */
  bylineIsOrganization: boolean;
  siteName: string | null;
  datePublished: string | null;
  dateModified: string | null;
  description: string | null;
  image: string | null;
  /**
   * The article's text as the page declares it, for checking the extracted text: entities decoded, any markup
   * dropped, one paragraph a line.
   */
  articleBody: string | null;
}

/** schema.org Article and its subtypes (https://schema.org/Article), the same family Readability accepts. */
const ARTICLE_TYPES = new Set(
  [
    'Article',
    'AdvertiserContentArticle',
    'NewsArticle',
    'AnalysisNewsArticle',
    'AskPublicNewsArticle',
    'BackgroundNewsArticle',
    'OpinionNewsArticle',
    'ReportageNewsArticle',
    'ReviewNewsArticle',
    'Report',
    'SatiricalArticle',
    'ScholarlyArticle',
    'MedicalScholarlyArticle',
    'SocialMediaPosting',
    'BlogPosting',
    'LiveBlogPosting',
    'DiscussionForumPosting',
    'TechArticle',
    'APIReference',
  ].map((type) => type.toLowerCase()),
);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `@type` may be a string, an array, or prefixed (`schema:NewsArticle`, `http://schema.org/NewsArticle`). */
function isArticleNode(node: JsonObject): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some(
    (t) =>
      typeof t === 'string' &&
      ARTICLE_TYPES.has(
        t
          .replace(/^.*[/:#]/, '')
          .trim()
          .toLowerCase(),
      ),
  );
}

function parseJson(text: string): unknown {
  // CDATA wrappers and HTML comments are common leftovers of old CMS templates.
  const body = text.replace(/^\s*(?:<!\[CDATA\[|<!--)/, '').replace(/(?:\]\]>|-->)\s*$/, '');
  try {
    return JSON.parse(body);
  } catch {
    // Raw newlines and tabs inside strings are the most frequent JSON-LD syntax error; retry without them.
    try {
      return JSON.parse(body.replace(/[\t\n\r\f\v]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

/** Every object node of a JSON-LD document, in document order, walking arrays, `@graph` and `mainEntity`. */
function collectNodes(root: unknown, out: JsonObject[]): void {
  const queue: unknown[] = [root];
  // A visit budget keeps a hostile or enormous JSON-LD block from costing more than it is worth.
  for (let next = 0; next < queue.length && next < 5000; next++) {
    const value = queue[next];
    if (Array.isArray(value)) {
      queue.push(...value);
    } else if (isObject(value)) {
      out.push(value);
      if (value['@graph'] !== undefined) queue.push(value['@graph']);
      if (value.mainEntity !== undefined) queue.push(value.mainEntity);
    }
  }
}

function resolveRef(value: unknown, byId: Map<string, JsonObject>): unknown {
  if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
    return byId.get(value['@id']) ?? value;
  }
  return value;
}

function nameOf(value: unknown, byId: Map<string, JsonObject>): string | null {
  // A publisher given as a one-element array is still one publisher.
  const resolved = resolveRef(Array.isArray(value) ? value[0] : value, byId);
  if (typeof resolved === 'string') return cleanValue(resolved);
  if (isObject(resolved)) {
    const name = resolved.name;
    if (Array.isArray(name)) return cleanValue(name.filter((n) => typeof n === 'string').join(', '));
    return cleanValue(name);
  }
  return null;
}

const ORGANIZATION_TYPES =
  /^(?:organization|newsmediaorganization|corporation|ngo|educationalorganization|governmentorganization|localbusiness|website)$/i;

function isOrganization(value: unknown, byId: Map<string, JsonObject>): boolean {
  const resolved = resolveRef(value, byId);
  if (!isObject(resolved)) return false;
  const type = resolved['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some(
    (t) => typeof t === 'string' && ORGANIZATION_TYPES.test(t.replace(/^.*[/:#]/, '').trim()),
  );
}

/** Authors as "A, B" (Readability's format): a string, an object with `name`, or an array of either. */
function bylineOf(author: unknown, byId: Map<string, JsonObject>): string | null {
  const authors = Array.isArray(author) ? author : [author];
  const names: string[] = [];
  for (const entry of authors) {
    const name = nameOf(entry, byId);
    // A URL as an author "name" is a profile link, not a byline.
    if (name !== null && !/^https?:\/\//i.test(name) && !names.includes(name)) names.push(name);
  }
  return names.length > 0 ? names.join(', ') : null;
}

function imageOf(image: unknown, byId: Map<string, JsonObject>): string | null {
  const first = Array.isArray(image) ? image[0] : image;
  const resolved = resolveRef(first, byId);
  if (typeof resolved === 'string') return cleanValue(resolved);
  if (isObject(resolved)) return cleanValue(resolved.url) ?? cleanValue(resolved.contentUrl);
  return null;
}

/** `articleBody` as plain text, one paragraph a line: some CMSs put HTML in it, most plain text with line breaks. */
function bodyText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = unescapeHtmlEntities(value)
    .replace(/<\/?(?:p|div|br|li|h[1-6]|blockquote|tr)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
  return text === '' ? null : text;
}

/**
 * The first Article-typed node of the page's JSON-LD blocks (the text of each `application/ld+json` script),
 * read into plain fields; null when there is none.
 */
export function readJsonLd(blocks: readonly string[]): JsonLdArticle | null {
  const nodes: JsonObject[] = [];
  for (const block of blocks) {
    const parsed = parseJson(block);
    if (parsed !== undefined) collectNodes(parsed, nodes);
  }
  const article = nodes.find(isArticleNode);
  if (article === undefined) return null;

  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    if (typeof node['@id'] === 'string' && Object.keys(node).length > 1) byId.set(node['@id'], node);
  }
  return {
    headline: cleanValue(article.headline),
    name: cleanValue(article.name),
    byline: bylineOf(article.author, byId),
    bylineIsOrganization:
      article.author !== undefined &&
      (Array.isArray(article.author) ? article.author : [article.author]).every((a) =>
        isOrganization(a, byId),
      ),
    siteName: nameOf(article.publisher, byId),
    datePublished: cleanValue(article.datePublished),
    dateModified: cleanValue(article.dateModified),
    description: cleanValue(article.description),
    image: imageOf(article.image, byId),
    articleBody: bodyText(article.articleBody),
  };
}
