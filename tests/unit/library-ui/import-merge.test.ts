import { describe, expect, it } from 'vitest';
import { mergeImportedItem, planImport } from '@/utils/library/import-merge';
import type { LibraryItem } from '@/utils/library/types';
import { makeItem } from '../library/helpers';

const NOW = 1_800_000_000_000;

const existing = makeItem({
  url: 'https://example.com/a',
  title: 'Read and annotated',
  contentHtml: '<p>Body</p>',
  text: 'Body',
  wordCount: 600,
  fetchState: 'ok',
  savedAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_500,
  tags: ['Work', 'long'],
  state: 'archived',
  progress: 0.75,
  quotes: [{ text: 'kept quote', createdAt: 1 }],
  cards: [{ quote: 'kept quote', theme: 'paper', size: 'square', createdAt: 2 }],
});

function imported(overrides: Partial<LibraryItem> = {}): LibraryItem {
  return makeItem({
    url: 'https://example.com/a',
    title: 'Title from the file',
    savedAt: 1_600_000_000_000,
    updatedAt: 1_600_000_000_000,
    fetchState: 'pending',
    ...overrides,
  });
}

describe('mergeImportedItem', () => {
  it('keeps the library’s content, saved date, progress, state, quotes and cards; unions tags', () => {
    const merged = mergeImportedItem(
      existing,
      imported({ tags: ['work', 'python', 'Long'], state: 'unread' }),
      NOW,
    );
    expect(merged).not.toBeNull();
    expect(merged).toMatchObject({
      title: 'Read and annotated',
      contentHtml: '<p>Body</p>',
      savedAt: existing.savedAt,
      progress: 0.75,
      state: 'archived',
      fetchState: 'ok',
      cards: existing.cards,
      quotes: existing.quotes,
      updatedAt: NOW,
    });
    // Case-insensitive union, the library's spelling first.
    expect(merged?.tags).toEqual(['Work', 'long', 'python']);
  });

  it('changes nothing (null) when the file adds nothing', () => {
    expect(mergeImportedItem(existing, imported({ tags: ['work'] }), NOW)).toBeNull();
  });

  it('a favourite in either place stays a favourite', () => {
    expect(mergeImportedItem(existing, imported({ favourite: true }), NOW)?.favourite).toBe(true);
    expect(
      mergeImportedItem({ ...existing, favourite: true }, imported({ favourite: false }), NOW),
    ).toBeNull();
  });

  it('adds the file’s quotes the library does not have', () => {
    const merged = mergeImportedItem(
      existing,
      imported({
        quotes: [
          { text: 'kept quote', createdAt: 9 },
          { text: 'new highlight', createdAt: 10 },
        ],
      }),
      NOW,
    );
    expect(merged?.quotes.map((quote) => quote.text)).toEqual(['kept quote', 'new highlight']);
  });

  it('takes the file’s content when the library only has the link', () => {
    const stub = {
      ...existing,
      contentHtml: null,
      text: null,
      wordCount: 0,
      fetchState: 'failed' as const,
      fetchError: '404',
    };
    const merged = mergeImportedItem(
      stub,
      imported({
        contentHtml: '<p>From file</p>',
        text: 'From file',
        wordCount: 2,
        fetchState: 'ok',
        lang: 'fr',
      }),
      NOW,
    );
    expect(merged).toMatchObject({
      contentHtml: '<p>From file</p>',
      text: 'From file',
      fetchState: 'ok',
      lang: 'fr',
    });
    expect(merged?.fetchError).toBeUndefined();
    // Still the library's reading state.
    expect(merged).toMatchObject({ progress: 0.75, state: 'archived', savedAt: existing.savedAt });
  });

  it('never replaces fetched content with the file’s', () => {
    const merged = mergeImportedItem(
      existing,
      imported({ contentHtml: '<p>Other</p>', fetchState: 'ok', tags: ['x'] }),
      NOW,
    );
    expect(merged?.contentHtml).toBe('<p>Body</p>');
  });

  it('never moves updatedAt backwards', () => {
    const future = { ...existing, updatedAt: NOW + 5000 };
    expect(mergeImportedItem(future, imported({ tags: ['new'] }), NOW)?.updatedAt).toBe(NOW + 5000);
  });
});

describe('planImport', () => {
  it('writes new items as they are and merged ones changed, skips unchanged, lists what to fetch', () => {
    const pendingOld = makeItem({ url: 'https://example.com/pending', fetchState: 'pending' });
    const library = new Map([
      [existing.id, existing],
      [pendingOld.id, pendingOld],
    ]);
    const fresh = makeItem({ url: 'https://example.org/new', fetchState: 'pending' });
    const withContent = makeItem({
      url: 'https://example.org/full',
      fetchState: 'ok',
      contentHtml: '<p>x</p>',
    });
    const plan = planImport(
      [imported({ tags: ['added'] }), fresh, withContent, makeItem({ url: 'https://example.com/pending' })],
      library,
      NOW,
    );
    expect(plan.added).toBe(2);
    expect(plan.merged).toBe(1);
    expect(plan.unchanged).toBe(1);
    expect(plan.items.map((item) => item.id)).toEqual([existing.id, fresh.id, withContent.id]);
    expect(plan.items[1]).toBe(fresh);
    // The new link and the old still-pending one; not the item with content.
    expect(plan.pending.sort()).toEqual([fresh.id, pendingOld.id].sort());
  });

  it('is empty for an empty file', () => {
    expect(planImport([], new Map(), NOW)).toEqual({
      items: [],
      added: 0,
      merged: 0,
      unchanged: 0,
      pending: [],
    });
  });
});
