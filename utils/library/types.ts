import type { Localized } from '../localized';
/** A quote the reader kept from a saved article. */
export interface LibraryQuote {
  text: string;
  createdAt: number;
}

/** A quote card the reader made from a saved article (its settings, not the image). */
export interface LibraryCard {
  quote: string;
  theme: string;
  size: string;
  createdAt: number;
  /** Where the card was posted (utils/bluesky/library.ts), when it was. */
  post?: LibraryCardPost;
}

/** A post made with a card: its record URI, its address on bsky.app, and on its own PDS when self-hosted. */
export interface LibraryCardPost {
  network: 'bluesky';
  uri: string;
  url: string;
  pdsUrl?: string;
}

/** Read state of a saved article. */
export type LibraryState = 'unread' | 'archived';

/** Whether the article's content is in the library ('ok'), still to fetch ('pending'), or could not be fetched. */
type FetchState = 'ok' | 'pending' | 'failed';

/**
 * One saved article (IndexedDB schema version 3 keeps it in two stores: the row in `items`, `contentHtml` and
 * `text` in `contents`; `LIBRARY_DB_VERSION` in db-name.ts). Plain JSON: it crosses message, storage and
 * export boundaries.
 */
export interface LibraryItem {
  /** Stable key: `urlKey(url)`, so saving the same page twice updates one item. */
  id: string;
  /** The page's URL without tracking parameters, credentials or fragment; `www.` kept so the link still works. */
  url: string;
  title: string;
  /** Site name when the page declares one, else its host without `www.`. */
  site: string;
  byline: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** ISO 8601. */
  publishedTime: string | null;
  excerpt: string | null;
  leadImage: string | null;
  /** As extracted (absolute URLs), NOT sanitized: render only through `sanitizeArticleHtml`. */
  contentHtml: string | null;
  text: string | null;
  wordCount: number;
  /**
   * Minutes to read, as extraction counted them (`utils/article/words.ts`, CJK by characters), so the
   * library shows the popup's figure. Absent on items saved before it was kept and on items without
   * content: `minutesToRead` then times `wordCount`.
   */
  readingMinutes?: number;
  /** Epoch milliseconds. */
  savedAt: number;
  /** Epoch milliseconds of the last change to content, state or tags (sync: newest wins). */
  updatedAt: number;
  tags: string[];
  state: LibraryState;
  favourite: boolean;
  /** Reading progress, 0..1. */
  progress: number;
  quotes: LibraryQuote[];
  cards: LibraryCard[];
  fetchState: FetchState;
  fetchError?: string;
}

/** What the list shows of an item: everything but its content (schema 3 keeps these apart). */
export type LibraryRow = Omit<LibraryItem, 'contentHtml' | 'text'>;

/** An item's content, stored apart from its row (schema 3) so listing 10,000 items never reads it. */
export interface LibraryContent {
  id: string;
  contentHtml: string | null;
  text: string | null;
}

/** A version 2 record: the row and its content in one object (store `items`). */
export type LibraryItemV2 = LibraryItem;

/** A version 1 record: no `updatedAt`, no `cards` (the v2 upgrade backfills both). */
export type LibraryItemV1 = Omit<LibraryItem, 'updatedAt' | 'cards'>;

/** What an importer produces: a complete item, `fetchState: 'pending'` when the file had no content. */
type ImportedItem = LibraryItem;

/** Result of reading an import file: every item, or a plain-language error and nothing else. */
export type ImportResult =
  | {
      ok: true;
      items: ImportedItem[];
      /** Items whose file gave an impossible time (replaced by the import's date): the page says how many. */
      repairedDates?: number;
    }
  | { ok: false; error: string; localized?: Localized };
