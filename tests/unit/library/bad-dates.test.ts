import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseImport } from '@/utils/library/formats';
import { exportMarkdownZip, itemToMarkdown } from '@/utils/library/formats/markdown';
import { exportNetscapeBookmarks } from '@/utils/library/formats/netscape';
import { exportPocketCsv } from '@/utils/library/formats/pocket-csv';
import { fromSyncShards, fromSyncTombstones, mergeSynced, pruneTombstones } from '@/utils/library/sync';
import { EARLIEST_TIME, formatTime, isoTime, saneTime } from '@/utils/time';
import { makeItem } from './helpers';

// Issue 15, finding 1: one out-of-range time made every page that shows the library throw
// `RangeError: Invalid time value`. Every way a time enters is checked; formatting never throws.
const NOW = 1_800_000_000_000;
const DAY = 86_400_000;

describe('saneTime', () => {
  it.each([
    ['a time in range', 1_700_000_000_000, 1_700_000_000_000],
    ['the first moment of 1990', EARLIEST_TIME, EARLIEST_TIME],
    ['a day ahead of now (clock skew)', NOW + DAY, NOW + DAY],
    ['just before 1990', EARLIEST_TIME - 1, NOW],
    ['more than a day ahead', NOW + DAY + 1, NOW],
    ['1e300', 1e300, NOW],
    ['Pocket seconds read as ms × 1000', 99_999_999_999_999 * 1000, NOW],
    ['Infinity', Number.POSITIVE_INFINITY, NOW],
    ['NaN', Number.NaN, NOW],
    ['a negative time', -1, NOW],
    ['a string', '1700000000000', NOW],
    ['null', null, NOW],
  ])('%s', (_name, value, expected) => {
    expect(saneTime(value, NOW, NOW)).toBe(expected);
  });
});

describe('formatTime and isoTime never throw', () => {
  it.each([1e300, Number.NaN, Number.POSITIVE_INFINITY, -1e20, 'not a date', '', null, undefined])(
    '%s',
    (value) => {
      expect(formatTime(value as number, 'en')).toBeNull();
      expect(isoTime(value as number)).toBeNull();
    },
  );

  it('formats a real time, and survives a malformed language tag', () => {
    expect(formatTime(Date.UTC(2022, 0, 28, 9), 'en-GB')).toBe('28 Jan 2022');
    expect(formatTime(Date.UTC(2022, 0, 28, 9), 'not a language!')).toMatch(/2022/);
    expect(isoTime(Date.UTC(2022, 0, 28))).toBe('2022-01-28T00:00:00.000Z');
  });
});

function importedTimes(name: string, data: string | Uint8Array) {
  const result = parseImport(name, data, { now: NOW });
  if (!result.ok) throw new Error(result.error);
  return {
    times: result.items.map((item) => [item.url, item.savedAt, item.updatedAt]),
    repaired: result.repairedDates,
  };
}

describe('every importer replaces an impossible time with the import’s date, and says how many', () => {
  it('Pocket CSV: time_added=99999999999999 next to a good row', () => {
    const csv = [
      'title,url,time_added,tags,status',
      'Good,https://example.com/good,1700000000,,unread',
      'Huge,https://example.com/huge,99999999999999,,unread',
      'Before 1990,https://example.com/old,1,,unread',
    ].join('\n');
    expect(importedTimes('pocket.csv', csv)).toEqual({
      times: [
        ['https://example.com/good', 1_700_000_000_000, 1_700_000_000_000],
        ['https://example.com/huge', NOW, NOW],
        ['https://example.com/old', NOW, NOW],
      ],
      repaired: 2,
    });
  });

  it('Instapaper CSV', () => {
    const csv = [
      'URL,Title,Selection,Folder,Timestamp',
      'https://example.com/good,Good,,Unread,1700000000',
      'https://example.com/huge,Huge,,Unread,99999999999999999999',
    ].join('\n');
    expect(importedTimes('instapaper.csv', csv)).toEqual({
      times: [
        ['https://example.com/good', 1_700_000_000_000, 1_700_000_000_000],
        ['https://example.com/huge', NOW, NOW],
      ],
      repaired: 1,
    });
  });

  it('bookmarks HTML', () => {
    const html = [
      '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
      '<DL><p>',
      '<DT><A HREF="https://example.com/good" ADD_DATE="1700000000">Good</A>',
      '<DT><A HREF="https://example.com/huge" ADD_DATE="99999999999999999999999">Huge</A>',
      '</DL><p>',
    ].join('\n');
    expect(importedTimes('bookmarks.html', html)).toEqual({
      times: [
        ['https://example.com/good', 1_700_000_000_000, 1_700_000_000_000],
        ['https://example.com/huge', NOW, NOW],
      ],
      repaired: 1,
    });
  });

  it('Omnivore zip: a year 275760 date and a bad updatedAt', () => {
    const metadata = [
      { url: 'https://example.com/good', savedAt: '2023-11-14T22:13:20.000Z', slug: 'a' },
      { url: 'https://example.com/huge', savedAt: '+275760-09-13T00:00:00.000Z', slug: 'b' },
      {
        url: 'https://example.com/late',
        savedAt: '2023-11-14T22:13:20.000Z',
        updatedAt: '9999-01-01T00:00:00Z',
        slug: 'c',
      },
    ];
    const zip = zipSync({ 'metadata_0_to_2.json': strToU8(JSON.stringify(metadata)) });
    expect(importedTimes('omnivore.zip', zip)).toEqual({
      times: [
        ['https://example.com/good', 1_700_000_000_000, 1_700_000_000_000],
        ['https://example.com/huge', NOW, NOW],
        ['https://example.com/late', 1_700_000_000_000, 1_700_000_000_000],
      ],
      repaired: 2,
    });
  });

  it('Pullquote JSON: savedAt 1e300, updatedAt in the future, a quote and a card from before 1990', () => {
    const bad = makeItem({
      url: 'https://example.com/huge',
      savedAt: 1e300,
      updatedAt: NOW + 10 * DAY,
      quotes: [{ text: 'q', createdAt: 5 }],
      cards: [{ quote: 'q', theme: 'light', size: 'og', createdAt: -1 }],
    });
    const good = makeItem({ url: 'https://example.com/good' });
    const json = JSON.stringify({
      format: 'pullquote-library',
      version: 1,
      exportedAt: 0,
      items: [good, bad],
    });
    const result = parseImport('library.json', json, { now: NOW });
    if (!result.ok) throw new Error(result.error);
    expect(result.items[0]).toEqual(good);
    expect(result.items[1]).toMatchObject({
      savedAt: NOW,
      updatedAt: NOW,
      quotes: [{ text: 'q', createdAt: NOW }],
      cards: [{ createdAt: NOW }],
    });
    expect(result.repairedDates).toBe(1);
  });

  it('a file with only good times reports nothing repaired', () => {
    const csv = 'title,url,time_added,tags,status\nGood,https://example.com/good,1700000000,,unread\n';
    expect(importedTimes('pocket.csv', csv).repaired).toBe(0);
  });
});

describe('sync entries and deletion markers from another device', () => {
  const shard = (entries: unknown[]) => ({ 'library:0': entries });

  it('an entry with an impossible savedAt or updatedAt gets this device’s time', () => {
    const synced = fromSyncShards(
      shard([
        ['https://example.com/huge', 'Huge', 1e300, 1e300, 0],
        ['https://example.com/good', 'Good', 1_700_000_000_000, 1_700_000_000_000, 0],
      ]),
      NOW,
    );
    expect(synced.map((entry) => [entry.url, entry.savedAt, entry.updatedAt])).toEqual([
      ['https://example.com/huge', NOW, NOW],
      ['https://example.com/good', 1_700_000_000_000, 1_700_000_000_000],
    ]);
  });

  it('a far-future deletion marker is ignored: it cannot delete a page saved again, sync after sync', () => {
    const record = shard([
      ['https://example.com/resaved', '', 0, 1e15, 2],
      ['https://example.com/gone', '', 0, NOW - DAY, 2],
      ['https://example.com/nan', '', 0, Number.NaN, 2],
    ]);
    const tombstones = fromSyncTombstones(record, NOW);
    expect(tombstones).toEqual({ 'https://example.com/gone': NOW - DAY });
    const local = [
      { id: 'https://example.com/resaved', updatedAt: NOW - 1000, state: 'unread' as const, tags: [] },
      { id: 'https://example.com/gone', updatedAt: NOW - 2 * DAY, state: 'unread' as const, tags: [] },
    ];
    expect(mergeSynced(local, [], NOW, tombstones).remove).toEqual(['https://example.com/gone']);
  });

  it('pruning drops a far-future marker already stored on this device', () => {
    expect(pruneTombstones({ 'https://a.example/': 1e15, 'https://b.example/': NOW - DAY }, NOW)).toEqual({
      'https://b.example/': NOW - DAY,
    });
  });
});

describe('exports of an item stored with a broken time (before these checks existed)', () => {
  const broken = makeItem({ url: 'https://example.com/broken', savedAt: 1e300, updatedAt: Number.NaN });

  it('Markdown leaves the date out instead of throwing', () => {
    expect(() => exportMarkdownZip([broken])).not.toThrow();
    expect(itemToMarkdown(broken)).toContain('savedAt: null');
  });

  it('Pocket CSV and bookmarks write no impossible number', () => {
    expect(exportPocketCsv([broken])).not.toMatch(/e\+|NaN|Infinity/);
    expect(exportNetscapeBookmarks([broken])).not.toMatch(/e\+|NaN|Infinity/);
  });
});
