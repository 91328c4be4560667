import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type ExportFormat, exportFile } from '@/utils/library/export-file';
import * as formats from '@/utils/library/formats';
import { makeItem } from '../library/helpers';

const ITEMS = [
  makeItem({ url: 'https://news.example/tides', title: 'The harbour at night', text: 'Tides by moonlight.' }),
  makeItem({ url: 'https://blog.example/bread', title: 'Sourdough for beginners', text: 'Flour and water.' }),
];
const NOW = new Date(2026, 2, 7, 12, 0);

describe('exportFile: one file per format', () => {
  it.each<[ExportFormat, string, string]>([
    ['json', 'pullquote-library-2026-03-07.json', 'application/json'],
    ['pocket', 'pullquote-library-2026-03-07.csv', 'text/csv'],
    ['bookmarks', 'pullquote-library-2026-03-07.html', 'text/html'],
    ['markdown', 'pullquote-library-2026-03-07.zip', 'application/zip'],
  ])('%s is named %s and typed %s, and holds every item', (format, name, type) => {
    const file = exportFile(formats, format, ITEMS, NOW);
    expect(file.name).toBe(name);
    expect(file.type).toBe(type);
    const text =
      file.data instanceof ArrayBuffer
        ? Object.values(unzipSync(new Uint8Array(file.data)))
            .map((bytes) => strFromU8(bytes))
            .join('\n')
        : file.data;
    for (const item of ITEMS) expect(text).toContain(item.title);
  });

  it('the JSON export reads back as the same items', () => {
    const file = exportFile(formats, 'json', ITEMS, NOW);
    const parsed = formats.parseLibraryJson(file.data as string);
    expect(parsed.ok && parsed.items.map((item) => item.url)).toEqual(ITEMS.map((item) => item.url));
  });
});
