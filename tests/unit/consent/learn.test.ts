import { afterEach, describe, expect, it } from 'vitest';
import type { ConsentChoice } from '@/utils/consent/engine';
import { findChoiceClick, isPlatformFrame, type RuleControls, stableSelector } from '@/utils/consent/learn';

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

const choiceOf = (path: EventTarget[], rule: RuleControls | null = null) =>
  findChoiceClick(path, rule)?.choice ?? null;

describe('findChoiceClick on a OneTrust banner', () => {
  it.each<[string, ConsentChoice | null]>([
    ['Reject All', 'reject'],
    ['Accept All Cookies', 'accept'],
    ['Cookie Settings', null],
  ])('%s → %s', (label, expected) => {
    mount(ONETRUST);
    expect(choiceOf(clickPath(byText(label)))).toBe(expected);
  });

  it('classifies a click on the label inside the accept button by the button, by its place', () => {
    mount(ONETRUST);
    const span = document.querySelector('#onetrust-accept-btn-handler span');
    if (!span) throw new Error('fixture');
    const path = clickPath(span);
    expect(path[0]).toBe(span);
    expect(findChoiceClick(path)).toEqual({ choice: 'accept', platform: 'onetrust', by: 'structure' });
  });

  it('ignores a click on the page outside the banner', () => {
    mount(ONETRUST);
    const paragraph = document.querySelector('main p');
    if (!paragraph) throw new Error('fixture');
    expect(findChoiceClick(clickPath(paragraph))).toBeNull();
  });
});

// Issue 15, finding 2: a page can't flip a site's choice with a prompt of its own.
describe('findChoiceClick outside any consent platform’s dialog', () => {
  it.each<[string, string, string]>([
    [
      'a push-notification prompt',
      `<div role="dialog" style="position: fixed; top: 0">We respect your privacy. Allow notifications?
        <button>Block</button><button>Allow</button></div>`,
      'Allow',
    ],
    [
      'a fixed cookie-worded bar of the page’s own',
      `<div style="position: fixed; bottom: 0">We use cookies to improve your experience.
        <button>Alle ablehnen</button><button>Alle akzeptieren</button></div>`,
      'Alle akzeptieren',
    ],
    [
      'a policy notice with "Got it"',
      `<div class="cookie-notice privacy-update">Our privacy policy changed. <button>Got it</button></div>`,
      'Got it',
    ],
    ['a dialog about consent', DIALOG, 'I agree'],
  ])('%s teaches nothing', (_label, html, button) => {
    mount(html);
    expect(findChoiceClick(clickPath(byText(button)))).toBeNull();
  });

  it('a consent-worded ad frame is not a platform’s frame', () => {
    expect(isPlatformFrame({ hostname: 'ads.example', pathname: '/banner.html', search: '?cookie=1' })).toBe(
      false,
    );
    expect(isPlatformFrame({ hostname: 'ads.example', pathname: '/index.html', search: '' })).toBe(false);
  });

  it('knows the frames platforms serve their dialogs from', () => {
    expect(
      isPlatformFrame({
        hostname: 'cdn.privacy-mgmt.com',
        pathname: '/index.html',
        search: '?message_id=12',
      }),
    ).toBe(true);
    expect(isPlatformFrame({ hostname: 'consent-pref.trustarc.com', pathname: '/', search: '' })).toBe(true);
  });
});

describe('findChoiceClick on a sign-up form', () => {
  it.each(['Accept terms', 'Accept all', 'Agree'])('"%s" is not a cookie choice', (label) => {
    mount(SIGN_UP);
    expect(findChoiceClick(clickPath(byText(label)))).toBeNull();
  });
});

describe('findChoiceClick in the dialog of the rule autoconsent found', () => {
  const rule: RuleControls = {
    name: 'acme-cmp',
    roots: ['#acme-consent'],
    accept: ['.acme-yes'],
    reject: ['.acme-no'],
  };

  it('the button’s place in the rule decides, not its label', () => {
    mount(`<div id="acme-consent"><p>Cookies?</p>
      <button class="acme-no">Accept necessary</button><button class="acme-yes">Zustimmen</button></div>`);
    expect(findChoiceClick(clickPath(byText('Accept necessary')), rule)).toEqual({
      choice: 'reject',
      platform: 'acme-cmp',
      by: 'structure',
    });
    expect(choiceOf(clickPath(byText('Zustimmen')), rule)).toBe('accept');
  });

  it('a button the rule does not name is read by its label, and yields a step for this site', () => {
    mount(
      `<div id="acme-consent" class="acme-Banner"><p>Cookies?</p><button class="acme-ok" type="button">Alles klar</button></div>`,
    );
    expect(findChoiceClick(clickPath(byText('Alles klar')), rule)).toEqual({
      choice: 'accept',
      platform: 'acme-cmp',
      by: 'label',
      step: { container: '#acme-consent', button: 'button.acme-ok[type="button"]', text: 'alles klar' },
    });
  });

  it.each(['Accept terms', 'Manage settings', 'Read more'])('still ignores "%s"', (label) => {
    mount(`<div id="acme-consent"><button>${label}</button></div>`);
    expect(findChoiceClick(clickPath(byText(label)), rule)).toBeNull();
  });

  it('a click outside the rule’s dialog teaches nothing, even with the rule running', () => {
    mount(`<div id="acme-consent"></div><div class="push"><button>Allow</button></div>`);
    expect(findChoiceClick(clickPath(byText('Allow')), rule)).toBeNull();
  });
});

describe('findChoiceClick on the real libraries’ markup', () => {
  it.each<[string, string, string, ConsentChoice | null]>([
    [
      'vanilla-cookieconsent: a reject labelled "Accept necessary"',
      `<div id="cc-main"><div class="cm"><button class="cm__btn" data-role="all">Accept all</button>
        <button class="cm__btn" data-role="necessary"><span>Accept necessary</span></button></div></div>`,
      'Accept necessary',
      'reject',
    ],
    [
      'vanilla-cookieconsent: a reject labelled "Zustimmen"',
      `<div id="cc-main"><button class="cm__btn" data-role="necessary">Zustimmen</button></div>`,
      'Zustimmen',
      'reject',
    ],
    [
      'klaro: "That\'s ok"',
      `<div class="klaro"><div class="cookie-notice"><button class="cm-btn cm-btn-danger cn-decline">I decline</button>
        <button class="cm-btn cm-btn-success">That's ok</button></div></div>`,
      "That's ok",
      'accept',
    ],
    [
      'tarteaucitron: one service’s Allow is a custom selection',
      `<div id="tarteaucitronRoot"><ul><li class="tarteaucitronLine"><div class="tarteaucitronAsk">
        <button class="tarteaucitronAllow">Allow</button></div></li></ul></div>`,
      'Allow',
      null,
    ],
    [
      'orejime 3: decline',
      `<div class="orejime-Root"><div class="orejime-Banner"><button class="orejime-Button orejime-Banner-declineButton">Decline</button></div></div>`,
      'Decline',
      'reject',
    ],
  ])('%s', (_label, html, button, expected) => {
    mount(html);
    const target = Array.from(document.querySelectorAll('button, span')).find(
      (element) => element.textContent?.trim() === button,
    );
    if (!target) throw new Error('fixture');
    expect(choiceOf(clickPath(target))).toBe(expected);
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
    expect(choiceOf(path)).toBe('reject');
  });

  it('classifies an unlabelled-by-selector button by its text inside the platform root', () => {
    const shadow = mountUsercentrics('<button>Alle akzeptieren</button>');
    expect(findChoiceClick(clickPath(byText('Alle akzeptieren', shadow)))).toMatchObject({
      choice: 'accept',
      platform: 'usercentrics',
      by: 'label',
      step: { container: '#usercentrics-root', button: 'button', text: 'alle akzeptieren' },
    });
  });
});

describe('stableSelector', () => {
  it.each<[string, string]>([
    ['<button id="cookie-accept">x</button>', '#cookie-accept'],
    ['<button id="btn-83472" class="cc-btn cc-allow">x</button>', 'button.cc-btn.cc-allow'],
    ['<button class="sc-bdVaJa css-1x2y3z Button_ok__Xy7Aq1">x</button>', 'button'],
    ['<a data-role="all" class="cm__btn">x</a>', 'a.cm__btn[data-role="all"]'],
  ])('%s → %s', (html, expected) => {
    mount(html);
    expect(stableSelector(document.body.firstElementChild as Element)).toBe(expected);
  });
});

describe('findChoiceClick with no element to go on', () => {
  it.each<[string, EventTarget[]]>([
    ['an empty path', []],
    ['only the document and window', [document, window]],
  ])('%s → null', (_label, path) => {
    expect(findChoiceClick(path)).toBeNull();
  });
});
