import { RichText } from '@atproto/api';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeBlueskyText, postLangs, shortLinkText } from '@/utils/bluesky/post-text';
import type { SharePost } from '@/utils/share';
import { graphemes } from '../share/helpers';

const LINK = 'https://news.example.test/2022/05/17/climate-talks/#:~:text=little%20ground%20for%20optimism';

function post(quote: string, extra: Partial<SharePost> = {}): SharePost {
  return { quote, title: 'Talks end with little agreement', url: 'https://news.example.test/a', ...extra };
}

/**
 * What Bluesky itself reads from a post: @atproto/api's RichText splits the text at the facets' UTF-8 byte
 * offsets (an oracle independent of utils/bluesky/post-text).
 */
function linkedSegments(text: string, facets: ReturnType<typeof composeBlueskyText>['facets']) {
  const rich = new RichText({ text, facets });
  return [...rich.segments()]
    .filter((segment) => segment.link)
    .map((segment) => ({ text: segment.text, uri: segment.link?.uri }));
}

describe('shortLinkText: links shown the way Bluesky shows them', () => {
  it.each([
    ['host only', 'https://example.com/', 'example.com'],
    ['short path kept', 'https://example.com/a/b', 'example.com/a/b'],
    ['15 characters of path kept whole', 'https://example.com/abcdefghijklmn', 'example.com/abcdefghijklmn'],
    [
      '16 characters cut to 13 and "..."',
      'https://example.com/abcdefghijklmno',
      'example.com/abcdefghijkl...',
    ],
    ['query and fragment count', 'https://example.com/a?b=1#c', 'example.com/a?b=1#c'],
    ['text fragment cut', LINK, 'news.example.test/2022/05/17/c...'],
    ['port kept', 'http://localhost:8080/x', 'localhost:8080/x'],
    ['not http: unchanged', 'mailto:a@example.com', 'mailto:a@example.com'],
    ['not a URL: unchanged', 'no url here', 'no url here'],
  ])('%s', (_name, url, shown) => {
    expect(shortLinkText(url)).toBe(shown);
  });
});

describe('composeBlueskyText', () => {
  it('writes the quote, speaker and the short link, with a facet carrying the full link', () => {
    const composed = composeBlueskyText(
      post('There is little ground for optimism.', { speaker: 'Ana Ruiz' }),
      LINK,
    );
    expect(composed.text).toBe(
      '“There is little ground for optimism.” — Ana Ruiz\n\nnews.example.test/2022/05/17/c...',
    );
    expect(linkedSegments(composed.text, composed.facets)).toEqual([
      { text: 'news.example.test/2022/05/17/c...', uri: LINK },
    ]);
    expect(composed.graphemes).toBe(graphemes(composed.text));
    expect(composed.truncated).toBe(false);
  });

  // Offsets are UTF-8 bytes: every character before the link that takes more than one byte moves it.
  it.each([
    ['emoji (4 bytes, ZWJ sequences, flags)', 'We did it 🎉👩‍👩‍👧‍👦🇺🇦 together'],
    ['CJK (3 bytes each)', '気候変動は待ってくれない。私たちも待てない。'],
    ['Arabic, right to left', 'لا يوجد سبب كبير للتفاؤل'],
    ['Hebrew with a bidi mark', 'אין הרבה סיבות לאופטימיות\u200f'],
    ['combining marks', 'Cafe\u0301 cre\u0300me'],
  ])('facet byte range with %s before the link', (_name, quote) => {
    const composed = composeBlueskyText(post(quote, { speaker: 'Speaker' }), LINK);
    const bytes = new TextEncoder().encode(composed.text);
    const [facet] = composed.facets;
    const { byteStart, byteEnd } = facet?.index ?? { byteStart: 0, byteEnd: 0 };
    expect(new TextDecoder().decode(bytes.slice(byteStart, byteEnd))).toBe(composed.linkText);
    expect(byteEnd).toBe(bytes.length);
    expect(byteStart).toBeGreaterThan(composed.text.length - composed.linkText.length);
    expect(linkedSegments(composed.text, composed.facets)).toEqual([{ text: composed.linkText, uri: LINK }]);
  });

  it('counts the short link, not the full one: a quote that fits beside it stays whole', () => {
    // 240 graphemes of quote + marks, attribution and link: over 300 with the full link, under with the short.
    const quote = 'word '.repeat(48).trim();
    const composed = composeBlueskyText(post(quote), `${LINK}${'x'.repeat(200)}`);
    expect(composed.truncated).toBe(false);
    expect(composed.graphemes).toBeLessThanOrEqual(300);
    expect(composed.facets[0]?.features[0].uri).toHaveLength(LINK.length + 200);
  });

  it('cuts a long quote to 300 graphemes, ellipsis inside the marks, speaker and link kept', () => {
    const composed = composeBlueskyText(post('Climate '.repeat(80), { speaker: 'Ana Ruiz' }), LINK);
    expect(composed.truncated).toBe(true);
    expect(graphemes(composed.text)).toBeLessThanOrEqual(300);
    expect(graphemes(composed.text)).toBeGreaterThan(280);
    expect(composed.text).toMatch(/…” — Ana Ruiz\n\nnews\.example\.test\/2022\/05\/17\/c\.\.\.$/);
  });

  it('keeps under 3000 UTF-8 bytes when graphemes are long (family emoji are 25 bytes each)', () => {
    const composed = composeBlueskyText(post('👩‍👩‍👧‍👦'.repeat(290)), LINK);
    expect(new TextEncoder().encode(composed.text).length).toBeLessThanOrEqual(3000);
    expect(composed.truncated).toBe(true);
    expect(linkedSegments(composed.text, composed.facets)).toEqual([{ text: composed.linkText, uri: LINK }]);
  });

  it('posts the title when there is no quote', () => {
    const composed = composeBlueskyText(
      { title: 'Talks end', url: 'https://a.example/' },
      'https://a.example/',
    );
    expect(composed.text).toBe('Talks end\n\na.example');
    expect(composed.facets[0]?.index).toEqual({ byteStart: 11, byteEnd: 20 });
  });

  it('property: for any quote and speaker, the facet covers exactly the link and the post fits', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.string({ maxLength: 80 }),
        (quote, speaker) => {
          const composed = composeBlueskyText(post(quote, { speaker }), LINK);
          expect(graphemes(composed.text)).toBeLessThanOrEqual(300);
          expect(new TextEncoder().encode(composed.text).length).toBeLessThanOrEqual(3000);
          expect(linkedSegments(composed.text, composed.facets)).toEqual([
            { text: composed.linkText, uri: LINK },
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('postLangs: the article language as the record language', () => {
  it.each([
    ['en', ['en']],
    ['en-us', ['en-US']],
    ['pt_BR', ['pt-BR']],
    ['zh-Hant-TW', ['zh-Hant-TW']],
    ['', []],
    [null, []],
    ['english', []],
    ['x', []],
    ['en-', []],
  ])('%j → %j', (lang, langs) => {
    expect(postLangs(lang)).toEqual(langs);
  });
});
