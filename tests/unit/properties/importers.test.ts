import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportLibraryJson, exportPocketCsv, parseImport } from '@/utils/library/formats';
import { exportNetscapeBookmarks } from '@/utils/library/formats/netscape';
import { normalizeTags } from '@/utils/library/item';
import type { LibraryItem } from '@/utils/library/types';
import { installEnglishI18n } from '../support/i18n';
import {
  anyTime,
  assertRenderable,
  goodTime,
  libraryItems,
  NOW,
  nastyText,
  plainText,
  RUNS,
  tag,
  webUrl,
} from './arbitraries';

// Issue 15: every importer is a trust boundary. For any file: parsing never throws, and every item it
// gives can be shown; for files the library wrote: export then import gives the same items back.
beforeEach(() => {
  fakeBrowser.reset();
  installEnglishI18n();
});

const seconds = (ms: number) => Math.floor(ms / 1000) * 1000;
const csv = (rows: unknown[][]) => Papa.unparse(rows as string[][], { newline: '\r\n' });

/**
 * The file's items, each checked renderable (`draw`: drawn as a list row too, for files of any shape; the
 * round trips of the library's own exports only check the fields, to keep the suite quick), or null.
 */
function parsed(name: string, data: string | Uint8Array, draw = true): LibraryItem[] | null {
  const result = parseImport(name, data, { now: NOW });
  if (!result.ok) {
    expect(typeof result.error).toBe('string');
    return null;
  }
  for (const item of result.items) assertRenderable(item, { draw });
  return result.items;
}

/** A cell: text, a number, a time in seconds (some impossible), an address or nothing. */
const cell = fc.oneof(
  nastyText,
  webUrl,
  anyTime.map((time) => String(Math.trunc(time / 1000))),
  fc.nat().map(String),
  fc.constant(''),
);

describe('Pocket CSV', () => {
  it('never throws, and gives only items every page can show', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 6 }), { maxLength: 6 }), (rows) => {
        parsed('pocket.csv', csv([['title', 'url', 'time_added', 'tags', 'status'], ...rows]));
      }),
      { numRuns: RUNS },
    );
  });

  it('export then import gives the same items (times to the second)', () => {
    fc.assert(
      fc.property(libraryItems, (items) => {
        const back = parsed('pocket.csv', exportPocketCsv(items), false);
        expect(
          back?.map((item) => [item.id, item.url, item.title, item.tags, item.state, item.savedAt]),
        ).toEqual(
          items.map((item) => [item.id, item.url, item.title, item.tags, item.state, seconds(item.savedAt)]),
        );
      }),
      { numRuns: RUNS },
    );
  });
});

describe('Instapaper CSV', () => {
  const header = ['URL', 'Title', 'Selection', 'Folder', 'Timestamp', 'Tags'];

  it('never throws, and gives only items every page can show', () => {
    const tagsCell = fc.oneof(
      cell,
      fc.array(nastyText, { maxLength: 3 }).map((tags) => JSON.stringify(tags)),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            cell,
            cell,
            cell,
            fc.oneof(cell, fc.constantFrom('Unread', 'Archive', 'Starred')),
            cell,
            tagsCell,
          ),
          {
            maxLength: 6,
          },
        ),
        (rows) => {
          parsed('instapaper.csv', csv([header, ...rows]));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('reads what Instapaper writes: address, title, selection, folder, time and tags', () => {
    const folder = fc.constantFrom('Unread', 'Archive', 'Starred');
    fc.assert(
      fc.property(libraryItems, fc.array(folder, { minLength: 6, maxLength: 6 }), (items, folders) => {
        const rows = items.map((item, index) => [
          item.url,
          item.title,
          item.excerpt ?? '',
          folders[index],
          String(Math.floor(item.savedAt / 1000)),
          JSON.stringify(item.tags),
        ]);
        const back = parsed('instapaper.csv', csv([header, ...rows]), false);
        expect(
          back?.map((item) => [
            item.id,
            item.title,
            item.excerpt,
            item.savedAt,
            item.tags,
            item.state,
            item.favourite,
          ]),
        ).toEqual(
          items.map((item, index) => [
            item.id,
            asSpreadsheetShows(item.title),
            item.excerpt === null ? null : asSpreadsheetShows(item.excerpt),
            seconds(item.savedAt),
            item.tags,
            folders[index] === 'Archive' ? 'archived' : 'unread',
            folders[index] === 'Starred',
          ]),
        );
      }),
      { numRuns: RUNS },
    );
  });
});

/**
 * A cell opening with apostrophes before a formula character ("'+1") is how spreadsheets, and CSV exports
 * that guard against formulas, write text that would otherwise run: a spreadsheet shows one apostrophe fewer
 * ("+1"), and the importer reads it so.
 */
function asSpreadsheetShows(cell: string): string {
  return /^'+[=+\-@\t\r\n]/u.test(cell) ? cell.slice(1) : cell;
}

describe('bookmarks HTML', () => {
  const attribute = fc.oneof(
    nastyText,
    anyTime.map((time) => String(Math.trunc(time / 1000))),
  );
  const bookmark = fc
    .tuple(fc.oneof(webUrl, nastyText), nastyText, attribute, fc.oneof(nastyText, tag))
    .map(([href, title, date, tags]) => {
      const quote = (value: string) => value.replace(/"/g, '&quot;');
      return `<DT><A HREF="${quote(href)}" ADD_DATE="${quote(date)}" TAGS="${quote(tags)}">${title}</A>`;
    });

  it('never throws, and gives only items every page can show', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(bookmark, nastyText), { maxLength: 5 }), (lines) => {
        parsed(
          'bookmarks.html',
          `<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n${lines.join('\n')}\n</DL><p>`,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('export then import gives the same items', () => {
    fc.assert(
      fc.property(libraryItems, (items) => {
        const back = parsed('bookmarks.html', exportNetscapeBookmarks(items), false);
        expect(back?.map((item) => [item.id, item.title, item.tags, item.excerpt, item.savedAt])).toEqual(
          items.map((item) => [
            item.id,
            item.title,
            normalizeTags(item.tags),
            item.excerpt,
            seconds(item.savedAt),
          ]),
        );
      }),
      { numRuns: RUNS },
    );
  });
});

describe('Omnivore zip', () => {
  const record = fc.record(
    {
      slug: fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,12}$/), nastyText),
      url: fc.oneof(webUrl, nastyText),
      title: fc.oneof(nastyText, fc.integer(), fc.constant(null)),
      description: fc.oneof(nastyText, fc.constant(null)),
      author: fc.oneof(nastyText, fc.constant(null)),
      savedAt: fc.oneof(
        goodTime.map((time) => new Date(time).toISOString()),
        fc.constantFrom('+275760-09-13T00:00:00.000Z', '9999-12-31T00:00:00Z', '1969-01-01', 'yesterday'),
        nastyText,
        fc.integer(),
      ),
      updatedAt: fc.oneof(fc.constant(undefined), nastyText, fc.constant('+275760-09-13T00:00:00.000Z')),
      state: fc.constantFrom('Archived', 'Succeeded', undefined, 5),
      readingProgress: fc.oneof(fc.double(), fc.integer({ min: -10, max: 200 })),
      labels: fc.oneof(fc.array(fc.oneof(nastyText, fc.record({ name: nastyText }))), nastyText),
    },
    { requiredKeys: ['url'] },
  );

  it('never throws, and gives only items every page can show', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 4 }),
        fc.dictionary(fc.stringMatching(/^[a-z0-9-]{1,12}$/), nastyText, { maxKeys: 3 }),
        fc.boolean(),
        (records, pages, asObject) => {
          const files: Record<string, Uint8Array> = {
            'metadata_0_to_9.json': strToU8(asObject ? JSON.stringify({ records }) : JSON.stringify(records)),
          };
          for (const [slug, html] of Object.entries(pages)) {
            files[`content/${slug}.html`] = strToU8(html);
            files[`highlights/${slug}.md`] = strToU8(`> ${html}`);
          }
          parsed('omnivore.zip', zipSync(files));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('never throws on bytes that only look like a zip', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (tail) => {
        parsed('omnivore.zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail]));
      }),
      { numRuns: RUNS },
    );
  });

  it('reads back the list an export holds: address, title, time, state and labels', () => {
    fc.assert(
      fc.property(libraryItems, (items) => {
        const records = items.map((item, index) => ({
          slug: `s${index}`,
          url: item.url,
          title: item.title,
          savedAt: new Date(item.savedAt).toISOString(),
          state: item.state === 'archived' ? 'Archived' : 'Succeeded',
          labels: item.tags.map((name) => ({ name })),
        }));
        const back = parsed(
          'omnivore.zip',
          zipSync({ 'metadata_0_to_9.json': strToU8(JSON.stringify(records)) }),
          false,
        );
        expect(back?.map((item) => [item.id, item.title, item.savedAt, item.state, item.tags])).toEqual(
          items.map((item) => [item.id, item.title, item.savedAt, item.state, item.tags]),
        );
      }),
      { numRuns: RUNS },
    );
  });
});

describe('Pullquote JSON', () => {
  const fullItem = fc
    .tuple(
      libraryItems,
      fc.record({
        contentHtml: fc.option(nastyText, { nil: null }),
        text: fc.option(nastyText, { nil: null }),
        favourite: fc.boolean(),
        progress: fc.double({ min: 0, max: 1, noNaN: true }),
        quotes: fc.array(fc.record({ text: nastyText, createdAt: goodTime }), { maxLength: 2 }),
        cards: fc.array(
          fc.record({ quote: nastyText, theme: nastyText, size: nastyText, createdAt: goodTime }),
          {
            maxLength: 2,
          },
        ),
        fetchState: fc.constantFrom('ok' as const, 'pending' as const, 'failed' as const),
      }),
    )
    .map(([items, extra]) => items.map((item) => ({ ...item, ...extra })));

  it('export then import gives exactly the same items', () => {
    fc.assert(
      fc.property(fullItem, (items) => {
        expect(parsed('library.json', exportLibraryJson(items, NOW), false)).toEqual(items);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on items with wrong, missing or extra fields, or impossible times', () => {
    const mangled = fc
      .tuple(
        fullItem,
        fc.array(fc.tuple(fc.string({ maxLength: 12 }), fc.oneof(fc.jsonValue(), anyTime)), { maxLength: 3 }),
      )
      .map(([items, patches]) =>
        items.map((item) => ({ ...item, ...Object.fromEntries(patches) }) as Record<string, unknown>),
      );
    fc.assert(
      fc.property(fc.oneof(mangled, fc.array(fc.jsonValue(), { maxLength: 3 })), (items) => {
        parsed(
          'library.json',
          JSON.stringify({ format: 'pullquote-library', version: 1, exportedAt: 0, items }),
        );
      }),
      { numRuns: RUNS },
    );
  });
});

describe('any file at all', () => {
  it('is read or refused with a message, never thrown at the page', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('a.csv', 'a.html', 'a.json', 'a.zip', 'a.txt'),
        fc.oneof(nastyText, plainText),
        (name, text) => {
          parsed(name, text);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
