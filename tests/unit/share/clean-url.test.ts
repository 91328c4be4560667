import { describe, expect, it } from 'vitest';
import { cleanUrl, isTrackingParam } from '@/utils/share';

describe('cleanUrl', () => {
  it.each([
    ['no query', 'https://e.com/a/b', 'https://e.com/a/b'],
    [
      'every utm_*',
      'https://e.com/a?utm_source=x&utm_medium=y&utm_campaign=z&utm_term=t&utm_content=c&utm_id=1',
      'https://e.com/a',
    ],
    ['utm_ in any case', 'https://e.com/a?UTM_Source=x&id=3', 'https://e.com/a?id=3'],
    [
      'click ids',
      'https://e.com/?fbclid=1&gclid=2&dclid=3&msclkid=4&yclid=5&igshid=6&twclid=7&ttclid=8&gbraid=9&wbraid=10',
      'https://e.com/',
    ],
    ['mailing ids', 'https://e.com/?mc_cid=1&mc_eid=2&_hsenc=3&_hsmi=4&mkt_tok=5', 'https://e.com/'],
    ['analytics linker', 'https://e.com/?_ga=1&_gl=2&keep=me', 'https://e.com/?keep=me'],
    ['X embed sources', 'https://e.com/?ref_src=twsrc%5Etfw&ref_url=x', 'https://e.com/'],
    [
      'meaningful parameters stay, in order',
      'https://e.com/search?s=cats&utm_source=x&ref=main&page=2&id=9',
      'https://e.com/search?s=cats&ref=main&page=2&id=9',
    ],
    [
      'encoding of kept parameters untouched',
      'https://e.com/?q=a%20b+c&utm_medium=m&path=%2Fx%2Fy',
      'https://e.com/?q=a%20b+c&path=%2Fx%2Fy',
    ],
    ['fragment kept', 'https://e.com/a?utm_source=x&page=2#section-3', 'https://e.com/a?page=2#section-3'],
    ['fragment kept with no query left', 'https://e.com/a?fbclid=1#top', 'https://e.com/a#top'],
    ['empty pairs dropped', 'https://e.com/a?&&page=2&', 'https://e.com/a?page=2'],
    ['credentials dropped', 'https://user:secret@e.com/a', 'https://e.com/a'],
    ['port kept', 'http://localhost:8080/a?utm_source=x', 'http://localhost:8080/a'],
    ['text directive dropped', 'https://e.com/a#:~:text=someone%20else', 'https://e.com/a'],
    ['fragment before the directive kept', 'https://e.com/a#sec:~:text=x', 'https://e.com/a#sec'],
    ['IDN host as punycode', 'https://bücher.example/x?utm_source=a', 'https://xn--bcher-kva.example/x'],
    // Issue 15, finding 11: ids that survived.
    ['Google Search result ids', 'https://e.com/a?srsltid=AfmBOor&page=2', 'https://e.com/a?page=2'],
    ['Instagram share ids', 'https://www.instagram.com/p/x/?igsh=MWQ1ZGUx', 'https://www.instagram.com/p/x/'],
    ['Matomo campaigns', 'https://e.com/?mtm_campaign=a&mtm_source=b&MTM_Kwd=c&id=1', 'https://e.com/?id=1'],
    ['Piwik campaigns', 'https://e.com/?pk_campaign=a&pk_kwd=b&pk_source=c', 'https://e.com/'],
    ['Klaviyo ids', 'https://e.com/shop?_kx=abc.123&size=m', 'https://e.com/shop?size=m'],
    ['utm_* in the fragment', 'https://e.com/a#utm_source=x&utm_medium=y', 'https://e.com/a'],
    ['utm_* after a fragment’s anchor', 'https://e.com/a#section?utm_source=x', 'https://e.com/a#section'],
    ['other fragment pairs kept', 'https://e.com/a#page=3&utm_campaign=z', 'https://e.com/a#page=3'],
    ['a plain fragment kept', 'https://e.com/a#utm', 'https://e.com/a#utm'],
    ['a SPA route kept', 'https://e.com/#/article/42?utm_source=x', 'https://e.com/#/article/42'],
    ['similar names kept', 'https://e.com/?pkg=1&mtm=2&kx=3', 'https://e.com/?pkg=1&mtm=2&kx=3'],
    ['not a URL', 'not a url', 'not a url'],
    ['other schemes untouched', 'mailto:a@b.c?utm_source=x', 'mailto:a@b.c?utm_source=x'],
  ])('%s', (_name, input, output) => {
    expect(cleanUrl(input)).toBe(output);
  });

  it.each([
    ['utm_source', true],
    ['fbclid', true],
    ['FBCLID', true],
    ['ref', false],
    ['s', false],
    ['source', false],
    ['t', false],
    ['page', false],
  ])('isTrackingParam(%s) is %s', (name, tracking) => {
    expect(isTrackingParam(name)).toBe(tracking);
  });
});
