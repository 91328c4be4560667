import { afterEach, describe, expect, it } from 'vitest';
import { looksLikePayWall, unlockScrolling } from '@/utils/consent/page';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('style');
  document.body.removeAttribute('style');
});

describe('looksLikePayWall', () => {
  it.each<[string, string, boolean]>([
    [
      'a consent dialog offering a subscription',
      '<div role="dialog"><p>We use cookies.</p><button>Accept all</button><button>Subscribe</button></div>',
      true,
    ],
    [
      'a German pay-or-accept wall',
      '<div aria-modal="true"><p>Cookies</p><button>Akzeptieren</button><a href="/abo">Jetzt Abonnieren</a></div>',
      true,
    ],
    [
      'a pur-Abo wall',
      '<div class="consent-layer"><button>Zustimmen</button><button>Mit pur-Abo weiterlesen</button></div>',
      true,
    ],
    [
      'a Sourcepoint-style message found by its id',
      '<div id="sp_consent_message"><span role="button">Subscription</span><button>Accept</button></div>',
      true,
    ],
    [
      'an ad-free offer in a dialog',
      '<div role="dialog"><button>Accept</button><button>Go ad-free</button></div>',
      true,
    ],
    [
      'an ordinary article with a newsletter link outside any dialog',
      '<article><p>Story.</p><a href="/newsletter">Subscribe to our newsletter</a></article>' +
        '<div role="dialog"><p>We use cookies.</p><button>Accept all</button><button>Reject all</button></div>',
      false,
    ],
    [
      'a consent dialog without a paid option',
      '<div role="dialog"><p>We use cookies.</p><button>Accept all</button><button>Reject all</button></div>',
      false,
    ],
    [
      'a consent dialog with an "About" link (no "abo" word)',
      '<div role="dialog"><a href="/about">About us</a><button>Accept</button></div>',
      false,
    ],
    ['a page with no controls', '<p>Subscribe to nothing.</p>', false],
  ])('%s → %s', (_label, html, expected) => {
    document.body.innerHTML = html;
    expect(looksLikePayWall(document)).toBe(expected);
  });
});

describe('unlockScrolling', () => {
  const html = () => document.documentElement;
  const body = () => document.body;

  it.each<[string, () => HTMLElement, string]>([
    ['html overflow: hidden', html, 'overflow: hidden'],
    ['body overflow: hidden', body, 'overflow: hidden'],
    ['body overflow-y: hidden', body, 'overflow-y: hidden'],
    ['html overflow: hidden !important', html, 'overflow: hidden !important'],
  ])('makes the page scrollable again after %s', (_label, element, style) => {
    element().setAttribute('style', style);
    unlockScrolling(document);
    expect(element().style.getPropertyValue('overflow')).toBe('auto');
    // The important shorthand resets overflow-x and overflow-y in browsers (happy-dom keeps a stale
    // overflow-y longhand next to it, so the computed value is not checked here).
    expect(element().style.getPropertyPriority('overflow')).toBe('important');
  });

  it('unlocks both html and body when both are locked', () => {
    html().style.overflow = 'hidden';
    body().style.overflow = 'hidden';
    unlockScrolling(document);
    expect(getComputedStyle(html()).overflow).toBe('auto');
    expect(getComputedStyle(body()).overflow).toBe('auto');
  });

  it('leaves the page alone when scrolling is not locked', () => {
    body().style.overflow = 'scroll';
    unlockScrolling(document);
    expect(body().getAttribute('style')).toBe('overflow: scroll;');
    expect(html().getAttribute('style')).toBeNull();
  });

  it('leaves a page without any inline style without one', () => {
    unlockScrolling(document);
    expect(html().getAttribute('style')).toBeNull();
    expect(body().getAttribute('style')).toBeNull();
  });

  it('unlocks a lock set by a style sheet', () => {
    const sheet = document.createElement('style');
    sheet.textContent = 'body.modal-open { overflow: hidden; }';
    document.head.append(sheet);
    body().className = 'modal-open';
    unlockScrolling(document);
    expect(getComputedStyle(body()).overflow).toBe('auto');
    body().className = '';
  });
});
