import fc from 'fast-check';
import { render } from 'preact';
import { LibraryRow } from '@/components/library/LibraryRow';
import { itemToMarkdown } from '@/utils/library/formats/markdown';
import { stubItem } from '@/utils/library/item';
import { toListRow } from '@/utils/library/list';
import type { LibraryItem } from '@/utils/library/types';
import { urlKey } from '@/utils/library/url';
import { EARLIEST_TIME, formatTime, isoTime, isSaneTime } from '@/utils/time';

/**
 * Runs per property: at least 1,000 in CI (issue 15). Each property is written to stay well under a second
 * at this count, so the unit suite does not grow much.
 */
export const RUNS = 1000;

/** "Now" for every property: imports replace impossible times with it. */
export const NOW = Date.UTC(2026, 5, 1);

/** Strings built to hurt parsers: CSV and HTML syntax, formula starts, controls, astral and RTL text. */
const NASTY = [
  '"',
  ',',
  '\n',
  '\r\n',
  '\t',
  '|',
  '=HYPERLINK("x")',
  '@SUM(1)',
  '+1',
  '-1',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&amp;',
  '\u0000',
  '\u202e',
  '😀',
  'é',
  'مرحبا',
  '  ',
  '\\',
  '`',
  '*',
];

/** Any text, weighted towards what breaks parsers. */
export const nastyText = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom(...NASTY)), { maxLength: 6 })
  .map((parts) => parts.join(''));

/** Text a person would type: printable, no control characters (HTML and CSV normalize those). */
export const plainText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 10 }),
      fc.constantFrom('"', ',', '|', '=SUM(1)', '@x', '+1', '-2', '<b>', '&', 'é', '😀', 'مرحبا'),
    ),
    { maxLength: 5 },
  )
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes.
  .map((parts) => parts.join('').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' '));

/** A tag as the library keeps it: trimmed, non-empty, no `|` or `,` (Pocket's and bookmarks' separators). */
export const tag = plainText
  .map((text) => text.replace(/[|,]/g, ' ').trim())
  .filter((text) => text !== '' && text.length <= 40);

/** Times, good and impossible. */
export const anyTime = fc.oneof(
  fc.integer({ min: EARLIEST_TIME, max: NOW }),
  fc.double(),
  fc.constantFrom(
    1e300,
    -1,
    0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    99_999_999_999_999_000,
    NOW + 2 * 86_400_000,
  ),
);
export const goodTime = fc.integer({ min: EARLIEST_TIME, max: NOW });

/** Web addresses, with queries and fragments. */
export const webUrl = fc.webUrl({ withQueryParameters: true, withFragments: true, size: 'small' });

/** A library item as importers make it: through `stubItem`, with good times. */
export const libraryItem = fc
  .record({
    url: webUrl,
    title: plainText,
    tags: fc.uniqueArray(tag, { maxLength: 4, comparator: (a, b) => a.toLowerCase() === b.toLowerCase() }),
    savedAt: goodTime,
    archived: fc.boolean(),
    excerpt: fc.option(plainText, { nil: null }),
  })
  .map(({ url, title, tags, savedAt, archived, excerpt }) =>
    stubItem({ url, title, tags, savedAt, excerpt, state: archived ? 'archived' : 'unread' }, NOW),
  )
  .filter((item): item is LibraryItem => item !== null);

/** Several items with distinct ids (a file that lists a page twice is deduplicated on import). */
export const libraryItems = fc.uniqueArray(libraryItem, { maxLength: 4, selector: (item) => item.id });

const container = document.createElement('div');

/**
 * Throws unless `item` is one every page can show: checked times that format, an id that is its URL's
 * key, strings where strings go, progress 0..1; then its list row is drawn and its Markdown written,
 * which is what threw `RangeError: Invalid time value` before issue 15.
 */
export function assertRenderable(item: LibraryItem, options: { draw?: boolean; now?: number } = {}): void {
  const now = options.now ?? NOW;
  const problems: string[] = [];
  if (!isSaneTime(item.savedAt, now)) problems.push(`savedAt ${item.savedAt}`);
  if (!isSaneTime(item.updatedAt, now)) problems.push(`updatedAt ${item.updatedAt}`);
  if (formatTime(item.savedAt, 'en') === null || isoTime(item.savedAt) === null) problems.push('date');
  if (urlKey(item.url) !== item.id) problems.push(`id ${item.id} for ${item.url}`);
  if (typeof item.title !== 'string' || item.title.trim() === '') problems.push('title');
  if (!item.tags.every((value) => typeof value === 'string' && value.trim() !== '')) problems.push('tags');
  if (!(item.progress >= 0 && item.progress <= 1)) problems.push('progress');
  if (!item.quotes.every((quote) => isSaneTime(quote.createdAt, now))) problems.push('quote time');
  if (problems.length > 0) throw new Error(`Not renderable: ${problems.join(', ')}`);
  if (options.draw === false) return;
  render(
    <LibraryRow
      row={toListRow(item)}
      position={0}
      selected={false}
      active
      formatDate={(ms) => formatTime(ms, 'en')}
      onToggleSelect={() => {}}
      onArchive={() => {}}
      onFavourite={() => {}}
      onFocusRow={() => {}}
    />,
    container,
  );
  if (!container.textContent?.includes(item.title.trim().slice(0, 20).trim()))
    throw new Error('row not drawn');
  render(null, container);
  itemToMarkdown({ ...item, contentHtml: null });
}
