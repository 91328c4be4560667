import { useCallback, useState } from 'preact/hooks';
import { errorText, t } from '@/utils/i18n';
import { LibraryError } from '@/utils/library/errors';

/** A line for the page's status region, or (error) its alert region. */
export type Status = { text: string; error: boolean } | null;

/** What a failed library write says: the quota, or the error itself. */
export function libraryErrorText(error: unknown): string {
  if (error instanceof LibraryError && error.code === 'quota') return t('libraryErrorQuota');
  return t('libraryErrorWrite', errorText(error));
}

/** The page's status line; `report` shows a failed library write in it. */
export function useStatus() {
  const [status, setStatus] = useState<Status>(null);
  const report = useCallback(
    (error: unknown) => setStatus({ text: libraryErrorText(error), error: true }),
    [],
  );
  return { status, setStatus, report };
}
