/**
 * Title, byline and date from what a page shows its reader, one small page per way real pages go wrong
 * (issue 19): a social title over a different headline, sections and tails around the headline, bylines that
 * hold dates, roles, contacts and picture credits, a publisher or "Staff" where a writer is named, dates only in
 * the visible text, in several languages, next to "updated" ones and in comments.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { type Article, extractArticle, extractMetadata, readableArticle } from '../../../utils/article';
import { bodyHtml, closeWindows, ENGINES, page, parseWith } from './parse';

const URL_ = 'https://news.example.test/2022/01/28/park/';

afterAll(closeWindows);

const meta = (attribute: 'property' | 'name', key: string, value: string): string =>
  `<meta ${attribute}="${key}" content="${value}">`;

/** An article page: `header` markup before the body paragraphs, inside `<article>`. */
function articlePage(options: {
  head?: string;
  header?: string;
  after?: string;
  title?: string;
  lang?: string;
}) {
  return page({
    ...(options.head !== undefined && { head: options.head }),
    ...(options.title !== undefined && { title: options.title }),
    html: `lang="${options.lang ?? 'en'}"`,
    body: `<header class="site-header"><a class="logo" href="/">The Daily Ledger</a>
      <nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
      <main><article>${options.header ?? ''}${bodyHtml()}${options.after ?? ''}</article></main>
      <footer class="site-footer">© The Daily Ledger</footer>`,
  });
}

interface Case {
  name: string;
  html: string;
  expected: Partial<Pick<Article, 'title' | 'byline' | 'publishedTime'>>;
}

const titles: Case[] = [
  {
    name: 'a social title that differs from the visible headline: the headline',
    html: articlePage({
      title: 'The Transformative Power Of Kind Words | The Daily Ledger',
      head: meta('property', 'og:title', '13 Ways To Pay A Compliment Without Being Weird'),
      header: '<h1>The Transformative Power Of Kind Words</h1>',
    }),
    expected: { title: 'The Transformative Power Of Kind Words' },
  },
  {
    name: 'a shortened og:title beside the full headline: the headline',
    html: articlePage({
      head: meta('property', 'og:title', 'Park extension approved after debate'),
      header: '<h1>Park extension approved after three-year debate over the old depot</h1>',
    }),
    expected: { title: 'Park extension approved after three-year debate over the old depot' },
  },
  {
    name: '"(Published 2016)" after the title tag, a clean headline on the page',
    html: articlePage({
      title: 'Park extension approved (Published 2016)',
      header: '<h1>Park extension approved</h1>',
    }),
    expected: { title: 'Park extension approved' },
  },
  {
    name: '"(Published 2016)" and no headline element: the tag without its tail',
    html: articlePage({ title: 'Park extension approved (Published 2016)' }),
    expected: { title: 'Park extension approved' },
  },
  {
    name: 'a section before the headline in og:title ("Opinion | …")',
    html: articlePage({
      title: 'Why the park matters - The Daily Ledger',
      head: meta('property', 'og:title', 'Opinion | Why the park matters'),
      header: '<h1>Why the park matters</h1>',
    }),
    expected: { title: 'Why the park matters' },
  },
  {
    name: 'a forum name before the post title ("r/Showerthoughts - …"), no headline element',
    html: articlePage({
      title: 'Parks are just outdoor living rooms : Showerthoughts',
      head: meta('property', 'og:title', 'r/Showerthoughts - Parks are just outdoor living rooms'),
    }),
    expected: { title: 'Parks are just outdoor living rooms' },
  },
  {
    name: 'a kicker inside the headline element ("Genetik: …")',
    html: articlePage({
      lang: 'de',
      head: meta('property', 'og:title', 'Genetik: Wie Bäume den Winter zählen'),
      header: '<h1><span class="kicker">Genetik</span> Wie Bäume den Winter zählen</h1>',
    }),
    expected: { title: 'Wie Bäume den Winter zählen' },
  },
  {
    name: "the site's logo in an h1, the article's headline in an h2",
    html: page({
      title: 'Park extension approved | The Daily Ledger',
      body: `<header><h1><a href="/">The Daily Ledger</a></h1></header>
        <article><h2>Park extension approved</h2>${bodyHtml()}</article>`,
    }),
    expected: { title: 'Park extension approved' },
  },
  {
    name: 'a heading that links to the home page is the site, not the headline',
    html: page({
      title: 'Park extension approved · Ledger',
      body: `<h1><a href="https://news.example.test/">Ledger</a></h1>
        <article><h1>Park extension approved</h1>${bodyHtml()}</article>`,
    }),
    expected: { title: 'Park extension approved' },
  },
  {
    name: 'a headline continued by a subtitle after a colon in the tags',
    html: articlePage({
      head: meta(
        'property',
        'og:title',
        'Code Host - ledger/parkmap: Maps of every park in the city, updated weekly',
      ),
      header: '<h1>ledger/parkmap</h1>',
    }),
    expected: { title: 'ledger/parkmap: Maps of every park in the city, updated weekly' },
  },
  {
    name: 'same headline, different typography: the title tag as written',
    html: articlePage({
      head: meta('property', 'og:title', 'Mayor: &quot;We will build it&quot;'),
      header: '<h1>Mayor: “We will build it”</h1>',
    }),
    expected: { title: 'Mayor: "We will build it"' },
  },
];

const bylines: Case[] = [
  {
    name: 'a content system placeholder ("No Author") names nobody',
    html: articlePage({
      head: meta('name', 'author', 'No Author'),
      header: '<h1>Park extension approved</h1>',
    }),
    expected: { byline: null },
  },
  {
    name: 'a byline only in the page (class "byline"), with "By"',
    html: articlePage({ header: '<h1>Park extension approved</h1><p class="byline">By Maya Lindqvist</p>' }),
    expected: { byline: 'Maya Lindqvist' },
  },
  {
    name: 'a "By" line with no markup, "By" glued to the name link',
    html: articlePage({
      header: '<h1>Park extension approved</h1><div><span>By</span><a href="/x">Tom Achterberg</a></div>',
    }),
    expected: { byline: 'Tom Achterberg' },
  },
  {
    name: 'the writer as a link to an author page',
    html: articlePage({
      header:
        '<h1>Park extension approved</h1><div class="meta"><a href="/author/ines-duarte">Ines Duarte</a></div>',
    }),
    expected: { byline: 'Ines Duarte' },
  },
  {
    name: 'the publisher in <meta name=author>, the writer on the page',
    html: articlePage({
      head: meta('name', 'author', 'Ledger Media Group'),
      header: '<h1>Park extension approved</h1><p class="byline">By Maya Lindqvist</p>',
    }),
    expected: { byline: 'Maya Lindqvist' },
  },
  {
    name: '"… Staff" in the meta tag, the writer on the page',
    html: articlePage({
      head: meta('name', 'author', 'Daily Ledger Staff'),
      header:
        '<h1>Park extension approved</h1><div class="content-byline">By <a class="author">Sam Park</a></div>',
    }),
    expected: { byline: 'Sam Park' },
  },
  {
    name: 'a desk and no person: the desk',
    html: articlePage({
      header: '<h1>Park extension approved</h1><span class="byline">by Ledger News Desk</span>',
    }),
    expected: { byline: 'Ledger News Desk' },
  },
  {
    name: 'a date in the byline element',
    html: articlePage({
      header: `<h1>Park extension approved</h1>
        <div class="byline">Published: Jan. 28, 2022, 6:47 p.m. <span class="author">Ana Ruiz</span></div>`,
    }),
    expected: { byline: 'Ana Ruiz' },
  },
  {
    name: 'a role glued to the name (two elements, no space)',
    html: articlePage({
      header:
        '<h1>Park extension approved</h1><div class="byline"><span>Howard Blume</span><span>Staff Writer</span></div>',
    }),
    expected: { byline: 'Howard Blume' },
  },
  {
    name: 'a role after a comma, an e-mail address after a bar',
    html: articlePage({
      header:
        '<h1>Park extension approved</h1><p class="byline">By Mike Carson, Staff Writer | mcarson@example.test</p>',
    }),
    expected: { byline: 'Mike Carson' },
  },
  {
    name: 'a profile URL as the declared author, the name on the page',
    html: articlePage({
      head: meta('property', 'article:author', 'https://www.facebook.com/someone'),
      header: '<h1>Park extension approved</h1><p class="byline">By Ben Okafor</p>',
    }),
    expected: { byline: 'Ben Okafor' },
  },
  {
    name: 'an illustrator credited after the writer',
    html: articlePage({
      header:
        '<h1>Park extension approved</h1><p class="byline">By Ysa Yates Illustration by Claire Lord</p>',
    }),
    expected: { byline: 'Ysa Yates' },
  },
  {
    name: 'co-authors, each linked: all of them, in page order',
    html: articlePage({
      header: `<h1>Park extension approved</h1><p>By <a rel="author" href="/a">Ana Ruiz</a>,
        <a rel="author" href="/b">Ben Okafor</a> and <a rel="author" href="/c">Chen Li</a></p>`,
    }),
    expected: { byline: 'Ana Ruiz, Ben Okafor, Chen Li' },
  },
  {
    name: 'the meta tag names the first author, the page all of them',
    html: articlePage({
      head: meta('name', 'author', 'Ana Ruiz'),
      header: '<h1>Park extension approved</h1><p class="byline">By Ana Ruiz and Ben Okafor</p>',
    }),
    expected: { byline: 'Ana Ruiz, Ben Okafor' },
  },
  {
    name: "a confirmed meta author keeps the tag's form",
    html: articlePage({
      head: meta('name', 'author', 'Ana Ruiz'),
      header: '<h1>Park extension approved</h1><p class="byline">By ANA RUIZ</p>',
    }),
    expected: { byline: 'Ana Ruiz' },
  },
  {
    name: 'what the piece is before "von", in an unmarked line with the date: the writer',
    html: articlePage({
      lang: 'de',
      header: `<h1>Der Park wird größer</h1>
        <div class="info">Ein Artikel von <strong>Maja Lindqvist</strong> | 28.01.2022 - 12:45</div>`,
    }),
    expected: { byline: 'Maja Lindqvist' },
  },
  {
    name: 'a bare domain as the declared author, and no writer shown: nobody',
    html: articlePage({
      head: meta('name', 'author', 'daily-ledger.example'),
      header: '<h1>Park extension approved</h1>',
    }),
    expected: { byline: null },
  },
  {
    name: 'an e-mail address written "[at]" as the declared author: nobody',
    html: articlePage({
      head: meta('name', 'author', 'desk[at]daily-ledger.example'),
      header: '<h1>Park extension approved</h1>',
    }),
    expected: { byline: null },
  },
  {
    name: "commenters' names are not the byline",
    html: articlePage({
      header: '<h1>Park extension approved</h1>',
      after: `<section class="comments"><div class="comment"><span class="comment-author">Troll Account</span>
        <p>First!</p></div></section>`,
    }),
    expected: { byline: null },
  },
];

const dates: Case[] = [
  {
    name: 'a pubdate <time> in a meta aside between the headline and the text: that date',
    html: articlePage({
      header: `<h1>Park extension approved</h1>
        <aside class="meta_extras"><ul><li><time pubdate datetime="2020-02-18T18:07:56+09:00">Feb 18, 2020</time></li>
        <li><a href="/share">Share</a></li></ul></aside>`,
    }),
    expected: { publishedTime: '2020-02-18T09:07:56.000Z' },
  },
  {
    name: 'a datePublished in an aside after the text is not the page date',
    html: articlePage({
      header: '<h1>Park extension approved</h1>',
      after: `<aside class="related"><a href="/older">An older story</a>
        <time itemprop="datePublished" datetime="2015-06-01">June 1, 2015</time></aside>`,
    }),
    expected: { publishedTime: null },
  },
  {
    name: 'only "Updated on …" in the page: that date',
    html: articlePage({
      header: '<h1>Park extension approved</h1><div class="meta">Updated on December 12, 2016</div>',
    }),
    expected: { publishedTime: '2016-12-12T12:00:00.000Z' },
  },
  {
    name: 'published and updated both stated: the published one',
    html: articlePage({
      header: `<h1>Park extension approved</h1>
        <p class="dateline">Published January 28, 2022 · Updated January 30, 2022</p>`,
    }),
    expected: { publishedTime: '2022-01-28T12:00:00.000Z' },
  },
  {
    name: 'updated first, published second, in separate elements',
    html: articlePage({
      header: `<h1>Park extension approved</h1><span class="updated">Updated Jan 30, 2022</span>
        <span class="published">Published Jan 28, 2022</span>`,
    }),
    expected: { publishedTime: '2022-01-28T12:00:00.000Z' },
  },
  {
    name: 'a <time> without datetime, with a data attribute',
    html: articlePage({
      header: '<h1>Park extension approved</h1><time data-published>March 9, 2017</time>',
    }),
    expected: { publishedTime: '2017-03-09T12:00:00.000Z' },
  },
  {
    name: 'schema.org microdata on a span (content attribute)',
    html: articlePage({
      header: `<h1>Park extension approved</h1>
        <span itemprop="datePublished" content="2021-05-04T08:30:00+02:00">4 May</span>`,
    }),
    expected: { publishedTime: '2021-05-04T06:30:00.000Z' },
  },
  {
    name: 'a datetime attribute on an element that is no <time>',
    html: articlePage({
      header:
        '<h1>Park extension approved</h1><div class="stamp" datetime="2016-10-13 17:00:00 -0400">Oct 13</div>',
    }),
    expected: { publishedTime: '2016-10-13T21:00:00.000Z' },
  },
  {
    name: 'German date line',
    html: articlePage({ lang: 'de', header: '<h1>Park wird erweitert</h1><p>22. Dezember 2016</p>' }),
    expected: { publishedTime: '2016-12-22T12:00:00.000Z' },
  },
  {
    name: 'French date line',
    html: articlePage({
      lang: 'fr',
      header: "<h1>Le parc s'agrandit</h1><p>Publié le 3 janvier 2020 à 10h15</p>",
    }),
    expected: { publishedTime: '2020-01-03T12:00:00.000Z' },
  },
  {
    name: 'Spanish date line',
    html: articlePage({ lang: 'es', header: '<h1>El parque crece</h1><p>3 de enero de 2020</p>' }),
    expected: { publishedTime: '2020-01-03T12:00:00.000Z' },
  },
  {
    name: 'Japanese date line, "更新" after it',
    html: articlePage({
      lang: 'ja',
      header: '<h1>公園が拡張される</h1><p class="date">2019年04月21日 12時00分更新</p>',
    }),
    expected: { publishedTime: '2019-04-21T12:00:00.000Z' },
  },
  {
    name: 'Chinese date line',
    html: articlePage({ lang: 'zh', header: '<h1>公园扩建获批</h1><p>2016年12月12日 来源：本报</p>' }),
    expected: { publishedTime: '2016-12-12T12:00:00.000Z' },
  },
  {
    name: 'a numeric date, day first on a British page',
    html: articlePage({ lang: 'en-GB', header: '<h1>Park extension approved</h1><p>3/4/2020</p>' }),
    expected: { publishedTime: '2020-04-03T12:00:00.000Z' },
  },
  {
    name: 'a numeric date, month first on a US page',
    html: articlePage({ lang: 'en-US', header: '<h1>Park extension approved</h1><p>3/4/2020</p>' }),
    expected: { publishedTime: '2020-03-04T12:00:00.000Z' },
  },
  {
    name: "a comment's date is not the article's",
    html: articlePage({
      header: '<h1>Park extension approved</h1>',
      after:
        '<div class="comments"><p>Nice! <time datetime="2023-05-01T10:00:00Z">May 1, 2023</time></p></div>',
    }),
    expected: { publishedTime: null },
  },
  {
    name: 'a date inside the text is not the date line',
    html: articlePage({
      header: '<h1>Park extension approved</h1>',
      after: '<p>The council first met on March 5, 2019.</p>',
    }),
    expected: { publishedTime: null },
  },
  {
    name: 'a publication date in a table of facts ("Release Date")',
    html: articlePage({
      header: '<h1>Park extension approved</h1>',
      after:
        '<dl class="facts"><dt>Format</dt><dd>Print</dd><dt>Release Date</dt><dd>June 25, 1984</dd></dl>',
    }),
    expected: { publishedTime: '1984-06-25T12:00:00.000Z' },
  },
  {
    name: 'no headline, article or main: a date standing alone on its line, the only one the page shows',
    html: page({
      title: 'Park extension approved after three-year debate',
      html: 'lang="ja"',
      body: `<table><tr><td align="right"><p class="stamp">2019.03.05</p></td></tr>
        <tr><td><p class="lead">Park extension approved after three-year debate</p>${bodyHtml()}</td></tr></table>`,
    }),
    expected: { publishedTime: '2019-03-05T12:00:00.000Z' },
  },
  {
    name: 'no headline, article or main: two different dates on lines of their own give none',
    html: page({
      title: 'Park extension approved after three-year debate',
      body: `<table><tr><td><p>2019.03.05</p><p>Park news</p><p>2019.02.11</p><p>Older park news</p></td></tr>
        <tr><td>${bodyHtml()}</td></tr></table>`,
    }),
    expected: { publishedTime: null },
  },
];

describe.each(ENGINES)('metadata from the visible page on %s', (engine) => {
  describe.each([
    ['title', titles],
    ['byline', bylines],
    ['date', dates],
  ] as const)('%s', (_field, cases) => {
    it.each(cases)('$name', ({ html, expected }) => {
      const article = extractArticle(parseWith(engine, html, URL_), { url: URL_ });
      expect(article).not.toBeNull();
      expect(article).toMatchObject(expected);
    });
  });

  it("gives a list of posts (a home or section page) no teaser's byline or date", () => {
    const home = page({
      title: 'The Daily Ledger – News, analysis and opinion since 1887',
      head: meta('property', 'og:title', 'The Daily Ledger – News, analysis and opinion since 1887'),
      body: `<header><h1 class="site-title"><a href="/" rel="home">The Daily Ledger</a></h1></header>
        <main><section class="lead"><h2><a href="/2022/01/28/park/">Park extension approved</a></h2>
        <p class="meta">By <a href="/author/maya-lindqvist/">Maya Lindqvist</a> ·
          <time datetime="2022-01-28T09:15:00Z">28 January 2022</time></p></section>
        <div class="grid">${[26, 27, 25]
          .map(
            (day) => `<article class="card post type-post status-publish">
          <h3><a href="/2022/01/${day}/story/">Story of the ${day}th</a></h3><p>A short summary of the story.</p>
          <p class="meta"><time datetime="2022-01-${day}T17:40:00Z">${day} January 2022</time></p></article>`,
          )
          .join('')}</div></main>`,
    });
    // Its date class says "status-publish" on every post, as WordPress themes do: a post's state, not a date.
    for (const metadata of [
      extractMetadata(parseWith(engine, home, URL_), { url: URL_ }),
      extractArticle(parseWith(engine, home, URL_), { url: URL_, force: true }),
    ]) {
      expect(metadata).toMatchObject({ byline: null, publishedTime: null });
    }
  });

  it('gives a page that is no article its metadata, in extractArticle too, marked as no article', () => {
    const tweet = page({
      title: 'Ledger on Chirp: "The park is open!"',
      head: [
        meta('property', 'og:title', 'The Daily Ledger on Chirp'),
        meta('property', 'og:site_name', 'Chirp'),
        meta('property', 'og:image', 'https://cdn.example.test/avatar.jpg'),
        meta('name', 'author', 'The Daily Ledger'),
      ].join(''),
      body: `<main><article><p>The park is open!</p>
        <a href="/ledger/status/1"><time datetime="2022-01-28T09:15:00Z">9:15 AM · Jan 28, 2022</time></a></article></main>`,
    });
    const extracted = extractArticle(parseWith(engine, tweet, URL_), { url: URL_ });
    expect(readableArticle(extracted)).toBeNull();
    expect(extracted).toMatchObject({ readable: false, text: '', contentHtml: '', wordCount: 0 });
    const metadata = extractMetadata(parseWith(engine, tweet, URL_), { url: URL_ });
    expect(extracted).toMatchObject(metadata);
    expect(metadata).toEqual({
      url: URL_,
      title: 'The Daily Ledger on Chirp',
      byline: 'The Daily Ledger',
      siteName: 'Chirp',
      publishedTime: '2022-01-28T09:15:00.000Z',
      lang: 'en',
      dir: null,
      excerpt: null,
      leadImage: 'https://cdn.example.test/avatar.jpg',
    });
  });

  it('reads the same metadata as extractArticle on an article', () => {
    const html = articlePage({
      head: meta('property', 'og:site_name', 'The Daily Ledger'),
      header: '<h1>Park extension approved</h1><p class="byline">By Maya Lindqvist · January 28, 2022</p>',
    });
    const article = extractArticle(parseWith(engine, html, URL_), { url: URL_ });
    const metadata = extractMetadata(parseWith(engine, html, URL_), { url: URL_ });
    expect(metadata).toMatchObject({
      title: article?.title,
      byline: article?.byline,
      publishedTime: article?.publishedTime,
      siteName: article?.siteName,
    });
    expect(metadata.byline).toBe('Maya Lindqvist');
    expect(metadata.publishedTime).toBe('2022-01-28T12:00:00.000Z');
  });

  it('never throws on a document without a body or head', () => {
    const doc = parseWith(engine, '<!doctype html><html></html>', URL_);
    expect(() => extractMetadata(doc, { url: URL_ })).not.toThrow();
    expect(extractMetadata(doc, { url: URL_ }).url).toBe(URL_);
  });
});
