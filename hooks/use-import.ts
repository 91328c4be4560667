import { useState } from 'preact/hooks';
import { errorText, formatNumber, localizedText, t, tPlural } from '@/utils/i18n';
import type { Library } from '@/utils/library/db';
import { importFile } from '@/utils/library/import-file';
import type { ImportPlan } from '@/utils/library/import-merge';
import type { LibraryItem } from '@/utils/library/types';
import { hostOf } from '@/utils/library/url';
import { yieldToMain } from '@/utils/scheduling/yield';
import { loadFormats } from './use-library-actions';
import { readAllRows } from './use-library-rows';
import type { Status } from './use-status';

/**
 * An import of more links than this asks before the background fetches their pages (issue 15, finding 6):
 * hundreds of requests to as many sites is not something to start without the reader's yes.
 */
export const FETCH_WITHOUT_ASKING = 5;

/** No export is larger: a bigger file is refused before it is read into the page's memory. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export interface ImportDeps {
  library: Library | null;
  reload: (lib: Library) => Promise<void>;
  /** Asks the background to fetch content for these items. */
  fetchPending: (ids?: string[]) => Promise<unknown>;
  setStatus: (status: Status) => void;
}

/** The links an import left without content, waiting for the reader's yes before they are fetched. */
export interface FetchAsk {
  ids: string[];
  sites: number;
}

/** Progress of a running import: items written of those planned. */
export interface ImportProgress {
  done: number;
  total: number;
}

const megabytes = (bytes: number) => formatNumber(Math.ceil(bytes / (1024 * 1024)));

/** What the status line says after an import: how many items, added, merged, unchanged, dates repaired. */
function importedText(items: number, plan: ImportPlan, repairedDates: number): string {
  const repaired = repairedDates ? ` ${t('libraryImportRepairedDates', formatNumber(repairedDates))}` : '';
  return `${tPlural('libraryImported', items)} ${t('libraryImportedDetail', [
    formatNumber(plan.added),
    formatNumber(plan.merged),
    formatNumber(plan.unchanged),
  ])}${repaired}`;
}

/** How many sites the pending links of an import come from. */
function sitesOf(items: LibraryItem[], pending: string[]): number {
  const ids = new Set(pending);
  return new Set(items.filter((item) => ids.has(item.id)).map((item) => hostOf(item.url))).size;
}

/** The import pipeline: read the file, parse it, merge it in with progress, then fetch (or ask first). */
export function useImport(deps: ImportDeps) {
  const { library, reload, fetchPending, setStatus } = deps;
  const [importing, setImporting] = useState<ImportProgress | null>(null);
  const [askFetch, setAskFetch] = useState<FetchAsk | null>(null);

  const startFetch = (ids: string[]) => {
    setAskFetch(null);
    fetchPending(ids).catch((error: unknown) => setStatus({ text: errorText(error), error: true }));
  };

  const fail = (reason: string) => setStatus({ text: t('libraryImportFailed', reason), error: true });

  const run = async (lib: Library, file: File) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    // Let the progress bar paint before parsing (a 10,000 row file takes a moment).
    await yieldToMain();
    let shown = -1;
    const { result, plan } = await importFile(lib, file.name, bytes, {
      parse: async (name, data) => (await loadFormats()).parseImportAsync(name, data, { pause: yieldToMain }),
      pause: yieldToMain,
      readRows: readAllRows,
      now: Date.now(),
      onPlanned: (total) => setImporting({ done: 0, total }),
      onWritten: (done, total) => {
        // A state update per percent, not per item: 10,000 items would be 10,000 renders.
        const percent = Math.floor((done / Math.max(1, total)) * 100);
        if (percent !== shown) {
          shown = percent;
          setImporting({ done, total });
        }
      },
    });
    if (!result.ok || !plan) {
      return fail(result.ok ? '' : result.localized ? localizedText(result.localized) : result.error);
    }
    setStatus({ text: importedText(result.items.length, plan, result.repairedDates ?? 0), error: false });
    await reload(lib);
    if (plan.pending.length > FETCH_WITHOUT_ASKING) {
      setAskFetch({ ids: plan.pending, sites: sitesOf(result.items, plan.pending) });
    } else if (plan.pending.length > 0) {
      startFetch(plan.pending);
    }
  };

  const onImport = async (file: File) => {
    if (!library) return;
    setStatus(null);
    if (file.size > MAX_IMPORT_BYTES) {
      return fail(t('importErrorFileTooLarge', [megabytes(file.size), megabytes(MAX_IMPORT_BYTES)]));
    }
    setImporting({ done: 0, total: 1 });
    // Reading the file, loading the parser and parsing can all fail: each inside the try, so the page never
    // stays on "Importing…" with the file input disabled (issue 15, finding 10).
    try {
      await run(library, file);
    } catch (error) {
      fail(errorText(error));
    } finally {
      setImporting(null);
    }
  };

  return { importing, askFetch, onImport, startFetch, declineFetch: () => setAskFetch(null) };
}
