import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Library, openLibrary } from '@/utils/library/db';
import { exportLibraryJson, exportPocketCsv, parseImportAsync } from '@/utils/library/formats';
import { importFile } from '@/utils/library/import-file';
import type { LibraryItem } from '@/utils/library/types';
import { libraryItems, NOW, nastyText, RUNS } from './arbitraries';

// Issue 15: "invalid input leaves the stored library byte-identical". A file with one bad row among good
// ones is refused whole; a write that fails part-way (quota) writes nothing, whatever item it fails at.
let library: Library;
let seed: LibraryItem[];
let before: string;

const dump = async () => JSON.stringify((await library.all()).sort((a, b) => a.id.localeCompare(b.id)));

const steps = {
  parse: (name: string, bytes: Uint8Array) =>
    parseImportAsync(name, bytes, { now: NOW, pause: async () => {} }),
  pause: async () => {},
  now: NOW,
};

beforeAll(async () => {
  library = await openLibrary('import-atomic', new IDBFactory());
  seed =
    fc.sample(
      libraryItems.filter((items) => items.length >= 2),
      { numRuns: 1, seed: 15 },
    )[0] ?? [];
  await library.putMany(
    seed.map((item) => ({ ...item, contentHtml: '<p>kept</p>', text: 'kept', fetchState: 'ok' })),
  );
  before = await dump();
});
afterAll(() => library.close());

const encode = (text: string) => new TextEncoder().encode(text);

describe('an import that fails changes nothing', () => {
  it('a file with one bad row or item among good ones is refused whole', async () => {
    const badRow = fc.constantFrom(
      'Bad,not a web address,1700000000,,unread',
      'Bad,https://example.com/x,yesterday,,unread',
      'Bad,https://example.com/x,1700000000,,deleted',
      'Bad,"https://example.com/unclosed,1700000000,,unread',
    );
    const file = fc.oneof(
      fc.tuple(libraryItems, badRow, fc.nat()).map(([items, bad, at]) => {
        const lines = exportPocketCsv(items).trimEnd().split('\r\n');
        lines.splice(1 + (at % lines.length), 0, bad);
        return { name: 'pocket.csv', bytes: encode(lines.join('\r\n')) };
      }),
      fc.tuple(libraryItems, fc.oneof(fc.jsonValue(), nastyText), fc.nat()).map(([items, junk, at]) => {
        const list: unknown[] = [...items];
        list.splice(at % (list.length + 1), 0, { url: 'https://example.com/x', junk });
        return { name: 'library.json', bytes: encode(exportLibraryJson(list as LibraryItem[], NOW)) };
      }),
      nastyText.map((text) => ({
        name: 'library.json',
        bytes: encode(`{"format":"pullquote-library",${text}`),
      })),
    );
    await fc.assert(
      fc.asyncProperty(file, async ({ name, bytes }) => {
        const { result } = await importFile(library, name, bytes, steps);
        expect(result.ok).toBe(false);
        expect(await dump()).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });

  it('a write that fails at any item writes none of them', async () => {
    await fc.assert(
      fc.asyncProperty(
        libraryItems.filter((items) => items.length > 0),
        fc.nat(),
        async (items, at) => {
          // The browser refuses one item part-way through the batch (as a full disk or a DataCloneError does).
          const failing: Library = {
            ...library,
            putMany: (batch, onProgress) =>
              library.putMany(
                batch.map((item, index) =>
                  index === at % batch.length
                    ? ({ ...item, title: () => 'not storable' } as unknown as LibraryItem)
                    : item,
                ),
                onProgress,
              ),
          };
          await expect(
            importFile(failing, 'pocket.csv', encode(exportPocketCsv(items)), steps),
          ).rejects.toMatchObject({ name: 'LibraryError' });
          expect(await dump()).toBe(before);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
