/** contentHtml URLs: absolute links and media, lazy images promoted, same-page fragments kept. */
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/article';
import { absolutizeSrcset } from '../../../utils/article/urls';
import { BODY, closeWindows, ENGINES, page, parseWith } from './parse';

const URL_ = 'https://news.example.test/2022/01/28/park/';

afterAll(closeWindows);

/** An article whose second paragraph carries `markup`, so Readability keeps it. */
function withMarkup(markup: string, head = ''): string {
  return page({
    head,
    body: `<article><p>${BODY[0]}</p><p>${BODY[1]} ${markup}</p><p>${BODY[2]}</p></article>`,
  });
}

function contentOf(engine: (typeof ENGINES)[number], html: string): HTMLElement {
  const article = extractArticle(parseWith(engine, html, URL_), { url: URL_ });
  expect(article).not.toBeNull();
  const holder = document.createElement('div');
  holder.innerHTML = article?.contentHtml ?? '';
  return holder;
}

const cases = [
  {
    name: 'relative link',
    markup: '<a href="../../27/other/">earlier story</a>',
    selector: 'a',
    attribute: 'href',
    expected: 'https://news.example.test/2022/01/27/other/',
  },
  {
    name: 'root-relative image',
    markup: '<img src="/uploads/park.jpg" alt="">',
    selector: 'img',
    attribute: 'src',
    expected: 'https://news.example.test/uploads/park.jpg',
  },
  {
    name: 'protocol-relative image',
    markup: '<img src="//cdn.example.test/park.jpg" alt="">',
    selector: 'img',
    attribute: 'src',
    expected: 'https://cdn.example.test/park.jpg',
  },
  {
    name: 'srcset, with a comma inside a CDN URL',
    markup: '<img src="a.jpg" srcset="/w_300,h_200/a.jpg 300w, b.jpg 2x" alt="">',
    selector: 'img',
    attribute: 'srcset',
    expected:
      'https://news.example.test/w_300,h_200/a.jpg 300w, https://news.example.test/2022/01/28/park/b.jpg 2x',
  },
  {
    name: 'lazy data-src over a data: GIF placeholder',
    markup:
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" data-src="/uploads/real.jpg" alt="">',
    selector: 'img',
    attribute: 'src',
    expected: 'https://news.example.test/uploads/real.jpg',
  },
  {
    name: 'lazy data-srcset over a missing srcset',
    markup:
      '<img src="/blank.gif" data-srcset="/uploads/real-800.jpg 800w, /uploads/real-400.jpg 400w" alt="">',
    selector: 'img',
    attribute: 'srcset',
    expected:
      'https://news.example.test/uploads/real-800.jpg 800w, https://news.example.test/uploads/real-400.jpg 400w',
  },
  {
    name: 'lazy data-lazy-src when src is missing',
    markup: '<img data-lazy-src="/uploads/lazy.jpg" alt="">',
    selector: 'img',
    attribute: 'src',
    expected: 'https://news.example.test/uploads/lazy.jpg',
  },
  {
    name: 'lazy data-src over a 1x1 image',
    markup: '<img src="/img/t.png" width="1" height="1" data-src="/uploads/one.jpg" alt="">',
    selector: 'img',
    attribute: 'src',
    expected: 'https://news.example.test/uploads/one.jpg',
  },
  {
    name: 'a real src is not replaced by data-src',
    markup: '<img src="/uploads/real.jpg" data-src="/uploads/other.jpg" alt="">',
    selector: 'img',
    attribute: 'src',
    expected: 'https://news.example.test/uploads/real.jpg',
  },
  {
    name: 'same-page fragment link stays a fragment',
    markup: '<a href="#footnote-1">1</a>',
    selector: 'a',
    attribute: 'href',
    expected: '#footnote-1',
  },
  {
    name: '<base href> moves relative URLs',
    markup: '<a href="other/">other</a>',
    head: '<base href="https://static.example.test/root/">',
    selector: 'a',
    attribute: 'href',
    expected: 'https://static.example.test/root/other/',
  },
];

describe.each(ENGINES)('contentHtml URLs on %s', (engine) => {
  it.each(cases)('$name', ({ markup, head, selector, attribute, expected }) => {
    const element = contentOf(engine, withMarkup(markup, head)).querySelector(selector);
    expect(element?.getAttribute(attribute)).toBe(expected);
  });

  it('drops javascript: links but keeps their text (Readability)', () => {
    const content = contentOf(engine, withMarkup('<a href="javascript:void(0)">click here</a>'));
    expect(content.querySelector('a[href^="javascript"]')).toBeNull();
    expect(content.textContent).toContain('click here');
  });

  it('removes class attributes except "page", as Readability does', () => {
    const content = contentOf(engine, withMarkup('<span class="highlight">marked</span>'));
    expect(content.querySelector('.highlight')).toBeNull();
    expect(content.querySelector('.page')).not.toBeNull();
  });
});

describe('absolutizeSrcset', () => {
  it.each([
    ['a.jpg', 'https://x.test/d/a.jpg'],
    ['a.jpg 1x, b.jpg 2x', 'https://x.test/d/a.jpg 1x, https://x.test/d/b.jpg 2x'],
    ['a.jpg 100w,b.jpg 200w', 'https://x.test/d/a.jpg 100w, https://x.test/d/b.jpg 200w'],
    ['/c/w_1,h_2/a.jpg 1x', 'https://x.test/c/w_1,h_2/a.jpg 1x'],
    ['a.jpg, b.jpg 2x', 'https://x.test/d/a.jpg, https://x.test/d/b.jpg 2x'],
    ['  ', ''],
  ])('%j', (srcset, expected) => {
    expect(absolutizeSrcset(srcset, 'https://x.test/d/page')).toBe(expected);
  });
});
