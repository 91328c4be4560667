import { describe, expect, it } from 'vitest';
import { restrictedReason, restrictedReasonFromError } from '@/utils/page/restricted';

describe('restrictedReason', () => {
  it.each([
    ['chrome://settings/', 'browser-page'],
    ['chrome://newtab/', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['edge://extensions', 'browser-page'],
    ['devtools://devtools/bundled/inspector.html', 'browser-page'],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html', 'extension-page'],
    ['moz-extension://0f1e2d3c-aaaa-bbbb-cccc-1234567890ab/library.html', 'extension-page'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'pdf'],
    ['https://chromewebstore.google.com/detail/some-extension/abcdef', 'store'],
    ['https://chrome.google.com/webstore/detail/abc', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/pullquote/', 'store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'store'],
    ['view-source:https://example.com/', 'view-source'],
    ['https://example.com/report.PDF', 'pdf'],
    ['file:///home/me/paper.pdf', 'pdf'],
    ['file:///home/me/notes.html', 'file'],
    ['data:text/html,<p>hi</p>', 'browser-page'],
  ])('%s → %s', (url, reason) => {
    expect(restrictedReason(url)).toBe(reason);
  });

  it.each([
    'https://www.nytimes.com/2024/01/01/world/story.html',
    'http://news.example.test:8080/2022/01/28/slug/',
    'https://chrome.google.com/search?q=webstore', // same host, not the store path
    'https://example.com/pdf-guide.html',
    'https://developer.mozilla.org/en-US/docs/Web',
    undefined,
    null,
    '',
    'not a url',
  ])('%s is readable', (url) => {
    expect(restrictedReason(url)).toBeNull();
  });
});

describe('restrictedReasonFromError', () => {
  it.each([
    ['Cannot access a chrome:// URL', 'browser-page'],
    [
      'Cannot access contents of url "chrome-extension://abc/x.html". Extension manifest must request permission',
      'extension-page',
    ],
    ['The extensions gallery cannot be scripted.', 'store'],
    ['Cannot access contents of url "file:///tmp/a.html".', 'file'],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'no-access',
    ],
    ['Frame with ID 0 is showing error page', 'no-access'],
  ])('%s → %s', (message, reason) => {
    expect(restrictedReasonFromError(message)).toBe(reason);
  });
});
