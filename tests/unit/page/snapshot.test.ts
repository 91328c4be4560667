import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '@/utils/page/parse';
import { isPageSnapshot, type PageSnapshot, type SnapshotClock, takeSnapshot } from '@/utils/page/snapshot';

function load(html: string): Document {
  document.open();
  document.write(html);
  document.close();
  return document;
}

/** A clock that advances 5 ms per reading and counts pauses. */
function fakeClock(): SnapshotClock & { pauses: number } {
  let time = 0;
  const clock = {
    pauses: 0,
    now: () => (time += 5),
    pause: async () => {
      clock.pauses++;
    },
  };
  return clock;
}

describe('takeSnapshot', () => {
  it('copies the document with its doctype and the trimmed selection', async () => {
    const doc = load(
      '<!DOCTYPE html><html lang="en"><head><title>Story</title></head><body><p id="p">  Quote me  </p></body></html>',
    );
    const range = doc.createRange();
    range.selectNodeContents(doc.getElementById('p') as HTMLElement);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);

    const snapshot = await takeSnapshot(doc, fakeClock());
    expect(snapshot.html.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
    expect(snapshot.html).toContain('<p id="p">  Quote me  </p>');
    expect(snapshot.title).toBe('Story');
    expect(snapshot.selection).toBe('Quote me');
    expect(isPageSnapshot(snapshot)).toBe(true);
    window.getSelection()?.removeAllRanges();
  });

  it('drops page code and styles but keeps JSON-LD and noscript, without touching the page', async () => {
    const doc = load(
      '<html><head><style>p{}</style><link rel="stylesheet"><script type="application/ld+json">{"@type":"NewsArticle"}</script></head>' +
        '<body><script>window.x=1</script><noscript><img src="real.jpg"></noscript><p>Body</p><template><p>t</p></template></body></html>',
    );
    const before = doc.documentElement.outerHTML;
    const { html } = await takeSnapshot(doc, fakeClock());
    expect(html).not.toContain('window.x');
    expect(html).not.toContain('p{}');
    expect(html).not.toContain('<link');
    expect(html).not.toContain('<template>');
    expect(html).toContain('{"@type":"NewsArticle"}');
    expect(html).toContain('<noscript>');
    expect(html).toContain('<p>Body</p>');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('serializes a big page in slices, byte for byte like outerHTML, pausing between slices', async () => {
    const paragraphs = Array.from(
      { length: 1200 },
      (_, i) =>
        `<p class="c${i}">Line ${i} &amp; more&nbsp;text &lt;b&gt; <em>emph</em></p><!-- note ${i} -->`,
    ).join('\n');
    const doc = load(
      `<!DOCTYPE html><html><head><title>Big</title></head><body><div id="main">${paragraphs}</div></body></html>`,
    );
    const clock = fakeClock();
    const snapshot = await takeSnapshot(doc, clock);
    expect(snapshot.html).toBe(`<!DOCTYPE html>${doc.documentElement.outerHTML}`);
    expect(clock.pauses).toBeGreaterThan(0);
    // With 5 ms per reading, no stretch between pauses is longer than one reading past the slice budget.
    expect(snapshot.tookMs).toBeLessThanOrEqual(20);
  });
});

// happy-dom does not apply <base> to parsed documents; a real browser does (the e2e tests check the
// resolved URLs in Chromium). Here: the right <base> is in place.
describe('parseSnapshot', () => {
  const base: PageSnapshot = {
    html: '',
    url: 'https://news.example/world/story.html',
    title: '',
    selection: '',
    tookMs: 0,
  };

  it('resolves relative URLs against the page, not the extension page', () => {
    const doc = parseSnapshot({
      ...base,
      html: '<html><head></head><body><a href="../about/">About</a></body></html>',
    });
    expect(doc.querySelector('base')?.getAttribute('href')).toBe('https://news.example/world/story.html');
    expect(doc.head.firstElementChild?.tagName).toBe('BASE');
  });

  it("makes the page's own relative <base> absolute against the page", () => {
    const doc = parseSnapshot({
      ...base,
      html: '<html><head><base href="/static/"></head><body><img src="a.png"></body></html>',
    });
    expect(doc.querySelectorAll('base')).toHaveLength(1);
    expect(doc.querySelector('base')?.getAttribute('href')).toBe('https://news.example/static/');
  });
});
