/** What a key press in the library list asks for. */
export type ListAction =
  | 'up'
  | 'down'
  | 'first'
  | 'last'
  | 'pageUp'
  | 'pageDown'
  | 'open'
  | 'select'
  | 'archive'
  | 'favourite'
  | 'delete'
  | 'search';

/** The parts of a KeyboardEvent the mapping reads (a plain object in tests). */
export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
  /** True when the key went to something that takes text (search box, tag field): letters are typing. */
  inTextField?: boolean;
  /** True when the key went to the row itself, not to a control inside it (Enter/Space belong to buttons). */
  onRow?: boolean;
}

const LETTERS: Record<string, ListAction> = {
  j: 'down',
  k: 'up',
  x: 'select',
  e: 'archive',
  f: 'favourite',
  '/': 'search',
};

/**
 * The list action for a key, or null to let the browser have it. Shortcuts with Ctrl/Cmd/Alt stay the
 * browser's (Ctrl+F, Cmd+E…); nothing fires while typing in a text field.
 */
export function listKeyAction(input: KeyInput): ListAction | null {
  if (input.ctrlKey || input.metaKey || input.altKey || input.inTextField) return null;
  switch (input.key) {
    case 'ArrowDown':
      return 'down';
    case 'ArrowUp':
      return 'up';
    case 'Home':
      return input.onRow ? 'first' : null;
    case 'End':
      return input.onRow ? 'last' : null;
    case 'PageDown':
      return input.onRow ? 'pageDown' : null;
    case 'PageUp':
      return input.onRow ? 'pageUp' : null;
    case 'Enter':
      return input.onRow ? 'open' : null;
    case ' ':
      return input.onRow ? 'select' : null;
    case 'Delete':
      return 'delete';
  }
  const letter = input.key.length === 1 ? input.key.toLowerCase() : '';
  if (input.shiftKey && letter !== '/') return null;
  return LETTERS[letter] ?? null;
}

/** The row index after a movement action, clamped to the list; -1 for an empty list. */
export function moveIndex(action: ListAction, current: number, count: number, pageSize: number): number {
  if (count <= 0) return -1;
  const from = Math.min(Math.max(current, 0), count - 1);
  switch (action) {
    case 'down':
      return current < 0 ? 0 : Math.min(count - 1, from + 1);
    case 'up':
      return current < 0 ? 0 : Math.max(0, from - 1);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    case 'pageDown':
      return Math.min(count - 1, from + Math.max(1, pageSize));
    case 'pageUp':
      return Math.max(0, from - Math.max(1, pageSize));
    default:
      return from;
  }
}

/** Whether a key event's target takes typed text (so single-letter shortcuts must not fire). */
export function isTextField(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag !== 'input') return false;
  const type = (element as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(type);
}
