import { failure } from '../../localized';
import type { StubFields } from '../item';
import type { ImportResult, LibraryItem } from '../types';
import { columnIndexes, exportSeconds, field, itemsFromRows, readCsv, writeCsv } from './csv';

/** Pocket's export columns, in its order. */
const POCKET_COLUMNS = ['title', 'url', 'time_added', 'tags', 'status'] as const;

/** Whether a header row is Pocket's. */
export function isPocketHeader(fields: readonly string[]): boolean {
  return columnIndexes(fields, POCKET_COLUMNS) !== null;
}

/**
 * Items from Pocket's export CSV (`title,url,time_added,tags,status`; tags `|`-separated, status
 * `unread|archive`, time in Unix seconds). Any bad row fails the whole file with its line number.
 */
export function parsePocketCsv(text: string, now: number): ImportResult {
  const csv = readCsv(text);
  if (!csv.ok) return csv;
  const [header, ...rows] = csv.rows;
  const columns = header ? columnIndexes(header.fields, POCKET_COLUMNS) : null;
  if (!header || !columns) {
    return {
      ...failure(
        'importErrorColumns',
        [header?.line ?? 1, POCKET_COLUMNS.join(', ')],
        `Line ${header?.line ?? 1}: expected the columns ${POCKET_COLUMNS.join(', ')}.`,
      ),
    };
  }
  return itemsFromRows(rows, now, ({ line, fields }) => {
    const url = field(fields, columns.url).trim();
    const seconds = field(fields, columns.time_added).trim();
    const status = field(fields, columns.status).trim().toLowerCase();
    if (seconds !== '' && !/^\d+$/.test(seconds)) {
      return failure(
        'importErrorBadTime',
        [line, 'time_added', seconds],
        `Line ${line}: time_added "${seconds}" is not a Unix time in seconds.`,
      );
    }
    if (status !== '' && status !== 'unread' && status !== 'archive') {
      return failure(
        'importErrorBadStatus',
        [line, status],
        `Line ${line}: status "${status}" should be unread or archive.`,
      );
    }
    return {
      url,
      title: field(fields, columns.title),
      savedAt: seconds === '' ? now : Number(seconds) * 1000,
      tags: field(fields, columns.tags).split('|'),
      state: status === 'archive' ? 'archived' : 'unread',
    } satisfies StubFields;
  });
}

/** Pocket's CSV for `items`, readable by Pocket importers (and by `parsePocketCsv`). */
export function exportPocketCsv(items: readonly LibraryItem[]): string {
  return writeCsv(
    POCKET_COLUMNS,
    items.map((item) => [
      item.title,
      item.url,
      exportSeconds(item.savedAt),
      item.tags.join('|'),
      item.state === 'archived' ? 'archive' : 'unread',
    ]),
  );
}
