import { useEffect, useState } from 'preact/hooks';
import { type FetchProgress, fetchProgressItem, IDLE_FETCH } from '@/utils/library/fetch-progress';

/**
 * The background's fetch progress (the panel's counts and failures). The rows it changes arrive on the
 * library's change feed (`useLibraryRows`), not from here.
 */
export function useFetchProgress(): FetchProgress {
  const [progress, setProgress] = useState<FetchProgress>(IDLE_FETCH);
  useEffect(() => {
    void fetchProgressItem.getValue().then(setProgress);
    return fetchProgressItem.watch((next) => setProgress(next ?? IDLE_FETCH));
  }, []);
  return progress;
}
