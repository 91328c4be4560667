import { describe, expect, it } from 'vitest';
import {
  decodeStudioData,
  encodeStudioData,
  type StudioData,
  studioDataFromSaved,
} from '@/utils/card/studio-data';

const data: StudioData = {
  quote: 'لا يوجد تغيير 👍🏽 「日本語」',
  speaker: 'Antony Blinken',
  role: 'US secretary of state',
  title: '‘Little ground for optimism’',
  siteName: 'The Daily Ledger',
  url: 'https://news.example/a?b=c',
  dir: 'rtl',
  lang: 'ar',
  accent: '#b4400e',
  image: 'https://cdn.news.example/lead.jpg',
  pageUrl: 'https://news.example/a?b=c&utm_source=x',
  favicon: 'https://news.example/favicon.ico',
};

describe('studio data in the URL', () => {
  it('round-trips any script through a URL-safe string', () => {
    const encoded = encodeStudioData(data);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeStudioData(encoded)).toEqual(data);
  });

  it.each([
    ['not base64', '%%%'],
    ['not JSON', btoa('hello')],
    ['no quote', encodeStudioData({ ...data, quote: undefined } as unknown as StudioData)],
    ['a javascript: URL', encodeStudioData({ ...data, url: 'javascript:alert(1)' })],
  ])('rejects %s', (_label, encoded) => {
    expect(decodeStudioData(encoded)).toBeNull();
  });

  it('drops what it cannot trust and keeps the rest', () => {
    const decoded = decodeStudioData(
      encodeStudioData({ ...data, accent: 'red; background: url(x)', dir: 'sideways' as 'ltr' }),
    );
    expect(decoded).toMatchObject({ accent: undefined, dir: 'ltr', quote: data.quote });
  });

  it.each([
    ['a javascript: favicon', { favicon: 'javascript:alert(1)' }, 'favicon'],
    ['a data: favicon', { favicon: 'data:image/png;base64,AAAA' }, 'favicon'],
    ['a chrome: page', { pageUrl: 'chrome://settings' }, 'pageUrl'],
    ['an overlong image URL (not cut short)', { image: `https://cdn.example/${'a'.repeat(5000)}` }, 'image'],
    // Issue 15, finding 6: the studio fetches images itself, so a page must not point it at the local network.
    [
      'an image on the cloud metadata address',
      { image: 'http://169.254.169.254/latest/meta-data/' },
      'image',
    ],
    ['an image on a router', { image: 'http://192.168.0.1/logo.png' }, 'image'],
    ['an image on localhost', { image: 'http://localhost:8080/x.png' }, 'image'],
    ['a favicon on the local network', { favicon: 'http://nas.local/favicon.ico' }, 'favicon'],
    ['a favicon on a loopback IPv6', { favicon: 'http://[::1]/favicon.ico' }, 'favicon'],
  ] as const)('drops %s', (_label, patch, key) => {
    const decoded = decodeStudioData(encodeStudioData({ ...data, ...patch }));
    expect(decoded?.[key]).toBeUndefined();
    expect(decoded?.quote).toBe(data.quote);
  });
});

// Issue 17: a card made from the reader used to lose the lead image and the deep link the popup's has.
describe('studioDataFromSaved: the reader hands the studio what the library keeps', () => {
  const saved = {
    title: 'Ferry line to reopen',
    site: 'The Harbour Courier',
    url: 'https://courier.example/ferry',
    dir: null,
    lang: 'en',
    leadImage: 'https://cdn.courier.example/ferry.jpg',
    text: 'The council met on Monday. We are not choosing between boats and buses, the chair said.',
  };

  it('carries the lead image and a link to the passage, and survives the studio URL', () => {
    const data = studioDataFromSaved(saved, '  We are not choosing between boats and buses ');
    expect(data).toMatchObject({
      quote: 'We are not choosing between boats and buses',
      title: saved.title,
      siteName: saved.site,
      url: saved.url,
      dir: 'ltr',
      lang: 'en',
      image: saved.leadImage,
    });
    expect(data.link?.startsWith(`${saved.url}#:~:text=`)).toBe(true);
    expect(decodeURIComponent(data.link ?? '')).toContain('We are not choosing');
    expect(decodeStudioData(encodeStudioData(data))).toMatchObject({
      image: saved.leadImage,
      link: data.link,
    });
  });

  it('leaves out a lead image on this computer or the local network', () => {
    expect(
      studioDataFromSaved({ ...saved, leadImage: 'http://192.168.1.2/x.jpg' }, 'q').image,
    ).toBeUndefined();
    expect(studioDataFromSaved({ ...saved, leadImage: null }, 'q').image).toBeUndefined();
  });
});
