import { useEffect } from 'preact/hooks';
import { isTextField } from '@/utils/library/list-keys';

/**
 * u or Escape: back to the library; Escape first closes what is open (`dismiss` answers whether it
 * closed something). Not while typing in a text field or with a modifier held.
 */
export function useReaderKeys(back: () => void, dismiss: () => boolean): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return;
      if (event.key === 'Escape') {
        if (!dismiss()) back();
      } else if (event.key === 'u') back();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [back, dismiss]);
}
