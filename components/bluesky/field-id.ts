import { useState } from 'preact/hooks';

let last = 0;

/**
 * A prefix for the ids a form's labels and hints point to, unique per mounted form (two dialogs can be in a
 * page at once). Not preact's useId: that would add to the hooks chunk every page loads first.
 */
export function useFieldId(): string {
  const [id] = useState(() => `bsky-${++last}`);
  return id;
}
