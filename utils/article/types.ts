/** One article as Pullquote understands it. Plain JSON: it crosses message and storage boundaries. */
export interface Article {
  /** Canonical URL when the page declares one, else the page URL (absolute). */
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601, or null when the page gives no usable date. */
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  /** Absolute URL of the lead image (og:image, JSON-LD image, or the first content image). */
  leadImage: string | null;
  /** Readability's HTML with absolute URLs. NOT sanitized: rendering code must sanitize it. */
  contentHtml: string;
  /** Body text: paragraphs separated by one blank line; no headline, captions, credits, share bars or promos. */
  text: string;
  wordCount: number;
  readingMinutes: number;
}

/**
 * What `extractArticle` gives: the article, and what a consumer of it on the page's side needs besides (the popup,
 * cards, the library's save), read and validated here once.
 */
export interface ExtractedArticle extends Article {
  /**
   * False for a page that is not an article (a tweet, a video page, a home page): its metadata is read all the
   * same — title, byline, date, lead image — but `text` and `contentHtml` are empty. `readableArticle` keeps
   * only the articles.
   */
  readable: boolean;
  /** The address the article was read from (absolute); `url` may be the page's canonical URL instead. */
  pageUrl: string;
  /**
   * The URL to share or save the article under: `url` when it stays on the page's own site, else `pageUrl` (a
   * page must not send the reader elsewhere with a foreign `rel=canonical`; see `trustedArticleUrl`).
   */
  shareUrl: string;
  /** The site's colour from `<meta name=theme-color>`, as lowercase `#rrggbb`; null when missing or unreadable. */
  siteColor: string | null;
  /**
   * The icon the page declares (the largest bitmap `<link rel~=icon>`), else the site's `/favicon.ico`, absolute
   * http(s); null when the page is not http(s). For cards where the browser has no favicon cache.
   */
  siteIcon: string | null;
}

/** What any page says about itself, article or not: `extractMetadata`'s result. Plain JSON. */
export type PageMetadata = Pick<
  Article,
  'url' | 'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'dir' | 'excerpt' | 'leadImage'
>;

export interface ExtractOptions {
  /** The document's URL, used to resolve relative links when the document has no usable base. */
  url?: string;
  /**
   * Skip the `isProbablyReaderable` pre-check and try anyway (the user asked for "use the whole page anyway").
   * Null is still returned when nothing usable comes out.
   */
  force?: boolean;
  /**
   * The document is the caller's own throwaway copy (just parsed from HTML): Readability may change it, so
   * no copy is made. Without it the document is left untouched. Copying is cheap with a browser's native
   * DOM but about a quarter of the time on linkedom.
   */
  consume?: boolean;
}
