import { failure } from '../../localized';
import type { ImportResult, LibraryItem } from '../types';
import { readCsv } from './csv';
import { isInstapaperHeader, parseInstapaperCsv } from './instapaper-csv';
import { parseLibraryJson } from './json';
import { parseNetscapeBookmarks } from './netscape';
import { omnivoreSteps, parseOmnivoreZip } from './omnivore';
import { isPocketHeader, parsePocketCsv } from './pocket-csv';

export { parseInstapaperCsv } from './instapaper-csv';
export { exportLibraryJson, itemProblem, type LibraryExport, parseLibraryJson } from './json';
export { exportMarkdownZip, htmlToMarkdown, itemToMarkdown, safeFileStem } from './markdown';
export { exportNetscapeBookmarks, parseNetscapeBookmarks } from './netscape';
export { parseOmnivoreHighlights, parseOmnivoreZip } from './omnivore';
export { exportPocketCsv, parsePocketCsv } from './pocket-csv';

/** A file format the library can import. */
type ImportFormat = 'pullquote-json' | 'pocket-csv' | 'instapaper-csv' | 'netscape-html' | 'omnivore-zip';

/** How `parseImport` runs: the time stamped on items the file gives no time for, and a DOMParser. */
interface ImportOptions {
  now?: number;
  parser?: DOMParser;
}

function isZip(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
}

function asText(data: Uint8Array | string): string {
  // TextDecoder drops a UTF-8 BOM; strings keep it, and each parser strips it.
  return typeof data === 'string' ? data : new TextDecoder().decode(data);
}

/** How `parseImportAsync` shares the page: `pause` lets it run (yieldToMain), at most every `sliceMs` of work. */
interface AsyncImportOptions extends ImportOptions {
  pause: () => Promise<void>;
  sliceMs?: number;
}

/**
 * `parseImport` for a page that must stay responsive: an Omnivore zip (the one format whose parsing takes
 * seconds: inflating, then reading every article's HTML) is parsed in slices with `pause` between them;
 * the other formats as `parseImport` does. Same result.
 */
export async function parseImportAsync(
  fileName: string,
  data: Uint8Array | string,
  options: AsyncImportOptions,
): Promise<ImportResult> {
  if (typeof data === 'string' || detectFormat(fileName, data) !== 'omnivore-zip') {
    return parseImport(fileName, data, options);
  }
  const now = options.now ?? Date.now();
  const sliceMs = options.sliceMs ?? 8;
  const steps = omnivoreSteps(data, now, options.parser);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value.ok ? { ...step.value, items: dedupe(step.value.items) } : step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await options.pause();
      sliceStart = performance.now();
    }
  }
}

/** Which format a file is in, from its content first and its name second; null when it is none we read. */
export function detectFormat(fileName: string, data: Uint8Array | string): ImportFormat | null {
  if (typeof data !== 'string' && isZip(data)) return 'omnivore-zip';
  const text = asText(data).replace(/^\uFEFF/, '');
  const start = text.trimStart().slice(0, 2048);
  if (start.startsWith('{') && /"format"\s*:\s*"pullquote-library"/.test(start)) return 'pullquote-json';
  if (/<!DOCTYPE\s+NETSCAPE-Bookmark-file/i.test(start)) return 'netscape-html';
  const firstLine = start.split(/\r\n?|\n/, 1)[0] ?? '';
  const header = readCsv(firstLine);
  const fields = header.ok ? (header.rows[0]?.fields ?? []) : [];
  if (isPocketHeader(fields)) return 'pocket-csv';
  if (isInstapaperHeader(fields)) return 'instapaper-csv';
  const lower = fileName.toLowerCase();
  if (/\.html?$/.test(lower) && /<dl[\s>]/i.test(text) && /<a\s[^>]*href/i.test(text)) return 'netscape-html';
  return null;
}

/** Items read twice (a file that lists a page twice) become one: the first, with every row's tags. */
function dedupe(items: readonly LibraryItem[]): LibraryItem[] {
  const byId = new Map<string, LibraryItem>();
  for (const item of items) {
    const first = byId.get(item.id);
    if (!first) byId.set(item.id, item);
    else byId.set(item.id, { ...first, tags: [...new Set([...first.tags, ...item.tags])] });
  }
  return [...byId.values()];
}

/**
 * Every item in an import file, or a plain-language error (with the line or item at fault) and no items:
 * a file is imported whole or not at all. Items without content have fetchState 'pending'.
 */
export function parseImport(
  fileName: string,
  data: Uint8Array | string,
  options: ImportOptions = {},
): ImportResult {
  const now = options.now ?? Date.now();
  const format = detectFormat(fileName, data);
  let result: ImportResult;
  switch (format) {
    case 'omnivore-zip':
      result =
        typeof data === 'string'
          ? { ok: false, error: 'Zip files must be read as bytes.' }
          : parseOmnivoreZip(data, now, options.parser);
      break;
    case 'pullquote-json':
      result = parseLibraryJson(asText(data), now);
      break;
    case 'pocket-csv':
      result = parsePocketCsv(asText(data), now);
      break;
    case 'instapaper-csv':
      result = parseInstapaperCsv(asText(data), now);
      break;
    case 'netscape-html':
      result = parseNetscapeBookmarks(asText(data), now, options.parser);
      break;
    default:
      return failure(
        'importErrorUnknownFormat',
        [fileName],
        `${fileName} is not a file Pullquote can import. Use a Pocket or Instapaper CSV, a bookmarks HTML file, an Omnivore zip or a Pullquote JSON export.`,
      );
  }
  return result.ok
    ? { ok: true, items: dedupe(result.items), repairedDates: result.repairedDates ?? 0 }
    : result;
}
