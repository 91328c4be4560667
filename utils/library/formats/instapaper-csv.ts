import { failure } from '../../localized';
import { hasImpossibleTime, type StubFields, stubItem } from '../item';
import type { ImportResult, LibraryItem } from '../types';
import { columnIndexes, field, readCsv } from './csv';

const REQUIRED = ['url', 'title', 'selection', 'folder', 'timestamp'] as const;

/** Whether a header row is Instapaper's (`URL,Title,Selection,Folder,Timestamp[,Tags]`). */
export function isInstapaperHeader(fields: readonly string[]): boolean {
  return columnIndexes(fields, REQUIRED) !== null;
}

function parseTags(raw: string): string[] | null {
  if (raw.trim() === '') return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) && value.every((tag) => typeof tag === 'string') ? value : null;
  } catch {
    return null;
  }
}

/**
 * Items from Instapaper's export CSV. Folder "Unread" → unread, "Archive" → archived, "Starred" → unread
 * favourite, any other folder → unread with the folder's name as a tag. Selection (the text highlighted
 * when saving) becomes the excerpt. Any bad row fails the whole file with its line number.
 */
export function parseInstapaperCsv(text: string, now: number): ImportResult {
  const csv = readCsv(text);
  if (!csv.ok) return csv;
  const [header, ...rows] = csv.rows;
  const columns = header ? columnIndexes(header.fields, REQUIRED, ['tags']) : null;
  if (!header || !columns) {
    return {
      ...failure(
        'importErrorColumns',
        [header?.line ?? 1, 'URL, Title, Selection, Folder, Timestamp'],
        `Line ${header?.line ?? 1}: expected the columns URL, Title, Selection, Folder, Timestamp.`,
      ),
    };
  }
  const items: LibraryItem[] = [];
  let repairedDates = 0;
  for (const { line, fields } of rows) {
    const url = field(fields, columns.url).trim();
    const seconds = field(fields, columns.timestamp).trim();
    if (seconds !== '' && !/^\d+$/.test(seconds)) {
      return failure(
        'importErrorBadTime',
        [line, 'Timestamp', seconds],
        `Line ${line}: Timestamp "${seconds}" is not a Unix time in seconds.`,
      );
    }
    const tags = parseTags(field(fields, columns.tags));
    if (tags === null) {
      return failure(
        'importErrorBadTags',
        [line],
        `Line ${line}: Tags should be a list like ["news","long reads"].`,
      );
    }
    const folder = field(fields, columns.folder).trim();
    const folderKey = folder.toLowerCase();
    const isFolderTag = folder !== '' && !['unread', 'archive', 'starred'].includes(folderKey);
    const stub: StubFields = {
      url,
      title: field(fields, columns.title),
      excerpt: field(fields, columns.selection),
      savedAt: seconds === '' ? now : Number(seconds) * 1000,
      tags: isFolderTag ? [folder, ...tags] : tags,
      state: folderKey === 'archive' ? 'archived' : 'unread',
      favourite: folderKey === 'starred',
    };
    const item = stubItem(stub, now);
    if (!item)
      return failure('importErrorNotAddress', [line, url], `Line ${line}: "${url}" is not a web address.`);
    if (hasImpossibleTime(stub, now)) repairedDates += 1;
    items.push(item);
  }
  return { ok: true, items, repairedDates };
}
