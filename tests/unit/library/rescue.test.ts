import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { openLibrary } from '@/utils/library/db';
import { parseImport } from '@/utils/library/formats';
import { exportReadable, readableItems } from '@/utils/library/rescue';
import { makeItem } from './helpers';

describe('the export a failed page offers', () => {
  it('holds every item, the one with an impossible date too, as an export the library reads back', async () => {
    const library = await openLibrary('rescue-test', new IDBFactory());
    const good = makeItem({ url: 'https://example.com/good', contentHtml: '<p>x</p>', fetchState: 'ok' });
    const broken = makeItem({ url: 'https://example.com/broken', savedAt: 1e300 });
    await library.putMany([good, broken]);
    expect((await readableItems(library)).map((item) => item.id).sort()).toEqual([broken.id, good.id]);

    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    let blob: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((value) => {
      blob = value as Blob;
      return 'blob:rescue';
    });
    expect(await exportReadable(async () => library, new Date(2026, 0, 2))).toBe(2);
    expect(clicked).toEqual(['pullquote-library-2026-01-02.json']);
    const text = await (blob as unknown as Blob).text();
    const back = parseImport('rescue.json', text, { now: 1_800_000_000_000 });
    expect(back.ok && back.items.map((item) => item.id).sort()).toEqual([broken.id, good.id]);
    vi.restoreAllMocks();
    library.close();
  });

  it('falls back to the list without content when the content cannot be read', async () => {
    const library = await openLibrary('rescue-rows-test', new IDBFactory());
    await library.put(makeItem({ url: 'https://example.com/a', contentHtml: '<p>x</p>', fetchState: 'ok' }));
    vi.spyOn(library, 'all').mockRejectedValue(new Error('contents store is broken'));
    expect(await readableItems(library)).toEqual([
      expect.objectContaining({ id: 'https://example.com/a', contentHtml: null, text: null }),
    ]);
    library.close();
  });
});
