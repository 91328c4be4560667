import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildShareUrl,
  buildTextDirective,
  composeText,
  encodeTextDirective,
  findTextFragmentMatches,
  NETWORKS,
  parseTextDirective,
  SHARE_TARGETS,
  type ShareTarget,
  textFragmentUrl,
} from '@/utils/share';
import { nastyText, RUNS, webUrl } from './arbitraries';

// Issue 15: what a page gives the share composer (title, site, quote, canonical URL) is untrusted.
const ORIGINS: Record<Exclude<ShareTarget, 'mastodon' | 'email'>, string> = {
  x: 'https://x.com',
  bluesky: 'https://bsky.app',
  threads: 'https://www.threads.net',
  linkedin: 'https://www.linkedin.com',
  facebook: 'https://www.facebook.com',
  reddit: 'https://www.reddit.com',
  hackernews: 'https://news.ycombinator.com',
  telegram: 'https://t.me',
  whatsapp: 'https://wa.me',
};

const post = fc.record(
  {
    quote: nastyText,
    speaker: nastyText,
    title: nastyText,
    url: fc.oneof(webUrl, nastyText),
    siteName: nastyText,
  },
  { requiredKeys: ['title', 'url'] },
);

describe('share URL building', () => {
  it('never throws, always lands on the network’s own composer, and fits its limit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SHARE_TARGETS),
        post,
        fc.option(nastyText, { nil: undefined }),
        (target, shared, pageText) => {
          const options = { mastodonInstance: 'mastodon.social', pageText };
          const url = buildShareUrl(target, shared, options);
          const parsed = new URL(url);
          if (target === 'email') expect(parsed.protocol).toBe('mailto:');
          else if (target === 'mastodon') expect(parsed.origin).toBe('https://mastodon.social');
          else expect(parsed.origin).toBe(ORIGINS[target]);
          const composed = composeText(target, shared, options);
          const limit = NETWORKS[target].limit;
          if (limit !== null && composed.body !== '') expect(composed.count).toBeLessThanOrEqual(limit);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('text fragments', () => {
  const words = fc.constantFrom(
    'the',
    'harbour',
    'tide',
    'night',
    'nets',
    'moon',
    'a',
    'of',
    'salt',
    'Ölfeld',
    'é',
  );
  const sentence = fc.array(words, { minLength: 1, maxLength: 12 }).map((list) => list.join(' '));
  const page = fc.array(sentence, { minLength: 1, maxLength: 5 });

  it('a directive built for a quote on the page selects it, and nothing else', () => {
    fc.assert(
      fc.property(page, fc.nat(), fc.nat(), fc.nat(), (blocks, blockPick, from, length) => {
        const pageText = blocks.join('\n\n');
        const block = blocks[blockPick % blocks.length] ?? '';
        const list = block.split(' ');
        const start = from % list.length;
        const quote = list.slice(start, start + 1 + (length % (list.length - start))).join(' ');
        const directive = buildTextDirective(quote, pageText);
        if (directive === null) return;
        expect(parseTextDirective(encodeTextDirective(directive))).toEqual(directive);
        const matches = findTextFragmentMatches(
          `https://e.com/#:~:${encodeTextDirective(directive)}`,
          pageText,
        );
        expect(matches).toHaveLength(1);
        const [match] = matches;
        // Blocks read as one text with whitespace between them: a quote may be found across two.
        expect(pageText.slice(match?.start, match?.end).replace(/\s+/g, ' ').toLowerCase()).toContain(
          quote.toLowerCase(),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on any quote, page or address, and keeps the address it was given', () => {
    fc.assert(
      fc.property(fc.oneof(webUrl, nastyText), nastyText, nastyText, (url, quote, pageText) => {
        const linked = textFragmentUrl(url, quote, pageText);
        if (/^https?:\/\//i.test(url)) expect(new URL(linked).host).toBe(new URL(url).host);
      }),
      { numRuns: RUNS },
    );
  });
});
