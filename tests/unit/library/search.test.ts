import { describe, expect, it } from 'vitest';
import {
  addToIndex,
  createSearchIndex,
  INDEXED_TEXT_CHARS,
  removeFromIndex,
  replaceInIndex,
  searchIds,
} from '@/utils/library/search';
import { makeItem } from './helpers';

const items = [
  makeItem({
    url: 'https://a.example/1',
    title: 'Gardening for beginners',
    site: 'Home Weekly',
    text: 'Soil and seeds.',
  }),
  makeItem({
    url: 'https://b.example/2',
    title: 'A history of soil',
    site: 'Science Daily',
    byline: 'Rosa Gardener',
    text: 'Gardening appears once here.',
  }),
  makeItem({
    url: 'https://c.example/3',
    title: 'Quantum computing explained',
    site: 'Tech Crunchy',
    text: 'Qubits and gates.',
  }),
];

describe('searchIds', () => {
  const index = createSearchIndex(items);

  it.each([
    ['a title match ranks above a text match', 'gardening', ['https://a.example/1', 'https://b.example/2']],
    ['prefix', 'quant', ['https://c.example/3']],
    ['fuzzy: one typo', 'quantim', ['https://c.example/3']],
    ['site', 'crunchy', ['https://c.example/3']],
    ['byline', 'rosa', ['https://b.example/2']],
    ['body text', 'qubits', ['https://c.example/3']],
    ['case-insensitive', 'SOIL', expect.arrayContaining(['https://a.example/1', 'https://b.example/2'])],
    ['nothing', 'zebra', []],
    ['blank query', '   ', []],
  ])('%s', (_label, query, expected) => {
    expect(searchIds(index, query)).toEqual(expected);
  });

  it('stores ids only, no fields', () => {
    const [result] = createSearchIndex(items).search('quantum');
    expect(Object.keys(result ?? {}).sort()).toEqual(['id', 'match', 'queryTerms', 'score', 'terms']);
  });
});

describe('incremental updates', () => {
  it('adds, replaces and removes', () => {
    const index = createSearchIndex(items.slice(0, 1));
    expect(searchIds(index, 'quantum')).toEqual([]);
    const quantum = items[2];
    if (!quantum) throw new Error('fixture');
    addToIndex(index, quantum);
    expect(searchIds(index, 'quantum')).toEqual(['https://c.example/3']);
    replaceInIndex(index, { ...quantum, title: 'Classical mechanics', text: 'Levers.' });
    expect(searchIds(index, 'quantum')).toEqual([]);
    expect(searchIds(index, 'levers')).toEqual(['https://c.example/3']);
    replaceInIndex(index, makeItem({ url: 'https://d.example/4', title: 'Brand new' }));
    expect(searchIds(index, 'brand')).toEqual(['https://d.example/4']);
    removeFromIndex(index, 'https://c.example/3');
    removeFromIndex(index, 'https://never-indexed.example/');
    expect(searchIds(index, 'levers')).toEqual([]);
    expect(searchIds(index, 'gardening')).toEqual(['https://a.example/1']);
  });

  it('indexes only the first part of very long texts', () => {
    const long = `${'word '.repeat(INDEXED_TEXT_CHARS / 5)} needleattheend`;
    const index = createSearchIndex([makeItem({ url: 'https://e.example/', title: 'Long', text: long })]);
    expect(searchIds(index, 'needleattheend')).toEqual([]);
    expect(searchIds(index, 'word')).toEqual(['https://e.example/']);
  });
});

describe('at library scale', () => {
  it('indexes 10,000 articles and still finds the right one', () => {
    const vocabulary = 'river mountain letter window garden silver engine harbor candle meadow'.split(' ');
    const many = Array.from({ length: 10_000 }, (_, n) =>
      makeItem({
        url: `https://example.com/${n}`,
        title: `Article number ${n}`,
        site: `site${n % 50}.example`,
        text: Array.from({ length: 300 }, (_, w) => vocabulary[(n + w * 7) % vocabulary.length]).join(' '),
      }),
    );
    many[4321] = makeItem({ url: 'https://example.com/4321', title: 'The xylophonist of Prague' });
    const index = createSearchIndex(many);
    expect(index.documentCount).toBe(10_000);
    expect(searchIds(index, 'xylophonist prague')[0]).toBe('https://example.com/4321');
  });
});
