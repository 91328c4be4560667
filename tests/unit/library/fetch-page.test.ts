import { describe, expect, it, vi } from 'vitest';
import { fetchPage, MAX_PAGE_BYTES } from '@/utils/library/saver-browser';
import { localizedOf } from '@/utils/localized';

const html = (body: string, init: ResponseInit & { url?: string } = {}) => {
  const response = new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' }, ...init });
  if (init.url) Object.defineProperty(response, 'url', { value: init.url });
  return response;
};

describe('fetchPage and the local network (issue 15, finding 6)', () => {
  it.each([
    'http://localhost:8080/admin',
    'http://127.0.0.1/',
    'http://192.168.1.1/',
    'http://10.0.0.5/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/',
    'http://printer.local/',
  ])('sends no request to %s', async (url) => {
    const fetchImpl = vi.fn(async () => html('<p>secret</p>'));
    const attempt = fetchPage(url, fetchImpl);
    await expect(attempt).rejects.toThrow(/local network/);
    expect(localizedOf(await attempt.catch((error: unknown) => error))?.key).toBe('fetchErrorLocalNetwork');
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('keeps nothing from a page that ended on a local address after a redirect', async () => {
    const fetchImpl = vi.fn(async () => html('<p>router admin</p>', { url: 'http://192.168.0.1/' }));
    await expect(fetchPage('https://short.example/x', fetchImpl)).rejects.toThrow(/local network/);
  });

  it('fetches a public page without cookies, with a time limit, following redirects', async () => {
    const fetchImpl = vi.fn(async () => html('<p>news</p>', { url: 'https://news.example/story' }));
    await expect(fetchPage('https://short.example/x', fetchImpl)).resolves.toEqual({
      html: '<p>news</p>',
      url: 'https://news.example/story',
    });
    expect(fetchImpl).toHaveBeenCalledWith(
      'https://short.example/x',
      expect.objectContaining({ credentials: 'omit', redirect: 'follow', signal: expect.any(AbortSignal) }),
    );
  });
});

describe('fetchPage and huge pages (issue 15, finding 7)', () => {
  it('stops reading an endless chunked reply at the cap instead of reading it all', async () => {
    let pulled = 0;
    let cancelled = false;
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.length;
        // 64 MiB if read to the end.
        if (pulled > 64 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const fetchImpl = vi.fn(async () => html('', { url: 'https://big.example/' }));
    fetchImpl.mockResolvedValueOnce(
      new Response(body, { headers: { 'content-type': 'text/html' } }) as Response,
    );
    await expect(fetchPage('https://big.example/', fetchImpl)).rejects.toThrow(/too large/);
    expect(pulled).toBeLessThanOrEqual(MAX_PAGE_BYTES + 2 * chunk.length);
    expect(cancelled).toBe(true);
  });

  it('refuses at once a reply that declares more than the cap', async () => {
    const response = html('<p>x</p>', {
      headers: { 'content-type': 'text/html', 'content-length': String(MAX_PAGE_BYTES + 1) },
    });
    await expect(fetchPage('https://big.example/', async () => response)).rejects.toThrow(/too large/);
  });

  it('reads a page just under the cap whole, decoded as UTF-8', async () => {
    const text = `<p>${'é'.repeat(1000)}</p>`;
    await expect(fetchPage('https://ok.example/', async () => html(text))).resolves.toMatchObject({
      html: text,
    });
  });
});
