/**
 * The seed page (tests/fixtures/pages/seed-news): every direct quotation of Blinken, Peskov, Lavrov, Ermakov
 * and Kuleba, with the right speaker. Expected values are read off the text, not produced by the code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/article';
import { parseWithLinkedom } from '../article/parse';
import { article, directQuotes, suggest } from './helpers';

const fixtureDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/pages/seed-news',
);
const expected = JSON.parse(readFileSync(path.join(fixtureDir, 'expected.json'), 'utf8')) as {
  url: string;
  title: string;
  paragraphs: string[];
};
const seed = article(expected.paragraphs.join('\n\n'), 'en', expected.title);
const all = suggest(seed, { limit: 100 });
const top = suggest(seed);

// [quotation without its marks or trailing comma, speaker, role, paragraph]
const SPEAKERS: [string, string, string, number][] = [
  // “There is no change, there will be no change,” US secretary of state Antony Blinken said, …
  ['There is no change, there will be no change', 'Antony Blinken', 'US secretary of state', 5],
  // However, he tempered this comment … “There always are prospects …,” he said. — "he" is Peskov, named in
  // the paragraph before ("Kremlin spokesman Dmitry Peskov said …"): neither this sentence nor the one before
  // names anyone, and the sentence that last names someone names only him (Biden is no person there).
  [
    'There always are prospects for continuing a dialogue, it’s in the interests of both us and the Americans',
    'Dmitry Peskov',
    'Kremlin spokesman',
    7,
  ],
  // Lavrov is only quoted in fragments inside the reporter's paraphrase ("… saying that there was “…” but
  // that …”). Both are his words, five words or more, with a named speaker: offered, scored as fragments.
  ['no positive response on the main issue', 'Sergei Lavrov', 'Russian foreign minister', 8],
  ['the start of a serious talk on secondary issues', 'Sergei Lavrov', 'Russian foreign minister', 8],
  // One quotation across two sentences, with a nested ‘missile crises’; "he" is Ermakov (previous paragraph).
  [
    'We continue to insist it is a priority to reach a principled understanding that the problems in this area must be urgently addressed. Otherwise, new ‘missile crises’ are unavoidable',
    'Vladimir Ermakov',
    'foreign ministry official',
    10,
  ],
  // “…,” Mr Kuleba said. — "Mr Kuleba" is Dmytro Kuleba, named in full in the paragraph before.
  ['Nothing has changed, this is the bad news', 'Dmytro Kuleba', 'Ukrainian foreign minister', 13],
  // “…,” he added. — "he" is Kuleba, the person last named.
  [
    'The good news is that advisers agreed to meet in Berlin in two weeks, which means that Russia for the next two weeks is likely to remain on the diplomatic track',
    'Dmytro Kuleba',
    'Ukrainian foreign minister',
    14,
  ],
];

describe('the seed page', () => {
  it.each(SPEAKERS)('suggests “%s” as %s (%s)', (text, speaker, role, paragraph) => {
    const candidate = all.find((c) => c.text === text);
    expect(candidate).toMatchObject({ kind: 'direct', speaker, role, paragraph });
  });

  it('has no other direct quotation: "little ground for optimism" is four words, a borrowed phrase', () => {
    expect(directQuotes(all)).toHaveLength(7);
    expect(all.some((c) => c.text.includes('little ground for optimism') && c.kind === 'direct')).toBe(false);
  });

  it('puts the seven attributed quotations first, full lines before Lavrov’s fragments', () => {
    const firstSeven = top.slice(0, 7);
    expect(firstSeven.every((c) => c.kind === 'direct' && c.speaker !== undefined)).toBe(true);
    const lavrov = firstSeven.filter((c) => c.speaker === 'Sergei Lavrov');
    expect(firstSeven.slice(5)).toEqual(lavrov);
  });

  it('fills the default limit of 12 with standalone sentences', () => {
    expect(top).toHaveLength(12);
    expect(top.slice(7).every((c) => c.kind === 'sentence')).toBe(true);
  });

  it('offers the lede, which states the story, among the sentences', () => {
    expect(top).toContainEqual(
      expect.objectContaining({
        kind: 'sentence',
        paragraph: 0,
        text: 'There is “little ground for optimism” over talks to solve the crisis in Ukraine, Russia has warned.',
      }),
    );
  });

  it('never offers a sentence that repeats a direct quotation', () => {
    const quoted = directQuotes(all);
    for (const sentence of all.filter((c) => c.kind === 'sentence')) {
      for (const quote of quoted) {
        expect(sentence.text.includes(quote.text)).toBe(false);
        expect(quote.text.includes(sentence.text)).toBe(false);
      }
    }
    // Blinken's, Kuleba's and Ermakov's sentences are quotations with attribution: only the quotation is offered.
    expect(all.some((c) => c.kind === 'sentence' && c.text.includes('Mr Kuleba said'))).toBe(false);
  });

  it('takes at most two sentences from one paragraph', () => {
    const perParagraph = new Map<number, number>();
    for (const c of all.filter((candidate) => candidate.kind === 'sentence'))
      perParagraph.set(c.paragraph, (perParagraph.get(c.paragraph) ?? 0) + 1);
    expect(Math.max(...perParagraph.values())).toBeLessThanOrEqual(2);
  });

  it('ranks a self-contained sentence above one that leans on the sentence before', () => {
    const score = (start: string): number => all.find((c) => c.text.startsWith(start))?.score ?? -1;
    // "As discussions … Moscow shows no sign of reining in its military." stands alone;
    // "However, he tempered this comment …" does not (opener and an unnamed "he").
    expect(score('As discussions between Russia')).toBeGreaterThan(score('However, he tempered'));
  });
});

/**
 * The same page as the popup gets it: `extractArticle` on the saved HTML (parsed by linkedom), not the
 * fixture's expected paragraphs. Whatever the extractor keeps or drops around the story, every quotation
 * must still be found with the same speaker and role.
 */
describe('the seed page as extracted from its HTML', () => {
  const html = readFileSync(path.join(fixtureDir, 'source.html'), 'utf8');
  const extracted = extractArticle(parseWithLinkedom(html, expected.url), { url: expected.url });
  const found = extracted === null ? [] : suggest(extracted, { limit: 100 });

  it('is an article', () => {
    expect(extracted).not.toBeNull();
  });

  it.each(SPEAKERS)('suggests “%s” as %s (%s)', (text, speaker, role) => {
    const candidate = found.find((c) => c.text === text);
    expect(candidate).toMatchObject({ kind: 'direct', speaker, role });
  });

  it('finds the same seven attributed quotations, in the same order, as from the paragraphs', () => {
    const attributed = (candidates: typeof all) =>
      directQuotes(candidates)
        .filter((c) => c.speaker !== undefined)
        .map((c) => [c.text, c.speaker, c.role]);
    expect(attributed(found)).toHaveLength(7);
    expect(attributed(found)).toEqual(attributed(all));
  });
});
