import { useEffect, useState } from 'preact/hooks';
import type { Library } from '@/utils/library/db';
import { type FetchProgress, fetchProgressItem, IDLE_FETCH } from '@/utils/library/fetch-progress';
import { createRefresher } from '@/utils/scheduling/refresher';

/**
 * At most one reload per this many ms while the background fetches: each re-reads every row (never the
 * content), and a 10,000 link import changes progress hundreds of times.
 */
export const REFRESH_INTERVAL_MS = 3000;

/**
 * The background's fetch progress. Its writes land in the same database, so each change (and coming back
 * from a reader tab, with its changes to state, tags and deletes) reloads the rows, throttled.
 */
export function useFetchProgress(
  library: Library | null,
  reload: (lib: Library) => Promise<void>,
  report: (error: unknown) => void,
): FetchProgress {
  const [progress, setProgress] = useState<FetchProgress>(IDLE_FETCH);
  useEffect(() => {
    if (!library) return;
    const refresh = createRefresher(() => void reload(library).catch(report), REFRESH_INTERVAL_MS);
    void fetchProgressItem.getValue().then(setProgress);
    const unwatch = fetchProgressItem.watch((next) => {
      setProgress(next ?? IDLE_FETCH);
      refresh.call();
    });
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh.call();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      unwatch();
      document.removeEventListener('visibilitychange', onVisible);
      refresh.cancel();
    };
  }, [library, reload, report]);
  return progress;
}
