import { afterEach, describe, expect, it } from 'vitest';
import type { ConsentChoice } from '@/utils/consent/engine';
import { findChoiceClick } from '@/utils/consent/learn';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Click `element` as a reader would and return the event's composed path, as the content script sees it. */
function clickPath(element: Element): EventTarget[] {
  let path: EventTarget[] = [];
  const listener = (event: Event) => {
    path = event.composedPath();
  };
  document.addEventListener('click', listener, { capture: true });
  element.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  document.removeEventListener('click', listener, { capture: true });
  return path;
}

function mount(html: string): void {
  document.body.innerHTML = html;
}

function byText(text: string, root: ParentNode = document): Element {
  const found = Array.from(root.querySelectorAll('button, a, span')).find(
    (el) => el.textContent?.trim() === text,
  );
  if (!found) throw new Error(`No element with text "${text}"`);
  return found;
}

const ONETRUST = `
  <main><p>An article about the weather.</p></main>
  <div id="onetrust-consent-sdk">
    <div id="onetrust-banner-sdk">
      <p>We and our partners use cookies to personalise content.</p>
      <button id="onetrust-pc-btn-handler">Cookie Settings</button>
      <button id="onetrust-reject-all-handler">Reject All</button>
      <button id="onetrust-accept-btn-handler"><span>Accept All Cookies</span></button>
    </div>
  </div>`;

const FIXED_BANNER = `
  <main><p>Ein Artikel.</p></main>
  <div style="position: fixed; bottom: 0">
    We use cookies to improve your experience.
    <button>Alle ablehnen</button>
    <button>Alle akzeptieren</button>
  </div>`;

const SIGN_UP = `
  <form class="signup">
    <h2>Create your account</h2>
    <label>Email <input type="email"></label>
    <button type="button">Accept terms</button>
    <button type="button">Accept all</button>
    <button type="button">Agree</button>
  </form>`;

const DIALOG = `
  <div role="dialog" aria-label="Privacy">
    <p>This site uses cookies. Choose what you allow.</p>
    <button>Manage settings</button>
    <button>Save my choices</button>
    <a href="/privacy">Privacy policy</a>
    <button>I agree</button>
  </div>`;

describe('findChoiceClick on a OneTrust banner', () => {
  it.each<[string, ConsentChoice | null]>([
    ['Reject All', 'reject'],
    ['Accept All Cookies', 'accept'],
    ['Cookie Settings', null],
  ])('%s → %s', (label, expected) => {
    mount(ONETRUST);
    expect(findChoiceClick(clickPath(byText(label)), false)).toBe(expected);
  });

  it('classifies a click on the label inside the accept button by the button', () => {
    mount(ONETRUST);
    const span = document.querySelector('#onetrust-accept-btn-handler span');
    if (!span) throw new Error('fixture');
    const path = clickPath(span);
    expect(path[0]).toBe(span);
    expect(findChoiceClick(path, false)).toBe('accept');
  });

  it('ignores a click on the page outside the banner', () => {
    mount(ONETRUST);
    const paragraph = document.querySelector('main p');
    if (!paragraph) throw new Error('fixture');
    expect(findChoiceClick(clickPath(paragraph), false)).toBeNull();
  });
});

describe('findChoiceClick on a generic fixed-position cookie banner', () => {
  it.each<[string, ConsentChoice]>([
    ['Alle akzeptieren', 'accept'],
    ['Alle ablehnen', 'reject'],
  ])('%s → %s', (label, expected) => {
    mount(FIXED_BANNER);
    expect(findChoiceClick(clickPath(byText(label)), false)).toBe(expected);
  });

  it('ignores a fixed bar that is not about cookies', () => {
    mount(
      `<div style="position: fixed; top: 0">Get our app for a better read. <button>Accept</button></div>`,
    );
    expect(findChoiceClick(clickPath(byText('Accept')), false)).toBeNull();
  });

  it('ignores the same banner when it is not fixed, has no dialog role and no consent-like id or class', () => {
    mount(
      `<div class="note">We use cookies to improve your experience. <button>Alle akzeptieren</button></div>`,
    );
    expect(findChoiceClick(clickPath(byText('Alle akzeptieren')), false)).toBeNull();
  });

  it('recognises an unpositioned banner whose class names it', () => {
    mount(`<div class="cookie-notice">We use cookies. <button>Got it</button></div>`);
    expect(findChoiceClick(clickPath(byText('Got it')), false)).toBe('accept');
  });
});

describe('findChoiceClick on a sign-up form', () => {
  it.each(['Accept terms', 'Accept all', 'Agree'])('"%s" is not a cookie choice', (label) => {
    mount(SIGN_UP);
    expect(findChoiceClick(clickPath(byText(label)), false)).toBeNull();
  });
});

describe('findChoiceClick in a consent dialog', () => {
  it.each<[string, ConsentChoice | null]>([
    ['Manage settings', null],
    ['Save my choices', null],
    ['Privacy policy', null],
    ['I agree', 'accept'],
  ])('%s → %s', (label, expected) => {
    mount(DIALOG);
    expect(findChoiceClick(clickPath(byText(label)), false)).toBe(expected);
  });

  it('ignores a dialog that is not about consent', () => {
    mount(`<div role="dialog"><p>Sign in to continue.</p><button>Accept invitation</button></div>`);
    expect(findChoiceClick(clickPath(byText('Accept invitation')), false)).toBeNull();
  });
});

describe('findChoiceClick while autoconsent reports a popup open', () => {
  it('counts a label-only classification with no consent container around it', () => {
    mount(
      `<div class="x1"><div class="x2"><button>Accept all</button><button>Reject all</button></div></div>`,
    );
    expect(findChoiceClick(clickPath(byText('Accept all')), false)).toBeNull();
    expect(findChoiceClick(clickPath(byText('Accept all')), true)).toBe('accept');
    expect(findChoiceClick(clickPath(byText('Reject all')), true)).toBe('reject');
  });

  it.each(['Accept terms', 'Manage settings', 'Read more'])('still ignores "%s"', (label) => {
    mount(`<div><button>${label}</button></div>`);
    expect(findChoiceClick(clickPath(byText(label)), true)).toBeNull();
  });
});

describe('findChoiceClick inside an open shadow root', () => {
  function mountUsercentrics(buttons: string): ShadowRoot {
    mount('<main><p>An article.</p></main><div id="usercentrics-root"></div>');
    const host = document.getElementById('usercentrics-root');
    if (!host) throw new Error('fixture');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<div class="banner"><p>Wir verwenden Cookies.</p>${buttons}</div>`;
    return shadow;
  }

  it('sees through the shadow root in the composed path and classifies the deny button', () => {
    const shadow = mountUsercentrics(
      '<button data-testid="uc-deny-all-button">Deny</button><button data-testid="uc-accept-all-button">OK</button>',
    );
    const deny = shadow.querySelector('[data-testid=uc-deny-all-button]');
    if (!deny) throw new Error('fixture');
    const path = clickPath(deny);
    expect(path[0]).toBe(deny);
    expect(path).toContain(document.getElementById('usercentrics-root'));
    expect(findChoiceClick(path, false)).toBe('reject');
  });

  it('classifies an unlabelled-by-selector button by its text inside the platform root', () => {
    const shadow = mountUsercentrics('<button>Alle akzeptieren</button>');
    expect(findChoiceClick(clickPath(byText('Alle akzeptieren', shadow)), false)).toBe('accept');
  });
});

describe('findChoiceClick with no element to go on', () => {
  it.each<[string, EventTarget[]]>([
    ['an empty path', []],
    ['only the document and window', [document, window]],
  ])('%s → null', (_label, path) => {
    expect(findChoiceClick(path, true)).toBeNull();
  });
});
