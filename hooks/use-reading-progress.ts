import { useEffect, useRef } from 'preact/hooks';
import type { Library } from '@/utils/library/db';
import type { LibraryItem } from '@/utils/library/types';
import { progressSaver } from '@/utils/reading/progress-saver';
import { scrollProgress, scrollTopForProgress } from '@/utils/reading/scroll-progress';

/**
 * Reading progress: once the article has a body, scroll back to where the reader left it (once), then
 * save the position as they scroll, at most once a second, and when the page hides or goes.
 */
export function useReadingProgress(
  library: Library | null,
  item: LibraryItem | null,
  hasBody: boolean,
): void {
  const restored = useRef(false);
  const lastSaved = useRef(0);
  const loadedId = useRef<string | null>(null);
  // What the item held when it was opened: the first position worth saving differs from it.
  if (item && loadedId.current !== item.id) {
    loadedId.current = item.id;
    lastSaved.current = item.progress;
  }

  useEffect(() => {
    if (!library || !item || !hasBody || restored.current) return;
    restored.current = true;
    const root = document.documentElement;
    if (item.progress > 0 && item.progress < 1) {
      window.scrollTo(0, scrollTopForProgress(item.progress, root.scrollHeight, window.innerHeight));
    }
  }, [library, item, hasBody]);

  const itemId = item?.id ?? null;
  useEffect(() => {
    if (!library || itemId === null || !hasBody) return;
    const save = progressSaver(lastSaved, (progress) => library.update(itemId, { progress }));
    const onScroll = () => {
      if (!restored.current) return;
      const root = document.documentElement;
      save.saw(scrollProgress(window.scrollY, root.scrollHeight, window.innerHeight));
    };
    const onHide = () => save.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') save.flush();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      save.flush();
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [library, itemId, hasBody]);
}
