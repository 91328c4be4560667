import type * as Formats from './formats';
import { exportFileName } from './list';
import type { LibraryItem } from './types';

export type ExportFormat = 'json' | 'pocket' | 'bookmarks' | 'markdown';

/** The export writers, passed in: the formats module is loaded only when the reader first exports. */
export type ExportWriters = Pick<
  typeof Formats,
  'exportLibraryJson' | 'exportMarkdownZip' | 'exportNetscapeBookmarks' | 'exportPocketCsv'
>;

/** A file ready for `downloadFile`. */
export interface ExportedFile {
  name: string;
  data: string | ArrayBuffer;
  type: string;
}

/** The file one export format makes of `items`, named for the day it was made. */
export function exportFile(
  writers: ExportWriters,
  format: ExportFormat,
  items: LibraryItem[],
  now: Date,
): ExportedFile {
  switch (format) {
    case 'json':
      return {
        name: exportFileName('json', now),
        data: writers.exportLibraryJson(items, now.getTime()),
        type: 'application/json',
      };
    case 'pocket':
      return { name: exportFileName('csv', now), data: writers.exportPocketCsv(items), type: 'text/csv' };
    case 'bookmarks':
      return {
        name: exportFileName('html', now),
        data: writers.exportNetscapeBookmarks(items),
        type: 'text/html',
      };
    case 'markdown':
      return {
        name: exportFileName('zip', now),
        data: writers.exportMarkdownZip(items).slice().buffer,
        type: 'application/zip',
      };
  }
}
