import { describe, expect, it } from 'vitest';
import { composeText, type SharePost } from '@/utils/share';
import { codePoints, graphemes, xWeight } from './helpers';

/** 14 characters; every network but X and Mastodon counts it in full. */
const URL = 'https://e.com/';

function post(quote: string, extra: Partial<SharePost> = {}): SharePost {
  return { quote, title: 'A title', url: URL, ...extra };
}

describe('composeText: the post text', () => {
  it.each([
    ['speaker', { speaker: 'Ada Lovelace', siteName: 'Example' }, '“Less is more.” — Ada Lovelace'],
    ['site when there is no speaker', { siteName: 'Example News' }, '“Less is more.” — Example News'],
    ['no attribution without either', {}, '“Less is more.”'],
    ['whitespace collapsed', { speaker: '  Ada \n Lovelace ' }, '“Less is more.” — Ada Lovelace'],
  ])('attribution: %s', (_name, extra, body) => {
    const composed = composeText('bluesky', post('Less   is\nmore.', extra));
    expect(composed.body).toBe(body);
    expect(composed.text).toBe(`${body} ${URL}`);
    expect(composed.truncated).toBe(false);
  });

  it.each([
    ['“Already quoted”', '“Already quoted”'],
    ['"Straight quotes"', '“Straight quotes”'],
    ['«Guillemets»', '“Guillemets”'],
    ['„Deutsch“', '“Deutsch”'],
    ['「日本語」', '“日本語”'],
    ['"A" and "B"', '“"A" and "B"”'],
    ['no marks', '“no marks”'],
  ])('does not double quotation marks: %s', (quote, body) => {
    expect(composeText('bluesky', post(quote)).body).toBe(body);
  });

  it('shares the title when there is no quote', () => {
    const composed = composeText('x', { title: '  The   title ', url: URL });
    expect(composed).toEqual({
      text: `The title ${URL}`,
      body: 'The title',
      url: URL,
      count: 10 + 23,
      limit: 280,
      truncated: false,
    });
  });

  it('strips tracking parameters from the link it shares', () => {
    const composed = composeText('bluesky', {
      quote: 'Hi',
      title: 'T',
      url: 'https://e.com/a?utm_source=rss&utm_medium=feed&page=2&fbclid=IwAR0#comments',
    });
    expect(composed.url).toBe('https://e.com/a?page=2#comments');
    expect(composed.text).toBe('“Hi” https://e.com/a?page=2#comments');
  });

  it('removes characters X rejects (BOM, bidi overrides)', () => {
    expect(composeText('x', post('\uFEFFhe\u202Ello')).body).toBe('“hello”');
  });
});

describe('composeText: exact limits', () => {
  // Overhead of the whole quote, counted by hand: “ ” (2) + space (1) + the link.
  it.each([
    // Bluesky: graphemes, link in full (14): 283 + 2 + 1 + 14 = 300.
    ['bluesky', 283, 300],
    // Mastodon: link counts 23: 474 + 2 + 1 + 23 = 500.
    ['mastodon', 474, 500],
    // Threads: UTF-16 units, link in full: 483 + 2 + 1 + 14 = 500.
    ['threads', 483, 500],
    // X: “ and ” weigh 1 each, the appended link 23 after a space: 254 + 2 + 1 + 23 = 280.
    ['x', 254, 280],
  ] as const)('%s: a quote of %i letters fits exactly (count %i)', (target, letters, count) => {
    const exact = composeText(target, post('a'.repeat(letters)));
    expect(exact.truncated).toBe(false);
    expect(exact.count).toBe(count);
    expect(exact.count).toBe(exact.limit);
    const over = composeText(target, post('a'.repeat(letters + 1)));
    expect(over.truncated).toBe(true);
    expect(over.body.endsWith('…”')).toBe(true);
  });

  it('X: the ellipsis weighs 2, so one letter over loses three', () => {
    // “ + 252 letters + … (2) + ” + space + 23 = 280.
    const composed = composeText('x', post('a'.repeat(255)));
    expect(composed.body).toBe(`“${'a'.repeat(252)}…”`);
    expect(xWeight(composed.body, composed.url)).toBe(280);
  });

  it('X: CJK weighs 2 — 127 ideographs fit, 128 do not', () => {
    // 2 × 127 + 2 + 1 + 23 = 280.
    expect(composeText('x', post('日'.repeat(127))).truncated).toBe(false);
    const over = composeText('x', post('日'.repeat(128)));
    expect(over.truncated).toBe(true);
    // “ (1) + 2n + … (2) + ” (1) + space (1) + link (23) ≤ 280 → n ≤ 126.
    expect(over.body).toBe(`“${'日'.repeat(126)}…”`);
    expect(xWeight(over.body, over.url)).toBe(280);
  });

  it('Bluesky counts a long URL in full, so the quote gets less room', () => {
    const url = `https://e.com/${'p'.repeat(86)}`; // 100 characters
    const composed = composeText('bluesky', { quote: 'b'.repeat(300), title: 'T', url });
    // “ + n + … + ” + space + 100 = 300 → n = 196.
    expect(composed.body).toBe(`“${'b'.repeat(196)}…”`);
    expect(graphemes(composed.text)).toBe(300);
  });
});

describe('composeText: long quotes are cut between words, keeping attribution and link', () => {
  const sentence = 'The quick brown fox jumps over the lazy dog, again and again. ';
  const long = sentence.repeat(20).trim();

  it.each(['x', 'bluesky', 'mastodon', 'threads'] as const)('%s', (target) => {
    const composed = composeText(target, post(long, { speaker: 'Ada Lovelace' }));
    expect(composed.truncated).toBe(true);
    expect(composed.body).toMatch(/^“.+…” — Ada Lovelace$/);
    expect(composed.text.endsWith(URL)).toBe(true);
    const kept = composed.body.slice(1, composed.body.indexOf('…'));
    expect(long.startsWith(kept)).toBe(true);
    // Cut between words: the next character of the quote is a space, and no comma dangles before the …
    expect([' ', ',']).toContain(long[kept.length]);
    expect(kept).toMatch(/[a-z.]$/);
    // Independent counts against each limit.
    if (target === 'x') expect(xWeight(composed.body, composed.url)).toBeLessThanOrEqual(280);
    if (target === 'bluesky') expect(graphemes(composed.text)).toBeLessThanOrEqual(300);
    if (target === 'mastodon') expect(codePoints(composed.body) + 1 + 23).toBeLessThanOrEqual(500);
    if (target === 'threads') expect(composed.text.length).toBeLessThanOrEqual(500);
    // Close to the limit: a cut between words loses at most one word (≤ 8 characters here) and the ellipsis.
    if (target === 'bluesky') expect(graphemes(composed.text)).toBeGreaterThan(290);
  });

  it('cuts an Arabic (RTL) quote between words, the ellipsis inside the marks', () => {
    const arabic = 'إن العلم في الصغر كالنقش على الحجر '.repeat(20).trim();
    const composed = composeText('bluesky', post(arabic, { speaker: 'مثل عربي' }));
    expect(composed.truncated).toBe(true);
    expect(composed.body).toMatch(/^“[^“”]+…” — مثل عربي$/u);
    const kept = composed.body.slice(1, composed.body.indexOf('…'));
    expect(arabic.startsWith(kept)).toBe(true);
    expect(arabic[kept.length]).toBe(' ');
    expect(graphemes(composed.text)).toBeLessThanOrEqual(300);
    expect(composeText('x', post(arabic)).count).toBeLessThanOrEqual(280);
  });

  it('cuts Japanese (no spaces) between words or characters, CJK weighing 2 on X', () => {
    const japanese = '吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。'.repeat(10);
    const composed = composeText('x', post(japanese));
    expect(composed.truncated).toBe(true);
    const kept = composed.body.slice(1, composed.body.indexOf('…'));
    expect(japanese.startsWith(kept)).toBe(true);
    const weight = xWeight(composed.body, composed.url);
    expect(weight).toBeLessThanOrEqual(280);
    // Every kept character weighs 2: (280 − 1 − 2 − 1 − 1 − 23) / 2 = 126 at most, and a word cut loses only a few.
    expect(kept.length).toBeLessThanOrEqual(126);
    expect(kept.length).toBeGreaterThanOrEqual(118);
  });
});

describe('composeText: the cut never splits a grapheme', () => {
  // Bluesky: “ + 281 letters + cluster + … + ” + space + 14 = 300 when the cluster is one grapheme.
  // The quote has no space, so the cut falls between graphemes.
  it.each([
    ['ZWJ family', '👨‍👩‍👧‍👦'],
    ['flag', '🇫🇷'],
    ['skin tone', '👍🏽'],
    ['combining acute', 'e\u0301'],
    ['Devanagari conjunct', 'क्ष'],
  ])('%s exactly at the cut: kept whole when it fits', (_name, cluster) => {
    const composed = composeText('bluesky', post(`${'a'.repeat(281)}${cluster}${'b'.repeat(40)}`));
    expect(composed.body).toBe(`“${'a'.repeat(281)}${cluster}…”`);
    expect(graphemes(composed.text)).toBe(300);
  });

  it.each([
    ['ZWJ family', '👨‍👩‍👧‍👦'],
    ['flag', '🇫🇷'],
    ['skin tone', '👍🏽'],
    ['combining acute', 'e\u0301'],
  ])('%s one grapheme past the cut: dropped whole', (_name, cluster) => {
    const composed = composeText('bluesky', post(`${'a'.repeat(282)}${cluster}${'b'.repeat(40)}`));
    expect(composed.body).toBe(`“${'a'.repeat(282)}…”`);
  });

  it('X: emoji weigh 2 and stay whole at the cut', () => {
    // “ (1) + 2n + … (2) + ” (1) + space (1) + link (23) ≤ 280 → 126 families, none split.
    const composed = composeText('x', post('👨‍👩‍👧‍👦'.repeat(200)));
    expect(composed.body).toBe(`“${'👨‍👩‍👧‍👦'.repeat(126)}…”`);
    expect(xWeight(composed.body, composed.url)).toBe(280);
  });

  it('X: an odd budget leaves the last weight unused rather than take half an emoji', () => {
    // “ + a + 2n + … + ” + space + link = 2n + 29 ≤ 280 → n = 125, weight 279.
    const composed = composeText('x', post(`a${'👍🏽'.repeat(200)}`));
    expect(composed.body).toBe(`“a${'👍🏽'.repeat(125)}…”`);
    expect(xWeight(composed.body, composed.url)).toBe(279);
  });
});

describe('composeText: titles and URL-only networks', () => {
  const words = Array.from({ length: 12 }, () => 'wordnumber').join(' '); // 131 characters

  it('Hacker News: the title cut to 80 between words', () => {
    const composed = composeText('hackernews', {
      quote: 'ignored',
      title: words,
      url: `${URL}?utm_campaign=x`,
    });
    // 7 words = 76 characters + … = 77 ≤ 80; 8 words would be 87.
    expect(composed.body).toBe(`${Array.from({ length: 7 }, () => 'wordnumber').join(' ')}…`);
    expect(codePoints(composed.body)).toBe(77);
    expect(composed.truncated).toBe(true);
    expect(composed.url).toBe(URL);
  });

  it('Reddit: a title under 300 goes whole', () => {
    expect(composeText('reddit', { title: words, url: URL })).toMatchObject({
      body: words,
      truncated: false,
    });
  });

  it.each(['linkedin', 'facebook'] as const)('%s takes only the clean URL', (target) => {
    const composed = composeText(
      target,
      { quote: 'q', title: 'T', url: `${URL}?gclid=1` },
      { pageText: 'q' },
    );
    expect(composed).toMatchObject({ text: URL, body: '', url: URL, limit: null, truncated: false });
  });
});

describe('composeText: deep links', () => {
  const pageText = 'First paragraph.\n\nLess is more, said the architect.\n\nLast words.';

  it('links to the quote on networks that carry it', () => {
    const composed = composeText('bluesky', post('Less is more', { speaker: 'Mies' }), { pageText });
    expect(composed.url).toBe(`${URL}#:~:text=Less%20is%20more`);
    expect(composed.text).toBe(`“Less is more” — Mies ${URL}#:~:text=Less%20is%20more`);
  });

  it('keeps the plain link when the quote is not on the page', () => {
    expect(composeText('x', post('Not there'), { pageText }).url).toBe(URL);
  });

  it('never deep-links Reddit or Hacker News', () => {
    expect(composeText('reddit', post('Less is more'), { pageText }).url).toBe(URL);
  });

  it('prefers the whole quote with the plain link over a cut quote with the longer deep link', () => {
    // The quote fits whole beside the 14-character link but not beside the deep link.
    const quote = `Less is more ${'z'.repeat(268)}`; // 281 graphemes: “281” + space + 14 = 298
    const page = `${quote}\n\nOther text.`;
    const composed = composeText('bluesky', post(quote), { pageText: page });
    expect(composed.truncated).toBe(false);
    expect(composed.url).toBe(URL);
  });
});
