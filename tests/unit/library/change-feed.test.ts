import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type ChangeFeed,
  createChangeFeed,
  FEED_MAX_IDS,
  type FeedMessage,
} from '@/utils/library/change-feed';
import { type Library, openLibrary } from '@/utils/library/db';
import { makeItem } from './helpers';

// Two Library instances on one database, each posting on its own end of one channel: what one commits
// reaches the other's listener (as between the background and a library tab), and never its own.

let names = 0;
const open: { feeds: ChangeFeed[]; libraries: Library[] } = { feeds: [], libraries: [] };

async function contexts() {
  const channel = `feed-test-${++names}`;
  const factory = new IDBFactory();
  const writerFeed = createChangeFeed(channel);
  const pageFeed = createChangeFeed(channel);
  const writer = await openLibrary('feed', factory, { onCommit: (change) => writerFeed.post(change) });
  const page = await openLibrary('feed', factory, { onCommit: (change) => pageFeed.post(change) });
  open.feeds.push(writerFeed, pageFeed);
  open.libraries.push(writer, page);
  const heard: FeedMessage[] = [];
  const heardByWriter: FeedMessage[] = [];
  pageFeed.subscribe((message) => heard.push(message));
  writerFeed.subscribe((message) => heardByWriter.push(message));
  /** Waits until the page has heard `count` messages (a channel delivers in a later task). */
  const hear = async (count: number) => {
    for (let tries = 0; heard.length < count && tries < 100; tries++)
      await new Promise((r) => setTimeout(r, 5));
    return heard.slice();
  };
  return { writer, page, heard, heardByWriter, hear };
}

afterEach(() => {
  for (const library of open.libraries.splice(0)) library.close();
  for (const feed of open.feeds.splice(0)) feed.close();
});

const a = makeItem({ url: 'https://a.example/one', title: 'One' });
const b = makeItem({ url: 'https://b.example/two', title: 'Two' });

describe('library change feed', () => {
  it('tells another context the ids each write wrote or removed, and says nothing of reads', async () => {
    const { writer, page, hear, heardByWriter } = await contexts();
    await writer.put(a);
    await writer.putMany([a, b]);
    await writer.update(b.id, { state: 'archived' });
    await writer.delete([a.id]);
    expect(await writer.putIfPresent(a)).toBe(false);
    await writer.get(b.id);
    await writer.listRows();
    await page.update(b.id, { tags: ['x'] });
    expect(await hear(4)).toEqual([
      { kind: 'items', written: [a.id], removed: [] },
      { kind: 'items', written: [a.id, b.id], removed: [] },
      { kind: 'items', written: [b.id], removed: [] },
      { kind: 'items', written: [], removed: [a.id] },
    ]);
    await new Promise((r) => setTimeout(r, 30));
    // The page's own update went to the writer only; the skipped putIfPresent and the reads to no one.
    expect(await hear(5)).toHaveLength(4);
    expect(heardByWriter).toEqual([{ kind: 'items', written: [b.id], removed: [] }]);
  });

  it('says all for a clear, a replacing import and a batch too large to list; nothing for a failed write', async () => {
    const { writer, hear } = await contexts();
    await writer.clear();
    await writer.replaceAll([a]);
    const many = Array.from({ length: FEED_MAX_IDS + 1 }, (_, index) =>
      makeItem({ url: `https://many.example/${index}` }),
    );
    await writer.putMany(many);
    await expect(writer.update('https://gone.example/x', { state: 'archived' })).rejects.toThrow();
    await writer.put(b);
    expect(await hear(4)).toEqual([
      { kind: 'all' },
      { kind: 'all' },
      { kind: 'all' },
      { kind: 'items', written: [b.id], removed: [] },
    ]);
  });

  it('the rows a listener re-reads are the written ones, without their content', async () => {
    const { writer, page, hear } = await contexts();
    await writer.putMany([{ ...a, contentHtml: '<p>big</p>', text: 'big' }, b]);
    const [message] = await hear(1);
    expect(message?.kind).toBe('items');
    const rows = await page.rows(message?.kind === 'items' ? message.written : []);
    expect(rows.map((row) => row.id)).toEqual([a.id, b.id]);
    expect(rows.every((row) => !('contentHtml' in row) && !('text' in row))).toBe(true);
    expect(await page.rows(['https://missing.example/'])).toEqual([]);
  });
});
