import { escapeHtml } from '../../escape-html';
import { failure } from '../../localized';
import { hasImpossibleTime, normalizeTags, type StubFields, stubItem } from '../item';
import type { ImportResult, LibraryItem } from '../types';
import { exportSeconds } from './csv';
import { domParser } from './html';

// Browsers' own top-level folders: every bookmark is in one, so as tags they would say nothing.
const ROOT_FOLDERS = new Set([
  'bookmarks',
  'bookmarks bar',
  'bookmarks toolbar',
  'bookmarks menu',
  'other bookmarks',
  'mobile bookmarks',
  'favorites bar',
  'favourites bar',
]);

function seconds(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  const number = Number(value.trim());
  // Some exporters write microseconds or milliseconds; bookmarks are not from before 2001 or after 2286.
  if (number > 1e14) return Math.floor(number / 1000);
  if (number > 1e11) return number;
  return number * 1000;
}

/** The names of the folders a bookmark sits in, outermost first, without the browser's root folders. */
function foldersOf(anchor: Element): string[] {
  const folders: string[] = [];
  for (let list = anchor.closest('dl'); list; list = list.parentElement?.closest('dl') ?? null) {
    let heading = list.previousElementSibling;
    while (heading && heading.tagName !== 'H3' && heading.tagName !== 'DL' && heading.tagName !== 'A') {
      heading = heading.previousElementSibling;
    }
    if (heading?.tagName !== 'H3') continue;
    const name = heading.textContent?.trim() ?? '';
    if (
      name === '' ||
      heading.hasAttribute('personal_toolbar_folder') ||
      ROOT_FOLDERS.has(name.toLowerCase())
    ) {
      continue;
    }
    folders.unshift(name);
  }
  return folders;
}

/**
 * Items from a Netscape bookmark file (what every browser, Pocket and Instapaper export): ADD_DATE (or
 * Pocket's TIME_ADDED) → savedAt, TAGS (comma-separated) and the enclosing folders → tags, a following
 * `<DD>` → excerpt. Bookmarks that are not web pages (bookmarklets, `place:`, `about:`) are skipped.
 */
export function parseNetscapeBookmarks(html: string, now: number, parser?: DOMParser): ImportResult {
  const doc = domParser(parser).parseFromString(html, 'text/html');
  const anchors = Array.from(doc.querySelectorAll('a[href]'));
  if (anchors.length === 0 && !/NETSCAPE-Bookmark-file/i.test(html)) {
    return failure('importErrorNoBookmarks', [], 'This HTML file has no bookmarks in it.');
  }
  const items: LibraryItem[] = [];
  let repairedDates = 0;
  for (const anchor of anchors) {
    const next = anchor.parentElement?.nextElementSibling;
    const description = next?.tagName === 'DD' ? (next.textContent ?? '') : null;
    const tagAttribute = anchor.getAttribute('tags') ?? '';
    const stub: StubFields = {
      url: anchor.getAttribute('href') ?? '',
      title: anchor.textContent,
      excerpt: description,
      savedAt: seconds(anchor.getAttribute('add_date') ?? anchor.getAttribute('time_added')) ?? now,
      tags: [...foldersOf(anchor), ...tagAttribute.split(',')],
    };
    const item = stubItem(stub, now);
    if (!item) continue;
    if (hasImpossibleTime(stub, now)) repairedDates += 1;
    items.push(item);
  }
  return { ok: true, items, repairedDates };
}

/** A Netscape bookmark file with every item at the top level (no folder: it would come back as a tag); tags in TAGS, the excerpt in `<DD>`. */
export function exportNetscapeBookmarks(items: readonly LibraryItem[], title = 'Pullquote library'): string {
  const lines = items.map((item) => {
    const attributes = [
      `HREF="${escapeHtml(item.url)}"`,
      `ADD_DATE="${exportSeconds(item.savedAt)}"`,
      `LAST_MODIFIED="${exportSeconds(item.updatedAt)}"`,
    ];
    const tags = normalizeTags(item.tags.map((tag) => tag.replace(/,/g, ' ')));
    if (tags.length > 0) attributes.push(`TAGS="${escapeHtml(tags.join(','))}"`);
    const excerpt = item.excerpt ? `\n    <DD>${escapeHtml(item.excerpt)}` : '';
    return `    <DT><A ${attributes.join(' ')}>${escapeHtml(item.title)}</A>${excerpt}`;
  });
  return [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<!-- This is an automatically generated file. It will be read and overwritten. DO NOT EDIT! -->',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    `<TITLE>${escapeHtml(title)}</TITLE>`,
    `<H1>${escapeHtml(title)}</H1>`,
    '<DL><p>',
    ...lines,
    '</DL><p>',
    '',
  ].join('\n');
}
