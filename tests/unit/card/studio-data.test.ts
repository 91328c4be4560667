import { describe, expect, it } from 'vitest';
import { decodeStudioData, encodeStudioData, type StudioData } from '@/utils/card/studio-data';

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
});
