import { failure } from '../../localized';
import type { StubFields } from '../item';
import type { ImportResult } from '../types';
import { columnIndexes, field, itemsFromRows, readCsv } from './csv';

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
  return itemsFromRows(rows, now, ({ line, fields }) => {
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
    return {
      url,
      title: field(fields, columns.title),
      excerpt: field(fields, columns.selection),
      savedAt: seconds === '' ? now : Number(seconds) * 1000,
      tags: isFolderTag ? [folder, ...tags] : tags,
      state: folderKey === 'archive' ? 'archived' : 'unread',
      favourite: folderKey === 'starred',
    } satisfies StubFields;
  });
}
