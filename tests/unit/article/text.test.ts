/** The `text` field: block structure, and what is cleaned out of it. */
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/article';
import { BODY, closeWindows, collapse, ENGINES, page, parseWith } from './parse';

const URL_ = 'https://news.example.test/2022/01/28/park/';
const TITLE = 'Park extension approved after three-year debate';

afterAll(closeWindows);

/** BODY's paragraphs with `markup` between the first and the second. */
function articleWith(markup: string, options: { head?: string; after?: string } = {}): string {
  return page({
    ...(options.head !== undefined && { head: options.head }),
    body: `<article><p>${BODY[0]}</p>${markup}<p>${BODY[1]}</p><p>${BODY[2]}</p>${options.after ?? ''}</article>`,
  });
}

const cleaning = [
  {
    name: 'figcaption',
    markup:
      '<figure><img src="/a.jpg" alt=""><figcaption>Workers at the old freight depot.</figcaption></figure>',
    gone: ['Workers at the old freight depot.'],
  },
  {
    name: 'caption class (wp-caption-text)',
    markup:
      '<div class="wp-caption"><img src="/a.jpg" alt=""><p class="wp-caption-text">The riverside at dusk.</p></div>',
    gone: ['The riverside at dusk.'],
  },
  {
    name: 'credit span inside a paragraph',
    markup: `<p>${BODY[1].slice(0, 60)} <span class="photoCredit">Jane Doe/Reuters</span></p>`,
    gone: ['Jane Doe/Reuters'],
  },
  {
    name: '"Photo:" credit line',
    markup: '<p>Photo: Jane Doe for The Daily Ledger</p>',
    gone: ['Photo: Jane Doe'],
  },
  { name: '"Image credit" line', markup: '<p>Image credit: City archive</p>', gone: ['Image credit'] },
  {
    name: 'caption ending in (Getty Images)',
    markup: '<p>The mayor at the site on Monday. (Getty Images)</p>',
    gone: ['The mayor at the site on Monday.'],
  },
  {
    name: 'share bar list',
    markup: '<ul><li><a href="#">Share on Facebook</a></li><li><a href="#">Tweet</a></li><li>Email</li></ul>',
    gone: ['Share on Facebook', 'Tweet'],
  },
  { name: '"Share this" line', markup: '<p>Share this:</p>', gone: ['Share this'] },
  {
    name: 'share container by class',
    markup: '<div class="article-share"><span>Send</span><span>Copy the address</span></div>',
    gone: ['Copy the address'],
  },
  {
    name: 'newsletter box by class',
    markup:
      '<div class="newsletter-box"><h3>The Morning Brief</h3><p>The day’s news in five minutes.</p></div>',
    gone: ['The Morning Brief', 'in five minutes'],
  },
  {
    name: 'newsletter sign-up line',
    markup: '<p><strong>Sign up for our newsletter</strong> to get the best of the Ledger every morning.</p>',
    gone: ['Sign up for our newsletter'],
  },
  {
    name: '"Read more:" promo line',
    markup: '<p><strong>Read more:</strong> <a href="/x">Council to vote on park plan</a></p>',
    gone: ['Council to vote on park plan'],
  },
  {
    name: '"Lire aussi" promo line (French)',
    markup: '<p>Lire aussi : <a href="/x">Le conseil vote</a></p>',
    gone: ['Le conseil vote'],
  },
  {
    name: '"Related" heading and its list',
    markup: '',
    after:
      '<h2>Related</h2><ul><li><a href="/a">Budget review in March</a></li><li><a href="/b">Depot history</a></li></ul>',
    gone: ['Budget review in March', 'Depot history'],
  },
  {
    name: 'related box by class',
    markup: '<aside class="related-posts"><a href="/c">Five parks to visit</a></aside>',
    gone: ['Five parks to visit'],
  },
  {
    name: '"Leave a Reply" comment form',
    markup: '',
    after: `<div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3>
      <form><p>Your email address will not be published. Required fields are marked *</p>
      <label>Comment</label><textarea></textarea><input type="submit" value="Post Comment"></form></div>`,
    gone: ['Leave a Reply', 'Your email address will not be published'],
  },
  {
    name: '"Leave a Reply" heading without classes',
    markup: '',
    after: '<h3>Leave a Reply</h3><p>You must be logged in to post a comment.</p>',
    gone: ['Leave a Reply', 'logged in to post'],
  },
  { name: 'advertisement label', markup: '<p>Advertisement</p>', gone: ['Advertisement'] },
  {
    name: 'embed consent placeholder with the embed code parked in a textarea',
    markup: `<div class="third-party-services--placeholder"><textarea>${'<blockquote>tweet</blockquote>'.repeat(40)}</textarea>
      <h2>Unlock Twitter</h2><div class="message">We respect your privacy and do not connect to Twitter without your consent.</div></div>`,
    gone: ['We respect your privacy', 'Unlock Twitter'],
  },
  {
    name: 'affiliate disclosure box',
    markup: '<div class="affiliate-text"><p>We earn a commission when you buy through these links.</p></div>',
    gone: ['We earn a commission'],
  },
  {
    name: 'tag list',
    markup: '',
    after:
      '<div class="below-entry-meta"><span class="tag-links"><a href="/t/a">parks</a> <a href="/t/b">budget</a></span></div>',
    gone: ['parks budget'],
  },
  {
    name: '"About the author" box at the end',
    markup: '',
    after: '<h4>Autoren:</h4><p>Jane Doe</p><p>Ben Roe</p>',
    gone: ['Autoren', 'Jane Doe'],
  },
  {
    name: 'support appeal',
    markup: '',
    after:
      '<p>If you enjoyed reading this post – would you consider supporting our work? Just click here.</p>',
    gone: ['supporting our work'],
  },
];

describe.each(ENGINES)('text cleaning on %s', (engine) => {
  it.each(cleaning)('drops $name', ({ markup, after, gone }) => {
    const article = extractArticle(parseWith(engine, articleWith(markup, { after }), URL_), { url: URL_ });
    expect(article).not.toBeNull();
    const text = collapse(article?.text ?? '');
    for (const snippet of gone) expect(text).not.toContain(snippet);
    // ...and keeps the article around it.
    for (const paragraph of BODY) expect(text).toContain(paragraph);
  });

  it.each([
    'Photo archives from the 1950s show the depot at its busiest, and the council’s newsletter at the time called it the heart of the eastern districts.',
    'Get rid of the clutter in your inbox first, the city’s digital officer advised residents who had complained about the flood of notices.',
    'Updated plans for the depot will be published before the March review, the council said.',
    'Sources close to the mayor said the vote was never in doubt.',
    'Share prices of the construction firms bidding for the work rose on Wednesday.',
  ])('keeps a real paragraph that only looks like boilerplate: %s', (paragraph) => {
    const article = extractArticle(parseWith(engine, articleWith(`<p>${paragraph}</p>`), URL_), {
      url: URL_,
    });
    expect(article?.text.split('\n\n')).toContain(paragraph);
  });

  it('drops a credit line that shares a <br>-separated block with the caption source', () => {
    const block = '<p>Quelle: House of Clio<br>Foto: House of Clio</p>';
    const article = extractArticle(parseWith(engine, articleWith(block), URL_), { url: URL_ });
    expect(article?.text).not.toContain('House of Clio');
  });

  it('keeps a figure that holds a quote, and a whole article wrapped in a form', () => {
    const quote =
      'We have waited long enough for this park, and our children will be the ones to enjoy it first.';
    const html = page({
      body: `<form action="/"><article><p>${BODY[0]}</p><figure><blockquote><p>${quote}</p></blockquote></figure><p>${BODY[1]}</p><p>${BODY[2]}</p></article></form>`,
    });
    const article = extractArticle(parseWith(engine, html, URL_), { url: URL_ });
    expect(article?.text.split('\n\n')).toEqual([BODY[0], quote, BODY[1], BODY[2]]);
  });
});

describe.each(ENGINES)('JSON-LD articleBody as a cross-check on %s', (engine) => {
  const ldBody = (articleBody: string): string =>
    `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: TITLE, articleBody })}</script>`;
  const warnings = [
    'This story is developing. We are gathering more information and will update this article as it comes in, so please check back later for the latest details and corrections.',
    'Spoiler warning: this article may contain key information about the plot of a book, a series or a film, so read on only if you have already seen or read it yourself.',
    'Graphic images: some of the pictures in this article may upset some readers, and we advise discretion before scrolling further down the page to see them all.',
  ];

  it('takes the declared body when the extracted text shares next to nothing with it', () => {
    // The page shows only a box of notices; its real text is in the JSON-LD.
    const html = page({
      head: ldBody(BODY.join('\n')),
      body: `<main><div class="notices">${warnings.map((w) => `<p>${w}</p>`).join('')}</div></main>`,
    });
    const article = extractArticle(parseWith(engine, html, URL_), { url: URL_ });
    expect(article?.text).toBe(BODY.join('\n\n'));
    expect(article?.contentHtml).toContain(`<p>${BODY[0]}</p>`);
  });

  it('cuts a declared body without line breaks into paragraphs at sentence ends', () => {
    const long = [...BODY, ...BODY, ...BODY].join(' ');
    const html = page({
      head: ldBody(long),
      body: `<main><div class="notices">${warnings.map((w) => `<p>${w}</p>`).join('')}</div></main>`,
    });
    const paragraphs = extractArticle(parseWith(engine, html, URL_), { url: URL_ })?.text.split('\n\n') ?? [];
    expect(paragraphs.length).toBeGreaterThan(1);
    expect(paragraphs.join(' ')).toBe(long);
  });

  it('keeps the extracted text when it agrees with the declared body', () => {
    const html = articleWith(
      '<p>A paragraph the JSON-LD body leaves out, about the depot and its history.</p>',
      {
        head: ldBody(BODY.join('\n')),
      },
    );
    const article = extractArticle(parseWith(engine, html, URL_), { url: URL_ });
    expect(article?.text).toContain('A paragraph the JSON-LD body leaves out');
  });
});

describe.each(ENGINES)('text structure on %s', (engine) => {
  const extract = (body: string, head = '') =>
    extractArticle(parseWith(engine, page({ head, body }), URL_), { url: URL_ });

  it('separates paragraphs by exactly one blank line and collapses whitespace inside them', () => {
    const article = extract(
      `<article><p>  ${BODY[0].replace(/ /g, '\n   ')} </p>\n\n\n<p>${BODY[1]}</p><div>${BODY[2]}</div></article>`,
    );
    expect(article?.text).toBe(BODY.join('\n\n'));
  });

  it('drops a leading headline equal to the title (after a kicker line)', () => {
    const article = extract(
      `<article><p>Local news</p><h1>${TITLE}</h1><p>${BODY[0]}</p><p>${BODY[1]}</p><p>${BODY[2]}</p></article>`,
      `<meta property="og:title" content="${TITLE}">`,
    );
    expect(article?.text).not.toContain(TITLE);
    expect(article?.text.startsWith('Local news\n\n')).toBe(true);
  });

  it('keeps headings, list items, blockquotes and table rows as their own paragraphs', () => {
    const article = extract(
      `<article><p>${BODY[0]}</p><h2>What happens next</h2><ul><li>Survey in March</li><li>Works in spring</li></ul>
       <blockquote><p>It is a good day for the city.</p></blockquote><p>${BODY[1]}</p>
       <table><tr><th>Phase</th><th>Cost</th></tr><tr><td>Depot</td><td>€2m</td></tr></table><p>${BODY[2]}</p></article>`,
    );
    expect(article?.text.split('\n\n')).toEqual([
      BODY[0],
      'What happens next',
      'Survey in March',
      'Works in spring',
      'It is a good day for the city.',
      BODY[1],
      'Phase | Cost',
      'Depot | €2m',
      BODY[2],
    ]);
  });

  it('keeps the lines of <pre> and turns <br> into a line break, <br><br> into a paragraph break', () => {
    const article = extract(
      `<article><p>${BODY[0]}</p><pre>const a = 1;\n  const b = 2;</pre><p>Roses are red,<br>violets are blue.<br><br>${BODY[1]}</p><p>${BODY[2]}</p></article>`,
    );
    expect(article?.text.split('\n\n')).toEqual([
      BODY[0],
      'const a = 1;\n  const b = 2;',
      'Roses are red,\nviolets are blue.',
      BODY[1],
      BODY[2],
    ]);
  });

  it('does not glue blocks together the way textContent does', () => {
    const article = extract(
      `<article><div><p>${BODY[0]}</p><p>${BODY[1]}</p></div><p>${BODY[2]}</p></article>`,
    );
    expect(article?.text).toContain(`${BODY[0]}\n\n${BODY[1]}`);
  });
});

describe('word count and reading time', () => {
  it('counts words and reads 230 a minute', () => {
    const words = Array.from({ length: 700 }, (_, i) => `word${i}`).join(' ');
    const article = extractArticle(
      parseWith('linkedom', page({ body: `<article><p>${words}.</p></article>` }), URL_),
    );
    expect(article?.wordCount).toBe(700);
    expect(article?.readingMinutes).toBe(3);
  });

  it('counts Chinese by words, and times it by characters (500 a minute)', () => {
    const sentence = '我们今天在公园里散步，天气非常好。';
    const chinese = `<article>${Array.from({ length: 30 }, () => `<p>${sentence.repeat(4)}</p>`).join('')}</article>`;
    const article = extractArticle(parseWith('linkedom', page({ html: 'lang="zh"', body: chinese }), URL_));
    expect(article).not.toBeNull();
    const characters = sentence.replace(/[，。]/g, '').length * 4 * 30;
    // A whitespace split would see 30 "words"; the segmenter finds real ones.
    expect(article?.wordCount).toBeGreaterThan(1000);
    expect(article?.wordCount).toBeLessThan(characters);
    expect(article?.readingMinutes).toBe(Math.round(characters / 500));
  });

  it('is at least one minute', () => {
    expect(extractArticle(parseWith('linkedom', page(), URL_))?.readingMinutes).toBe(1);
  });
});
