/** Where each metadata field comes from, and in which order, on both engines. */
import { afterAll, describe, expect, it } from 'vitest';
import { type Article, extractArticle } from '../../../utils/article';
import { bodyHtml, closeWindows, ENGINES, page, parseWith } from './parse';

const URL_ = 'https://news.example.test/2022/01/28/park/';

afterAll(closeWindows);

const ldJson = (value: unknown): string =>
  `<script type="application/ld+json">${JSON.stringify(value, null, 1)}</script>`;

interface Case {
  name: string;
  head?: string;
  body?: string;
  html?: string;
  title?: string;
  url?: string;
  expected: Partial<Article>;
}

const cases: Case[] = [
  {
    name: 'JSON-LD NewsArticle: headline, author object, publisher, date with offset, description, image',
    head: ldJson({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Park extension approved',
      author: { '@type': 'Person', name: 'Maya Lindqvist' },
      publisher: { '@type': 'Organization', name: 'The Daily Ledger' },
      datePublished: '2022-01-28T10:15:00+01:00',
      description: 'The council voted to extend the park.',
      image: 'https://cdn.example.test/park.jpg',
    }),
    expected: {
      title: 'Park extension approved',
      byline: 'Maya Lindqvist',
      siteName: 'The Daily Ledger',
      publishedTime: '2022-01-28T09:15:00.000Z',
      excerpt: 'The council voted to extend the park.',
      leadImage: 'https://cdn.example.test/park.jpg',
    },
  },
  {
    name: 'JSON-LD @graph (Yoast): author and publisher by @id reference',
    head: ldJson({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': 'https://news.example.test/#website', name: 'Ledger website' },
        { '@type': 'Organization', '@id': 'https://news.example.test/#org', name: 'The Daily Ledger' },
        { '@type': 'WebPage', '@id': `${URL_}#webpage`, name: 'Park page' },
        {
          '@type': 'Article',
          headline: 'Graph headline',
          author: { '@id': 'https://news.example.test/#/person/1' },
          publisher: { '@id': 'https://news.example.test/#org' },
          datePublished: '2022-01-28',
        },
        { '@type': 'Person', '@id': 'https://news.example.test/#/person/1', name: 'Tom Achterberg' },
      ],
    }),
    expected: {
      title: 'Graph headline',
      byline: 'Tom Achterberg',
      siteName: 'The Daily Ledger',
      // A day without a time is noon UTC: that day in every time zone from UTC−11 to UTC+11.
      publishedTime: '2022-01-28T12:00:00.000Z',
    },
  },
  {
    name: 'JSON-LD top-level array: BreadcrumbList then BlogPosting with several authors',
    head: ldJson([
      { '@context': 'https://schema.org', '@type': 'BreadcrumbList', name: 'Crumbs' },
      {
        '@context': 'https://schema.org',
        '@type': 'BlogPosting',
        headline: 'Array headline',
        author: [{ name: 'Ana Ruiz' }, { name: 'Ben Okafor' }, 'Chen Li'],
      },
    ]),
    expected: { title: 'Array headline', byline: 'Ana Ruiz, Ben Okafor, Chen Li' },
  },
  {
    name: 'JSON-LD author as a string, @type as an array, image as ImageObject',
    head: ldJson({
      '@context': 'http://schema.org',
      '@type': ['ReportageNewsArticle'],
      headline: 'Typed by array',
      author: 'Ines Duarte',
      image: [{ '@type': 'ImageObject', url: '/img/lead.jpg' }],
    }),
    expected: {
      title: 'Typed by array',
      byline: 'Ines Duarte',
      leadImage: 'https://news.example.test/img/lead.jpg',
    },
  },
  {
    name: 'JSON-LD article as the mainEntity of a WebPage',
    head: ldJson({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      name: 'Page name',
      mainEntity: {
        '@type': 'OpinionNewsArticle',
        headline: 'Main entity headline',
        author: { name: 'Sam Park' },
      },
    }),
    expected: { title: 'Main entity headline', byline: 'Sam Park' },
  },
  {
    name: 'JSON-LD name vs headline: the one the <title> agrees with (Wikipedia puts a description in headline)',
    title: 'New Zealand - Wikipedia',
    head: ldJson({
      '@context': 'https://schema.org',
      '@type': 'Article',
      name: 'New Zealand',
      headline: 'island country in the southwestern Pacific Ocean',
    }),
    expected: { title: 'New Zealand' },
  },
  {
    name: 'broken JSON-LD is ignored; Open Graph takes over',
    head: `<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
      <meta property="og:title" content="OG headline">`,
    expected: { title: 'OG headline' },
  },
  {
    name: 'Open Graph: title without the site-name suffix, site_name, relative image, published_time',
    head: `<meta property="og:title" content="Park extension approved | The Daily Ledger">
      <meta property="og:site_name" content="The Daily Ledger">
      <meta property="og:image" content="/uploads/park.png">
      <meta property="article:published_time" content="2022-01-28T09:15:00Z">
      <meta property="og:locale" content="fr_FR">`,
    expected: {
      title: 'Park extension approved',
      siteName: 'The Daily Ledger',
      leadImage: 'https://news.example.test/uploads/park.png',
      publishedTime: '2022-01-28T09:15:00.000Z',
      lang: 'en',
    },
  },
  {
    name: 'og:locale is not the language: no <html lang> means lang null',
    html: '',
    head: '<meta property="og:locale" content="en_GB">',
    expected: { lang: null },
  },
  {
    name: 'Twitter cards',
    head: `<meta name="twitter:title" content="Twitter headline">
      <meta name="twitter:description" content="Twitter description">
      <meta name="twitter:image" content="https://cdn.example.test/tw.jpg">`,
    expected: {
      title: 'Twitter headline',
      excerpt: 'Twitter description',
      leadImage: 'https://cdn.example.test/tw.jpg',
    },
  },
  {
    name: '<meta name=author>; "By" lead-in and site-name prefix removed',
    head: `<meta name="author" content="By unocero - Alberto Ávila"><meta property="og:site_name" content="unocero">`,
    expected: { byline: 'Alberto Ávila' },
  },
  {
    name: 'repeated author metas are co-authors',
    head: '<meta name="DC.creator" content="Kooman, F."><meta name="DC.creator" content="Jong, Michiel de">',
    expected: { byline: 'Kooman, F., Jong, Michiel de' },
  },
  {
    name: 'article:author holding a profile URL is no byline',
    head: '<meta property="article:author" content="https://www.facebook.com/someone">',
    expected: { byline: null },
  },
  {
    name: 'property wins over name for the same key',
    head: '<meta name="og:title" content="Name title"><meta property="og:title" content="Property title">',
    expected: { title: 'Property title' },
  },
  {
    name: 'double-escaped entities in meta values are decoded',
    head: '<meta property="og:title" content="Tom &amp;amp; Jerry &amp;#8211; a review">',
    expected: { title: 'Tom & Jerry – a review' },
  },
  {
    name: '<time datetime> inside the article',
    body: `<header><time datetime="2021-12-01">Today</time><time datetime="2021-12-02">x</time></header>
      <article><time datetime="2022-01-28T09:15:00Z">28 January</time>${bodyHtml()}</article>`,
    expected: { publishedTime: '2022-01-28T09:15:00.000Z' },
  },
  {
    name: 'a "Last updated" <time itemprop=dateModified> is the date only when nothing says when it was published',
    body: `<article><p>Last updated <time datetime="2022-02-03T10:00:00Z" itemprop="dateModified">3 Feb</time></p>${bodyHtml()}</article>`,
    expected: { publishedTime: '2022-02-03T10:00:00.000Z' },
  },
  {
    name: 'a published date beats the "Last updated" one next to it',
    body: `<article><p>Last updated <time datetime="2022-02-03T10:00:00Z" itemprop="dateModified">3 Feb</time>
      <time datetime="2022-01-28T09:15:00Z" itemprop="datePublished">28 Jan</time></p>${bodyHtml()}</article>`,
    expected: { publishedTime: '2022-01-28T09:15:00.000Z' },
  },
  {
    name: 'a <time class="updated"> is skipped for the publication date next to it',
    body: `<article><time class="entry-updated" datetime="2022-02-03">3 Feb</time><time datetime="2022-01-28">28 Jan</time>${bodyHtml()}</article>`,
    expected: { publishedTime: '2022-01-28T12:00:00.000Z' },
  },
  {
    name: 'a never-edited post\'s <time class="published updated"> is its publication date',
    body: `<article><time class="published updated" datetime="2022-01-28">28 Jan</time>${bodyHtml()}</article>`,
    expected: { publishedTime: '2022-01-28T12:00:00.000Z' },
  },
  {
    name: 'several <time>s outside any article: none is trusted',
    body: `<div><time datetime="2021-12-01">a</time><time datetime="2021-12-02">b</time>${bodyHtml()}</div>`,
    expected: { publishedTime: null },
  },
  {
    name: 'an unparseable date is null, not an invalid string',
    head: '<meta property="article:published_time" content="last Tuesday">',
    expected: { publishedTime: null },
  },
  {
    name: 'canonical link, resolved to an absolute URL',
    head: '<link rel="canonical" href="/2022/01/28/park-extension/">',
    expected: { url: 'https://news.example.test/2022/01/28/park-extension/' },
  },
  {
    name: 'no canonical link: the page URL',
    expected: { url: URL_ },
  },
  {
    name: '<html dir=rtl lang=ar>',
    html: 'dir="rtl" lang="ar"',
    expected: { dir: 'rtl', lang: 'ar' },
  },
  {
    name: 'meta description before og:description',
    head: '<meta property="og:description" content="OG description"><meta name="description" content="Meta description">',
    expected: { excerpt: 'Meta description' },
  },
  {
    name: 'no declared image: the first content image, absolute',
    body: `<article><p><img src="/photos/first.jpg" alt=""></p>${bodyHtml()}</article>`,
    expected: { leadImage: 'https://news.example.test/photos/first.jpg' },
  },
  {
    name: 'no declared image: spacers, icons and tracking pixels are skipped for the first real image',
    body: `<article><p><img src="/img/space.gif" width="580" height="10"><img src="/layout/spacer.gif">
      <img src="/icons/share.png" width="24" height="24"><img src="/t/pixel.png?id=7">
      <img src="/photos/keyboard.jpg" width="50%"></p>${bodyHtml()}</article>`,
    expected: { leadImage: 'https://news.example.test/photos/keyboard.jpg' },
  },
  {
    name: 'no declared image and only layout images: no lead image',
    body: `<article><p><img src="/img/blank.gif"><img src="/img/rule.png" height="1"></p>${bodyHtml()}</article>`,
    expected: { leadImage: null },
  },
  {
    name: 'nothing declared: Readability title from <title>, no byline, no date',
    title: 'Park extension approved after three-year debate - The Daily Ledger',
    expected: { title: 'Park extension approved after three-year debate', byline: null, publishedTime: null },
  },
];

describe.each(ENGINES)('metadata on %s', (engine) => {
  it.each(cases)('$name', ({ head, body, html, title, url, expected }) => {
    const source = page({
      ...(head !== undefined && { head }),
      ...(body !== undefined && { body }),
      ...(html !== undefined && { html }),
      ...(title !== undefined && { title }),
    });
    const article = extractArticle(parseWith(engine, source, url ?? URL_), { url: url ?? URL_ });
    expect(article).not.toBeNull();
    expect(article).toMatchObject(expected);
  });

  it('takes the URL from the document when no option gives it', () => {
    const article = extractArticle(parseWith(engine, page(), URL_));
    expect(article?.url).toBe(URL_);
  });
});
