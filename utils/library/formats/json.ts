import { failure } from '../../localized';
import { isSaneTime, saneTime } from '../../time';
import { checkedCardPost } from '../card-post';
import { hasImpossibleTime } from '../item';
import type { ImportResult, LibraryItem } from '../types';
import { libraryUrl, urlKey } from '../url';

/** The library's own export: every field of every item, nothing lost. */
export interface LibraryExport {
  format: 'pullquote-library';
  version: 1;
  /** Epoch milliseconds. */
  exportedAt: number;
  items: LibraryItem[];
}

/** The JSON export of `items` (pretty-printed: people diff and inspect these files). */
export function exportLibraryJson(items: readonly LibraryItem[], now: number): string {
  const data: LibraryExport = { format: 'pullquote-library', version: 1, exportedAt: now, items: [...items] };
  return JSON.stringify(data, null, 2);
}

type Check = (value: unknown) => boolean;
const isString: Check = (value) => typeof value === 'string';
const isNonEmptyString: Check = (value) => typeof value === 'string' && value.trim() !== '';
const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const orNull =
  (check: Check): Check =>
  (value) =>
    value === null || check(value);
const isHttpUrl: Check = (value) => {
  if (typeof value !== 'string') return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
};
const isRecordWith =
  (fields: Record<string, Check>): Check =>
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    Object.entries(fields).every(([name, check]) => check((value as Record<string, unknown>)[name]));
const isArrayOf =
  (check: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(check);

// Field → [check, what a valid value is, in words].
const ITEM_FIELDS: Record<keyof LibraryItem, [Check, string]> = {
  id: [isNonEmptyString, 'a non-empty string'],
  url: [isHttpUrl, 'an http(s) address'],
  title: [isString, 'a string'],
  site: [isString, 'a string'],
  byline: [orNull(isString), 'a string or null'],
  lang: [orNull(isString), 'a string or null'],
  dir: [(value) => value === null || value === 'ltr' || value === 'rtl', '"ltr", "rtl" or null'],
  publishedTime: [orNull(isString), 'a string or null'],
  excerpt: [orNull(isString), 'a string or null'],
  leadImage: [orNull(isString), 'a string or null'],
  contentHtml: [orNull(isString), 'a string or null'],
  text: [orNull(isString), 'a string or null'],
  wordCount: [(value) => isNumber(value) && (value as number) >= 0, 'a number of 0 or more'],
  readingMinutes: [
    (value) => value === undefined || (isNumber(value) && (value as number) >= 0),
    'a number of 0 or more when present',
  ],
  savedAt: [isNumber, 'a time in milliseconds'],
  updatedAt: [isNumber, 'a time in milliseconds'],
  tags: [isArrayOf(isString), 'a list of strings'],
  state: [(value) => value === 'unread' || value === 'archived', '"unread" or "archived"'],
  favourite: [(value) => typeof value === 'boolean', 'true or false'],
  progress: [
    (value) => isNumber(value) && (value as number) >= 0 && (value as number) <= 1,
    'a number from 0 to 1',
  ],
  quotes: [isArrayOf(isRecordWith({ text: isString, createdAt: isNumber })), 'a list of { text, createdAt }'],
  cards: [
    isArrayOf(isRecordWith({ quote: isString, theme: isString, size: isString, createdAt: isNumber })),
    'a list of { quote, theme, size, createdAt }',
  ],
  fetchState: [
    (value) => value === 'ok' || value === 'pending' || value === 'failed',
    '"ok", "pending" or "failed"',
  ],
  fetchError: [(value) => value === undefined || typeof value === 'string', 'a string when present'],
};

/** The first problem with `value` as a library item, in words, or null when it is one. */
export function itemProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'is not an object';
  const record = value as Record<string, unknown>;
  for (const [name, [check, expected]] of Object.entries(ITEM_FIELDS)) {
    if (!check(record[name])) {
      return name in record ? `field "${name}" should be ${expected}` : `field "${name}" is missing`;
    }
  }
  return null;
}

/**
 * The item as the library stores it, built field by field from a checked record: unknown fields are
 * dropped, the URL is cleaned and the id derived from it (a file cannot file one page's content under
 * another page's id), and impossible times become the import's date (`now`), an `updatedAt` the `savedAt`.
 * Null when the URL is not one the library keeps.
 */
function importedItem(record: LibraryItem, now: number): LibraryItem | null {
  const url = libraryUrl(record.url);
  const id = url === null ? null : urlKey(url);
  if (url === null || id === null) return null;
  const savedAt = saneTime(record.savedAt, now, now);
  return {
    id,
    url,
    title: record.title,
    site: record.site,
    byline: record.byline,
    lang: record.lang,
    dir: record.dir,
    publishedTime: record.publishedTime,
    excerpt: record.excerpt,
    leadImage: record.leadImage,
    contentHtml: record.contentHtml,
    text: record.text,
    wordCount: record.wordCount,
    ...(record.readingMinutes === undefined ? {} : { readingMinutes: Math.round(record.readingMinutes) }),
    savedAt,
    updatedAt: saneTime(record.updatedAt, savedAt, now),
    tags: [...record.tags],
    state: record.state,
    favourite: record.favourite,
    progress: record.progress,
    quotes: record.quotes.map((quote) => ({
      text: quote.text,
      createdAt: saneTime(quote.createdAt, now, now),
    })),
    cards: record.cards.map((card) => {
      // Where the card was posted comes back with it; an address that is not one is dropped, not the card.
      const post = checkedCardPost(card.post);
      return {
        quote: card.quote,
        theme: card.theme,
        size: card.size,
        createdAt: saneTime(card.createdAt, now, now),
        ...(post === null ? {} : { post }),
      };
    }),
    fetchState: record.fetchState,
    ...(record.fetchError === undefined ? {} : { fetchError: record.fetchError }),
  };
}

/**
 * Items from a Pullquote JSON export; any invalid item fails the whole file, naming it (1-based) and its
 * field. Each item is rebuilt from the fields the library knows (see `importedItem`); impossible times are
 * replaced by `now` (the import's date) and counted in `repairedDates`.
 */
export function parseLibraryJson(text: string, now: number = Date.now()): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return failure('importErrorNotJson', [], 'This file is not valid JSON.');
  }
  const root = data as Partial<LibraryExport> | null;
  if (typeof root !== 'object' || root === null || root.format !== 'pullquote-library') {
    return failure('importErrorNotExport', [], 'This JSON file is not a Pullquote library export.');
  }
  if (root.version !== 1) {
    return failure(
      'importErrorVersion',
      [String(root.version)],
      `This export is version ${String(root.version)}; this Pullquote reads version 1.`,
    );
  }
  if (!Array.isArray(root.items)) return failure('importErrorNoItems', [], 'The export has no "items" list.');
  const items: LibraryItem[] = [];
  let repairedDates = 0;
  for (const [index, value] of root.items.entries()) {
    const problem = itemProblem(value);
    if (problem) return failure('importErrorItem', [index + 1, problem], `Item ${index + 1}: ${problem}.`);
    const record = value as LibraryItem;
    const item = importedItem(record, now);
    if (!item) {
      const url = 'field "url" should be an http(s) address';
      return failure('importErrorItem', [index + 1, url], `Item ${index + 1}: ${url}.`);
    }
    if (hasImpossibleTime(record, now) || record.cards.some((card) => !isSaneTime(card.createdAt, now)))
      repairedDates += 1;
    items.push(item);
  }
  return { ok: true, items, repairedDates };
}
