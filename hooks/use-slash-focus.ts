import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { isTextField } from '@/utils/library/list-keys';

/** "/" focuses (and selects) the search box from anywhere but a text field. */
export function useSlashFocus(searchBox: RefObject<HTMLInputElement>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target))
        return;
      event.preventDefault();
      searchBox.current?.focus();
      searchBox.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [searchBox]);
}
