import type { Article } from '../article/types';
import { readingMinutes } from '../article/words';
import { localized } from '../localized';
import { isSaneTime, saneTime } from '../time';
import { LibraryError } from './errors';
import type { LibraryItem } from './types';
import { hostOf, libraryUrl, urlKey } from './url';

/** The fields an importer or sync knows about a page it has not fetched. */
export interface StubFields {
  url: string;
  title?: string | null;
  site?: string | null;
  byline?: string | null;
  excerpt?: string | null;
  savedAt?: number;
  updatedAt?: number;
  tags?: readonly string[];
  state?: LibraryItem['state'];
  favourite?: boolean;
  progress?: number;
  quotes?: LibraryItem['quotes'];
  contentHtml?: string | null;
  text?: string | null;
  wordCount?: number;
}

/** Tags as the library keeps them: trimmed, non-empty, first spelling of each (case-insensitive) kept. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

function clampProgress(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}

/**
 * Whether `fields` carry a time that `stubItem` will replace (before 1990, more than a day ahead of `now`,
 * not a finite number): an import counts these to tell the reader.
 */
export function hasImpossibleTime(fields: Pick<StubFields, 'savedAt' | 'updatedAt' | 'quotes'>, now: number) {
  const times = [fields.savedAt, fields.updatedAt, ...(fields.quotes ?? []).map((quote) => quote.createdAt)];
  return times.some((time) => time !== undefined && !isSaneTime(time, now));
}

/**
 * An item for a page known only by its URL and a few fields (an import row, a synced entry). Without
 * content its `fetchState` is 'pending' so the library fetches it later. Null when `url` is not http(s).
 * Times are checked here, where they enter: an impossible one becomes `now` (the import's date), an
 * impossible `updatedAt` the item's `savedAt`.
 */
export function stubItem(fields: StubFields, now: number): LibraryItem | null {
  const url = libraryUrl(fields.url);
  const id = url === null ? null : urlKey(url);
  if (url === null || id === null) return null;
  const savedAt = saneTime(fields.savedAt, now, now);
  const hasContent = Boolean(fields.contentHtml) || Boolean(fields.text);
  const wordCount = fields.wordCount ?? 0;
  return {
    id,
    url,
    title: fields.title?.trim() || url,
    site: fields.site?.trim() || hostOf(url),
    byline: fields.byline?.trim() || null,
    lang: null,
    dir: null,
    publishedTime: null,
    excerpt: fields.excerpt?.trim() || null,
    leadImage: null,
    contentHtml: fields.contentHtml || null,
    text: fields.text || null,
    wordCount,
    ...(fields.text && wordCount > 0 ? { readingMinutes: readingMinutes(fields.text, wordCount) } : {}),
    savedAt,
    updatedAt: saneTime(fields.updatedAt, savedAt, now),
    tags: normalizeTags(fields.tags ?? []),
    state: fields.state ?? 'unread',
    favourite: fields.favourite ?? false,
    progress: clampProgress(fields.progress),
    quotes: (fields.quotes ?? []).map((quote) => ({
      text: quote.text,
      createdAt: saneTime(quote.createdAt, now, now),
    })),
    cards: [],
    fetchState: hasContent ? 'ok' : 'pending',
  };
}

/**
 * The library item for an extracted article. Saving a page already in the library (`existing`) refreshes
 * its content and `updatedAt` and keeps everything the reader did with it: savedAt, tags, state,
 * favourite, progress, quotes and cards.
 */
export function itemFromArticle(article: Article, now: number, existing?: LibraryItem): LibraryItem {
  const url = libraryUrl(article.url);
  const id = url === null ? null : urlKey(url);
  if (url === null || id === null) {
    throw new LibraryError('invalid', 'Only web pages (http or https addresses) can be saved.', {
      localized: localized('libraryErrorNotWebPage'),
    });
  }
  return {
    id,
    url,
    title: article.title.trim() || url,
    site: article.siteName?.trim() || hostOf(url),
    byline: article.byline,
    lang: article.lang,
    dir: article.dir,
    publishedTime: article.publishedTime,
    excerpt: article.excerpt,
    leadImage: article.leadImage,
    contentHtml: article.contentHtml,
    text: article.text,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    savedAt: existing?.savedAt ?? now,
    updatedAt: now,
    tags: existing ? [...existing.tags] : [],
    state: existing?.state ?? 'unread',
    favourite: existing?.favourite ?? false,
    progress: existing?.progress ?? 0,
    quotes: existing ? existing.quotes.map((quote) => ({ ...quote })) : [],
    cards: existing ? existing.cards.map((card) => ({ ...card })) : [],
    fetchState: 'ok',
  };
}
