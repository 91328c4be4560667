import { defineUnlistedScript } from '#imports';
import {
  EARLY_ROWS_KEY,
  EARLY_ROWS_VALUE_KEY,
  FIRST_SCREEN_ROWS,
  readEarlyRows,
} from '@/utils/library/early';

/**
 * A classic script at the top of library.html: it starts reading the list's first screen while the page's
 * module scripts are still loading (they run only after the document is parsed). The page takes the
 * promise it leaves, or the rows themselves when they are already there; the database's schema and every
 * write stay with the page's own code.
 */
export default defineUnlistedScript(() => {
  const page = globalThis as Record<string, unknown>;
  page[EARLY_ROWS_KEY] = readEarlyRows(FIRST_SCREEN_ROWS).then((early) => {
    page[EARLY_ROWS_VALUE_KEY] = early;
    return early;
  });
});
