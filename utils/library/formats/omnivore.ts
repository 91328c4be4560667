import { type UnzipFileInfo, unzipSync } from 'fflate';
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

/** The most one file of the zip (a metadata list, one article's HTML) may hold once inflated. */
export const MAX_ZIP_ENTRY_BYTES = 32 * 1024 * 1024;
/** The most all the files an import reads may hold once inflated. */
const MAX_ZIP_TOTAL_BYTES = 512 * 1024 * 1024;
/**
 * How many times its own size a zip may expand to (plus 1 MiB for small ones): HTML and JSON compress
 * 5 to 10 times, a zip bomb a thousand (issue 15, finding 8).
 */
export const OMNIVORE_MAX_EXPANSION = 40;

const damaged = () => failure('importErrorZipDamaged', [], 'This zip file is damaged and cannot be opened.');

function tooLarge(declared: number) {
  const megabytes = String(Math.ceil(declared / (1024 * 1024)));
  return failure(
    'importErrorZipTooLarge',
    [megabytes],
    `This zip would expand to ${megabytes} MB, far more than an export holds; it was not opened.`,
  );
}

/** Every entry of the zip's central directory, inflating nothing; null when the zip cannot be read. */
function listEntries(bytes: Uint8Array): UnzipFileInfo[] | null {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push(file);
        return false;
      },
    });
  } catch {
    return null;
  }
  return entries;
}

/**
 * The named entries, inflated, or null when one is damaged: each is inflated into a buffer of the size
 * its header declares (checked against the caps before this is called; fflate never grows it), and
 * must come out that size.
 */
function inflateEntries(
  bytes: Uint8Array,
  wanted: ReadonlyMap<string, UnzipFileInfo>,
): Map<string, Uint8Array> | null {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => wanted.has(file.name) });
  } catch {
    return null;
  }
  const out = new Map<string, Uint8Array>();
  for (const [name, info] of wanted) {
    const data = files[name];
    if (!data || data.length !== info.originalSize) return null;
    out.set(name, data);
  }
  return out;
}

/** Whether inflating `declared` bytes from a zip of `zipBytes` is within every cap. */
function withinCaps(declared: number, zipBytes: number): boolean {
  return declared <= MAX_ZIP_TOTAL_BYTES && declared <= zipBytes * OMNIVORE_MAX_EXPANSION + 1024 * 1024;
}

type Failure = ReturnType<typeof failure>;

/** One metadata list of the export, and the files its articles need from the zip. */
interface OmnivoreList {
  name: string;
  records: unknown[];
  wanted: Map<string, UnzipFileInfo>;
}

/** The export's metadata lists, inflated once their declared sizes are within the caps. */
function readMetadata(
  bytes: Uint8Array,
  entries: UnzipFileInfo[],
): Failure | { metadataFiles: UnzipFileInfo[]; metadata: Map<string, Uint8Array>; declared: number } {
  const metadataFiles = entries
    .filter((entry) => /^metadata_.*\.json$/i.test(baseName(entry.name)))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  if (metadataFiles.length === 0) {
    return failure(
      'importErrorNotOmnivore',
      [],
      'This zip is not an Omnivore export: it has no metadata_*.json file.',
    );
  }
  let declared = 0;
  for (const entry of metadataFiles) {
    if (entry.originalSize > MAX_ZIP_ENTRY_BYTES) return tooLarge(entry.originalSize);
    declared += entry.originalSize;
  }
  if (!withinCaps(declared, bytes.length)) return tooLarge(declared);
  const metadata = inflateEntries(bytes, new Map(metadataFiles.map((entry) => [entry.name, entry])));
  if (metadata === null) return damaged();
  return { metadataFiles, metadata, declared };
}

/**
 * Every list, read; then what each needs from the zip, checked against the caps before any of it
 * (`declared` is what the metadata already takes).
 */
function planLists(
  bytes: Uint8Array,
  bySuffix: ReadonlyMap<string, UnzipFileInfo>,
  read: { metadataFiles: UnzipFileInfo[]; metadata: Map<string, Uint8Array>; declared: number },
): Failure | OmnivoreList[] {
  let { declared } = read;
  const lists: OmnivoreList[] = [];
  for (const entry of read.metadataFiles) {
    const name = baseName(entry.name);
    let records: unknown;
    try {
      records = JSON.parse(decoder.decode(read.metadata.get(entry.name)));
    } catch {
      return failure('importErrorFileNotJson', [name], `${name}: not valid JSON.`);
    }
    if (!Array.isArray(records)) {
      return failure('importErrorFileNotList', [name], `${name}: expected a list of articles.`);
    }
    const wanted = new Map<string, UnzipFileInfo>();
    for (const value of records) {
      const slug = stringOr((typeof value === 'object' && value !== null ? value : {}).slug);
      for (const suffix of slug ? [`content/${slug}.html`, `highlights/${slug}.md`] : []) {
        const file = bySuffix.get(suffix);
        if (!file || wanted.has(file.name)) continue;
        if (file.originalSize > MAX_ZIP_ENTRY_BYTES) return tooLarge(file.originalSize);
        declared += file.originalSize;
        wanted.set(file.name, file);
      }
    }
    lists.push({ name, records, wanted });
  }
  if (!withinCaps(declared, bytes.length)) return tooLarge(declared);
  return lists;
}

/** One record as the fields of a library item, its article and highlights read from `fileFor`. */
function recordFields(
  record: OmnivoreRecord,
  fileFor: (suffix: string) => Uint8Array | undefined,
  now: number,
  parser?: DOMParser,
): StubFields & { url: string } {
  const url = stringOr(record.url) ?? '';
  const slug = stringOr(record.slug);
  const savedAt = saneTime(time(record.savedAt), now, now);
  const content = slug ? fileFor(`content/${slug}.html`) : undefined;
  const highlights = slug ? fileFor(`highlights/${slug}.md`) : undefined;
  const contentHtml = content ? decoder.decode(content) : null;
  const text = contentHtml ? textFromHtml(contentHtml, parser) : null;
  const progress = typeof record.readingProgress === 'number' ? record.readingProgress / 100 : 0;
  return {
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
}

/**
 * The Omnivore import as steps: it yields between articles so a caller can let the page run (see
 * `parseOmnivoreZipAsync`), and returns the result. Nothing is inflated before the sizes the zip declares
 * are checked against the caps, and only the files the import reads are inflated: the metadata lists, then
 * one list's articles and highlights at a time.
 */
export function* omnivoreSteps(
  bytes: Uint8Array,
  now: number,
  parser?: DOMParser,
): Generator<void, ImportResult, void> {
  const entries = listEntries(bytes);
  if (entries === null) return damaged();
  // Exports are sometimes re-zipped inside a folder: find files by their last path parts.
  const bySuffix = new Map<string, UnzipFileInfo>();
  for (const entry of entries) bySuffix.set(entry.name.split('/').slice(-2).join('/'), entry);
  const read = readMetadata(bytes, entries);
  if ('ok' in read) return read;
  const lists = planLists(bytes, bySuffix, read);
  if ('ok' in lists) return lists;

  const items: LibraryItem[] = [];
  let repairedDates = 0;
  for (const { name, records, wanted } of lists) {
    yield;
    const files = inflateEntries(bytes, wanted);
    if (files === null) return damaged();
    const fileFor = (suffix: string) => {
      const entry = bySuffix.get(suffix);
      return entry ? files.get(entry.name) : undefined;
    };
    for (const [index, value] of records.entries()) {
      yield;
      const record = (typeof value === 'object' && value !== null ? value : {}) as OmnivoreRecord;
      const stub = recordFields(record, fileFor, now, parser);
      const item = stubItem(stub, now);
      if (!item) {
        return failure(
          'importErrorArticleAddress',
          [name, index + 1, stub.url],
          `${name}, article ${index + 1}: "${stub.url}" is not a web address.`,
        );
      }
      const parsedSavedAt = time(record.savedAt);
      if (hasImpossibleTime({ ...stub, savedAt: parsedSavedAt ?? undefined }, now)) repairedDates += 1;
      items.push(item);
    }
  }
  return { ok: true, items, repairedDates };
}

/**
 * Items from an Omnivore export zip: `metadata_*.json` arrays, `content/{slug}.html` (→ contentHtml and
 * text, fetchState 'ok'; without it 'pending') and `highlights/{slug}.md` (→ quotes). State "Archived" →
 * archived, readingProgress 0..100 → progress, labels → tags. Any bad metadata fails the whole file, and
 * so does a zip that declares more than the caps (`MAX_ZIP_ENTRY_BYTES`, `MAX_ZIP_TOTAL_BYTES`,
 * `OMNIVORE_MAX_EXPANSION`).
 */
export function parseOmnivoreZip(bytes: Uint8Array, now: number, parser?: DOMParser): ImportResult {
  const steps = omnivoreSteps(bytes, now, parser);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
