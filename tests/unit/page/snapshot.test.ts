import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '@/utils/page/parse';
import { isPageSnapshot, type PageSnapshot, takeSnapshot } from '@/utils/page/snapshot';

describe('takeSnapshot', () => {
  it('serializes the document with its doctype and the trimmed selection', () => {
    document.open();
    document.write(
      '<!DOCTYPE html><html lang="en"><head><title>Story</title></head><body><p id="p">  Quote me  </p></body></html>',
    );
    document.close();
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('p') as HTMLElement);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);

    let tick = 0;
    const snapshot = takeSnapshot(document, () => (tick += 5));
    expect(snapshot.html.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
    expect(snapshot.html).toContain('<p id="p">  Quote me  </p>');
    expect(snapshot.title).toBe('Story');
    expect(snapshot.selection).toBe('Quote me');
    expect(snapshot.tookMs).toBe(5);
    expect(isPageSnapshot(snapshot)).toBe(true);
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
