/**
 * Shared by the quote-engine tests. `suggest` wraps `suggestQuotes` and checks the contract every result
 * must keep, so every call in every test is also a property check over its output.
 */
import { expect } from 'vitest';
import type { Article } from '../../../utils/article/types';
import { type QuoteCandidate, type SuggestOptions, suggestQuotes } from '../../../utils/quotes';

export function article(text: string, lang: string | null = 'en', title = ''): Article {
  return {
    url: 'https://news.example.test/story',
    title,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang,
    dir: null,
    excerpt: null,
    leadImage: null,
    contentHtml: '',
    text,
    wordCount: text.split(/\s+/).filter(Boolean).length,
    readingMinutes: 1,
  };
}

/**
 * Ends with a mark that opens a quotation (and maybe the space French puts after it; two commas typed for
 * „), or with the dash that opens a turn of speech in a language that sets speech off by dashes ("– Tak będzie
 * – mówi …", Spanish "—Vamos …" with the raya against the word), or with the dash that sets an interview's
 * answer off its question ("*…؟-…").
 */
const AFTER_OPENING_MARK = /(?:["'“”„‘‚«»‹›「『]|,,|[–—-] |—|[?؟]\s*[–—-])\s*$/u;

/** A direct quotation is text inside quotation marks, without the marks: a mark opens it somewhere it occurs. */
function followsOpeningMark(text: string, quote: string): boolean {
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (AFTER_OPENING_MARK.test(text.slice(Math.max(0, at - 20), at))) return true;
  }
  return false;
}

/** The contract of every `suggestQuotes` result. */
export function expectContract(input: Article, result: QuoteCandidate[], options: SuggestOptions = {}): void {
  const paragraphs = input.text.split('\n\n');
  const limit = options.limit ?? 12;
  expect(result.length).toBeLessThanOrEqual(Math.max(0, Math.floor(limit)));
  result.forEach((candidate, index) => {
    expect(candidate.score).toBeGreaterThanOrEqual(0);
    expect(candidate.score).toBeLessThanOrEqual(1);
    // Best first: the order is the score order.
    const previous = result[index - 1];
    if (previous !== undefined) expect(candidate.score).toBeLessThanOrEqual(previous.score);
    expect(candidate.text).not.toBe('');
    expect(candidate.text).toBe(candidate.text.trim());
    if (candidate.paragraph === -1) {
      // Only an unmatched selection, returned as the trimmed selection.
      expect(candidate.kind).toBe('selection');
      expect(candidate.text).toBe(options.selection?.trim());
      return;
    }
    // Exactly a substring of the text, starting in the paragraph it names.
    expect(input.text).toContain(candidate.text);
    const paragraph = paragraphs[candidate.paragraph];
    expect(paragraph).toBeDefined();
    const firstPart = candidate.text.split('\n\n')[0] ?? '';
    expect(paragraph).toContain(firstPart);
    if (candidate.kind !== 'direct') {
      expect(candidate.speaker).toBeUndefined();
      expect(candidate.role).toBeUndefined();
    } else {
      expect(followsOpeningMark(input.text, candidate.text)).toBe(true);
    }
    if (candidate.kind === 'selection') expect(index).toBe(0);
  });
}

/** `suggestQuotes` with the contract checked on its output. */
export function suggest(input: Article, options: SuggestOptions = {}): QuoteCandidate[] {
  const result = suggestQuotes(input, options);
  expectContract(input, result, options);
  return result;
}

export function directQuotes(result: QuoteCandidate[]): QuoteCandidate[] {
  return result.filter((candidate) => candidate.kind === 'direct');
}

/** Direct quotations as [text, speaker, role] rows, easy to compare with a table. */
export function speakers(result: QuoteCandidate[]): [string, string | undefined, string | undefined][] {
  return directQuotes(result).map((candidate) => [candidate.text, candidate.speaker, candidate.role]);
}
