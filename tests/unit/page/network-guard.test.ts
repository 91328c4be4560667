import { describe, expect, it } from 'vitest';
import { blocksExtensionRequest } from '@/utils/page/network-guard';

// Firefox's MV2 build has no declarativeNetRequest: a blocking webRequest listener stops the extension's own
// requests to the local network there, redirects included (issue 15, finding 6).
const ORIGIN = 'moz-extension://5f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b/';
const BACKGROUND = `${ORIGIN}_generated_background_page.html`;

describe('blocksExtensionRequest', () => {
  it.each([
    [
      'a redirect of a saved link to a router',
      { url: 'http://192.168.0.1/', type: 'xmlhttprequest', originUrl: BACKGROUND },
      true,
    ],
    [
      'loopback from the studio',
      { url: 'http://127.0.0.1:8080/x.png', type: 'image', originUrl: `${ORIGIN}studio.html` },
      true,
    ],
    [
      'cloud metadata',
      { url: 'http://169.254.169.254/latest', type: 'xmlhttprequest', documentUrl: BACKGROUND },
      true,
    ],
    [
      'a public page the extension fetches',
      { url: 'https://news.example/a', type: 'xmlhttprequest', originUrl: BACKGROUND },
      false,
    ],
    [
      'a web page’s own request to its router',
      { url: 'http://192.168.0.1/', type: 'xmlhttprequest', originUrl: 'https://router-setup.example/' },
      false,
    ],
    [
      'another extension’s request',
      { url: 'http://127.0.0.1/', type: 'xmlhttprequest', originUrl: 'moz-extension://other/page.html' },
      false,
    ],
    [
      'the reader opening a local page in a tab',
      { url: 'http://localhost:3000/', type: 'main_frame', originUrl: `${ORIGIN}library.html` },
      false,
    ],
  ])('%s: %s', (_name, details, blocked) => {
    expect(blocksExtensionRequest(details, ORIGIN)).toBe(blocked);
  });
});
