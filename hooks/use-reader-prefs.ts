import { useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_READER_PREFS,
  loadReaderPrefs,
  type ReaderPrefs,
  readerPrefsItem,
  saveReaderPrefs,
} from '@/utils/reading/reader-prefs';

/** The reader's typography and theme, remembered across pages and tabs; the theme colours the whole page. */
export function useReaderPrefs() {
  const [prefs, setPrefs] = useState<ReaderPrefs>(DEFAULT_READER_PREFS);
  useEffect(() => {
    void loadReaderPrefs().then(setPrefs);
    return readerPrefsItem.watch(() => void loadReaderPrefs().then(setPrefs));
  }, []);
  useEffect(() => {
    const root = document.documentElement;
    if (prefs.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = prefs.theme;
  }, [prefs.theme]);
  const change = (next: ReaderPrefs) => {
    setPrefs(next);
    void saveReaderPrefs(next);
  };
  return [prefs, change] as const;
}
