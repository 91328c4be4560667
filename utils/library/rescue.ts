import { downloadFile } from '../browser/download';
import type { Library } from './db';
import { exportLibraryJson } from './formats/json';
import { exportFileName } from './list';
import type { LibraryItem } from './types';

function serializable(item: unknown): item is LibraryItem {
  if (typeof item !== 'object' || item === null || typeof (item as { id?: unknown }).id !== 'string')
    return false;
  try {
    JSON.stringify(item);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every saved article that can still be read, for the export a page offers when it failed to draw: whole
 * items when the content reads, else the rows (the list without the articles' text), never less.
 */
export async function readableItems(library: Library): Promise<LibraryItem[]> {
  let items: unknown[];
  try {
    items = await library.all();
  } catch {
    items = (await library.listRows()).map((row) => ({ ...row, contentHtml: null, text: null }));
  }
  return items.filter(serializable);
}

/** Downloads what `readableItems` finds as a Pullquote JSON export; resolves to how many articles it holds. */
export async function exportReadable(open: () => Promise<Library>, now = new Date()): Promise<number> {
  const items = await readableItems(await open());
  downloadFile(exportFileName('json', now), exportLibraryJson(items, now.getTime()), 'application/json');
  return items.length;
}
