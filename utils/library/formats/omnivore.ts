import { unzipSync } from 'fflate';
import { countWords } from '../../article/words';
import { failure } from '../../localized';
import { saneTime } from '../../time';
import { hasImpossibleTime, type StubFields, stubItem } from '../item';
import type { ImportResult, LibraryItem, LibraryQuote } from '../types';
import { textFromHtml } from './html';

/** One record of Omnivore's `metadata_*.json` (the fields we read). */
interface OmnivoreRecord {
  slug?: unknown;
  title?: unknown;
  description?: unknown;
  author?: unknown;
  url?: unknown;
  state?: unknown;
  readingProgress?: unknown;
  labels?: unknown;
  savedAt?: unknown;
  updatedAt?: unknown;
}

const decoder = new TextDecoder();

function stringOr(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function time(value: unknown): number | null {
  const parsed = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(parsed) ? null : parsed;
}

function labelNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((label: unknown) => {
    if (typeof label === 'string') return [label];
    const name = typeof label === 'object' && label !== null ? (label as { name?: unknown }).name : null;
    return typeof name === 'string' ? [name] : [];
  });
}

/**
 * Highlights from Omnivore's `highlights/{slug}.md`: each blockquote is one highlight (its lines joined),
 * without the trailing `[⤴️](…)` link back to Omnivore; notes and other text are not quotes.
 */
export function parseOmnivoreHighlights(markdown: string, createdAt: number): LibraryQuote[] {
  const quotes: LibraryQuote[] = [];
  let lines: string[] = [];
  const flush = () => {
    const text = lines
      .join('\n')
      .replace(/\s*\[⤴️?\]\([^)]*\)\s*$/u, '')
      .trim();
    if (text !== '') quotes.push({ text, createdAt });
    lines = [];
  };
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const match = /^\s*>\s?(.*)$/.exec(line);
    if (match) lines.push(match[1] ?? '');
    else flush();
  }
  flush();
  return quotes;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Items from an Omnivore export zip: `metadata_*.json` arrays, `content/{slug}.html` (→ contentHtml and
 * text, fetchState 'ok'; without it 'pending') and `highlights/{slug}.md` (→ quotes). State "Archived" →
 * archived, readingProgress 0..100 → progress, labels → tags. Any bad metadata fails the whole file.
 */
export function parseOmnivoreZip(bytes: Uint8Array, now: number, parser?: DOMParser): ImportResult {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return failure('importErrorZipDamaged', [], 'This zip file is damaged and cannot be opened.');
  }
  // Exports are sometimes re-zipped inside a folder: find files by their last path parts.
  const bySuffix = new Map<string, Uint8Array>();
  for (const [path, data] of Object.entries(files)) {
    const parts = path.split('/');
    bySuffix.set(parts.slice(-2).join('/'), data);
  }
  const metadataFiles = Object.keys(files)
    .filter((path) => /^metadata_.*\.json$/i.test(baseName(path)))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (metadataFiles.length === 0) {
    return failure(
      'importErrorNotOmnivore',
      [],
      'This zip is not an Omnivore export: it has no metadata_*.json file.',
    );
  }
  const items: LibraryItem[] = [];
  let repairedDates = 0;
  for (const path of metadataFiles) {
    const name = baseName(path);
    let records: unknown;
    try {
      records = JSON.parse(decoder.decode(files[path]));
    } catch {
      return failure('importErrorFileNotJson', [name], `${name}: not valid JSON.`);
    }
    if (!Array.isArray(records)) {
      return failure('importErrorFileNotList', [name], `${name}: expected a list of articles.`);
    }
    for (const [index, value] of records.entries()) {
      const record = (typeof value === 'object' && value !== null ? value : {}) as OmnivoreRecord;
      const url = stringOr(record.url) ?? '';
      const slug = stringOr(record.slug);
      const savedAt = saneTime(time(record.savedAt), now, now);
      const content = slug ? bySuffix.get(`content/${slug}.html`) : undefined;
      const highlights = slug ? bySuffix.get(`highlights/${slug}.md`) : undefined;
      const contentHtml = content ? decoder.decode(content) : null;
      const text = contentHtml ? textFromHtml(contentHtml, parser) : null;
      const progress = typeof record.readingProgress === 'number' ? record.readingProgress / 100 : 0;
      const stub: StubFields = {
        url,
        title: stringOr(record.title),
        byline: stringOr(record.author),
        excerpt: stringOr(record.description),
        savedAt,
        updatedAt: time(record.updatedAt) ?? savedAt,
        tags: labelNames(record.labels),
        state: record.state === 'Archived' ? 'archived' : 'unread',
        progress,
        quotes: highlights ? parseOmnivoreHighlights(decoder.decode(highlights), savedAt) : [],
        contentHtml,
        text,
        wordCount: text ? countWords(text) : 0,
      };
      const item = stubItem(stub, now);
      if (!item) {
        return failure(
          'importErrorArticleAddress',
          [name, index + 1, url],
          `${name}, article ${index + 1}: "${url}" is not a web address.`,
        );
      }
      const parsedSavedAt = time(record.savedAt);
      if (hasImpossibleTime({ ...stub, savedAt: parsedSavedAt ?? undefined }, now)) repairedDates += 1;
      items.push(item);
    }
  }
  return { ok: true, items, repairedDates };
}
