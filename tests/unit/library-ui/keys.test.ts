import { describe, expect, it } from 'vitest';
import { isTextField, type KeyInput, listKeyAction, moveIndex } from '@/utils/library/list-keys';

describe('listKeyAction', () => {
  it.each<[string, KeyInput, ReturnType<typeof listKeyAction>]>([
    ['ArrowDown', { key: 'ArrowDown', onRow: true }, 'down'],
    ['ArrowUp', { key: 'ArrowUp', onRow: true }, 'up'],
    ['j', { key: 'j', onRow: true }, 'down'],
    ['k', { key: 'k', onRow: true }, 'up'],
    ['J with Caps Lock', { key: 'J', onRow: true }, 'down'],
    ['Enter on a row opens', { key: 'Enter', onRow: true }, 'open'],
    ['Enter on a button inside the row is the button’s', { key: 'Enter', onRow: false }, null],
    ['Space on a row selects', { key: ' ', onRow: true }, 'select'],
    ['Space on a checkbox is the checkbox’s', { key: ' ', onRow: false }, null],
    ['x', { key: 'x', onRow: true }, 'select'],
    ['e', { key: 'e', onRow: true }, 'archive'],
    ['f', { key: 'f', onRow: true }, 'favourite'],
    ['/', { key: '/', onRow: true }, 'search'],
    ['Delete', { key: 'Delete', onRow: true }, 'delete'],
    ['Home', { key: 'Home', onRow: true }, 'first'],
    ['End', { key: 'End', onRow: true }, 'last'],
    ['PageDown', { key: 'PageDown', onRow: true }, 'pageDown'],
    ['PageUp', { key: 'PageUp', onRow: true }, 'pageUp'],
    ['Ctrl+F stays the browser’s', { key: 'f', ctrlKey: true, onRow: true }, null],
    ['Cmd+E stays the browser’s', { key: 'e', metaKey: true, onRow: true }, null],
    ['Alt+ArrowDown stays the browser’s', { key: 'ArrowDown', altKey: true, onRow: true }, null],
    ['Shift+E is not e', { key: 'E', shiftKey: true, onRow: true }, null],
    ['typing j in the search box', { key: 'j', inTextField: true }, null],
    ['Delete in a text field', { key: 'Delete', inTextField: true }, null],
    ['an unrelated key', { key: 'q', onRow: true }, null],
  ])('%s', (_name, input, expected) => {
    expect(listKeyAction(input)).toBe(expected);
  });
});

describe('moveIndex', () => {
  it.each([
    ['down', 3, 4],
    ['up', 3, 2],
    ['first', 7, 0],
    ['last', 2, 9],
    ['pageDown', 3, 7],
    ['pageDown', 8, 9],
    ['pageUp', 5, 1],
    ['pageUp', 2, 0],
  ] as const)('%s from %i in a list of 10 (page 4) is %i', (action, from, expected) => {
    expect(moveIndex(action, from, 10, 4)).toBe(expected);
  });

  it('starts at the first row when nothing is active', () => {
    expect(moveIndex('down', -1, 10, 4)).toBe(0);
    expect(moveIndex('up', -1, 10, 4)).toBe(0);
  });

  it('clamps an index left over from a longer list', () => {
    expect(moveIndex('up', 50, 10, 4)).toBe(8);
  });

  it('has nowhere to go in an empty list', () => {
    expect(moveIndex('down', 0, 0, 4)).toBe(-1);
  });
});

describe('isTextField', () => {
  function element(html: string): Element {
    const host = document.createElement('div');
    host.innerHTML = html;
    return host.firstElementChild as Element;
  }
  it.each([
    ['<input type="search">', true],
    ['<input>', true],
    ['<textarea></textarea>', true],
    ['<select></select>', true],
    ['<input type="checkbox">', false],
    ['<button>x</button>', false],
    ['<div tabindex="0"></div>', false],
  ])('%s: %s', (html, expected) => {
    expect(isTextField(element(html))).toBe(expected);
  });
  it('is false for no target', () => {
    expect(isTextField(null)).toBe(false);
  });
});
