/** When the answer is null, what `force` changes, and that the given document is never modified. */
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle, readableArticle } from '../../../utils/article';
import { BODY, bodyHtml, closeWindows, ENGINES, page, parseWith } from './parse';

const URL_ = 'https://site.example.test/page';

afterAll(closeWindows);

const LOGIN = page({
  title: 'Sign in - Ledger Mail',
  body: `<header><a href="/">Ledger Mail</a><nav><a href="/help">Help</a></nav></header>
    <main><h1>Welcome back</h1><p>Sign in to read your mail.</p>
    <form action="/login" method="post"><label>Email <input type="email" name="email"></label>
    <label>Password <input type="password" name="password"></label>
    <label><input type="checkbox"> Keep me signed in</label><button type="submit">Sign in</button>
    <a href="/forgot">Forgot password?</a></form>
    <p>Don’t have an account? <a href="/signup">Create one</a> in a minute.</p></main>
    <footer>© 2022 Ledger Mail · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></footer>`,
});

const APP_SHELL = page({
  title: 'Dashboard',
  body: '<div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript><script src="/app.js"></script>',
});

const SEARCH = page({
  title: 'Search - The Daily Ledger',
  body: `<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
    <main><h1>Search</h1><form action="/search"><input type="search" name="q" placeholder="Search the archive">
    <button>Search</button></form><h2>Popular searches</h2><ul>${[
      'budget',
      'elections',
      'weather',
      'transport',
      'schools',
    ]
      .map((term) => `<li><a href="/search?q=${term}">${term}</a></li>`)
      .join('')}</ul></main><footer>© The Daily Ledger</footer>`,
});

const FRONT_PAGE = page({
  title: 'The Daily Ledger',
  body: `<main>${Array.from(
    { length: 20 },
    (_, i) =>
      `<article class="card"><h3><a href="/story-${i}">Council story number ${i} makes the headlines today</a></h3>
      <p>A one-line standfirst for story ${i}, about the city and its people.</p><p>28 January 2022</p></article>`,
  ).join('')}</main>`,
});

const SHORT_NEWS = page({
  title: 'Bridge closed after crash',
  body: `<article><h1>Bridge closed after crash</h1>
    <p>The Queen’s Bridge was closed in both directions on Friday morning after a lorry hit the railing, police said. Nobody was hurt.</p>
    <p>Diversions are in place through the old town and the bridge is expected to reopen by the evening rush hour.</p></article>`,
});

describe.each(ENGINES)('null and force on %s', (engine) => {
  const extract = (html: string, force = false) =>
    extractArticle(parseWith(engine, html, URL_), force ? { url: URL_, force } : { url: URL_ });

  it('finds nothing in an empty document', () => {
    expect(readableArticle(extract(''))).toBeNull();
    expect(readableArticle(extract('', true))).toBeNull();
  });

  it.each([
    ['a login page', LOGIN],
    ['an app shell', APP_SHELL],
    ['a search form page', SEARCH],
    ['a front page of teasers', FRONT_PAGE],
    [
      'a frameset',
      '<html><head><title>Frames</title></head><frameset><frame src="a.html"></frameset></html>',
    ],
  ])('finds no article in %s, and keeps its metadata without text', (_, html) => {
    const page = extract(html);
    expect(readableArticle(page)).toBeNull();
    expect(page?.readable).toBe(false);
    expect(page?.text).toBe('');
    expect(page?.contentHtml).toBe('');
    expect(page?.url).toBe(URL_);
  });

  it('gives a page that is no article its title, byline, date and image', () => {
    const page = extract(
      `<html><head><title>A talk on trains - VideoSite</title>
      <meta property="og:title" content="A talk on trains"><meta property="og:site_name" content="VideoSite">
      <meta property="og:image" content="https://cdn.example/talk.jpg">
      <meta name="author" content="Rail Society"><meta property="article:published_time" content="2024-05-02T10:00:00Z">
      </head><body><div id="player">Play</div><a href="/next">Up next</a></body></html>`,
    );
    expect(page?.readable).toBe(false);
    expect(page?.title).toBe('A talk on trains');
    expect(page?.byline).toBe('Rail Society');
    expect(page?.publishedTime).toBe('2024-05-02T10:00:00.000Z');
    expect(page?.leadImage).toBe('https://cdn.example/talk.jpg');
    expect(page?.siteName).toBe('VideoSite');
  });

  it('keeps a short real news item', () => {
    const article = extract(SHORT_NEWS);
    expect(article?.title).toBe('Bridge closed after crash');
    expect(article?.text.split('\n\n')).toHaveLength(2);
  });

  it('with force, reads the visible page without header, nav, footer and forms; title from <title>', () => {
    const article = extract(LOGIN, true);
    expect(article).not.toBeNull();
    expect(article?.title).toBe('Sign in - Ledger Mail');
    expect(article?.text).toBe(
      'Welcome back\n\nSign in to read your mail.\n\nDon’t have an account? Create one in a minute.',
    );
    expect(article?.contentHtml).toContain('<p>Welcome back</p>');
    expect(article?.url).toBe(URL_);
  });

  it('with force, still finds no article when the page has no visible text', () => {
    expect(extract(APP_SHELL, true)?.readable).toBe(false);
  });

  it('with force, an article page gives the same article', () => {
    expect(extract(SHORT_NEWS, true)).toEqual(extract(SHORT_NEWS));
  });
});

describe.each(ENGINES)('the given document is not modified on %s', (engine) => {
  const pages = {
    'an article with lazy images, relative links, classes and boilerplate': page({
      head: '<base href="/base/"><meta property="og:image" content="/lead.jpg">',
      body: `<nav class="menu"><a href="/">Home</a></nav><article class="post"><h1>Park extension approved</h1>
        <p>${BODY[0]} <a href="../x" class="inline">link</a> <a href="javascript:void(0)">js</a></p>
        <figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" data-src="/real.jpg" data-srcset="/real.jpg 1x"><figcaption class="caption">Caption</figcaption></figure>
        <div class="share"><span>Share</span><span>Tweet</span></div><p>${BODY[1]}</p><p>${BODY[2]}</p></article>`,
    }),
    'a login page (force fallback)': LOGIN,
  };

  it.each(Object.entries(pages))('%s', (_, html) => {
    const doc = parseWith(engine, html, URL_);
    const before = doc.documentElement.outerHTML;
    const title = doc.title;
    extractArticle(doc, { url: URL_ });
    // force reaches the whole-page fallback on the login page, which reads the original document.
    expect(extractArticle(doc, { url: URL_, force: true })).not.toBeNull();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.title).toBe(title);
  });

  it('gives the same result twice from one document', () => {
    const doc = parseWith(engine, page(), URL_);
    expect(extractArticle(doc, { url: URL_ })).toEqual(extractArticle(doc, { url: URL_ }));
  });
});

it('does not modify a page nested deeper than the clone allows (unwrapped in the clone only)', () => {
  // One engine is enough: the unwrapping is our code on our clone; Readability on a 256-deep tree costs
  // about a second on happy-dom.
  const doc = parseWith(
    'linkedom',
    page({ body: `${'<div class="wrap">'.repeat(300)}${bodyHtml()}${'</div>'.repeat(300)}` }),
    URL_,
  );
  const before = doc.documentElement.outerHTML;
  expect(extractArticle(doc, { url: URL_ })?.text).toBe(BODY.join('\n\n'));
  expect(doc.documentElement.outerHTML).toBe(before);
});

describe('the global document of the test environment (happy-dom, like a live page)', () => {
  it('extracts from it and leaves it as it was', () => {
    const doc = document.implementation.createHTMLDocument('Park extension approved after three-year debate');
    doc.body.innerHTML = `<article>${bodyHtml()}</article>`;
    const before = doc.documentElement.outerHTML;
    const article = extractArticle(doc, { url: URL_ });
    expect(article?.text).toBe(BODY.join('\n\n'));
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
