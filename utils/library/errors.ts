import { type Localized, localized } from '../localized';

/** Why a library operation failed, for code to branch on. */
type LibraryErrorCode = 'quota' | 'not-found' | 'invalid' | 'unknown';

/** A library failure with a message that can be shown to the reader as is. */
export class LibraryError extends Error {
  readonly code: LibraryErrorCode;
  /** The message in the reader's language (utils/i18n `errorText`); `message` is the English. */
  readonly localized?: Localized;

  constructor(code: LibraryErrorCode, message: string, options?: { cause?: unknown; localized?: Localized }) {
    super(message, options);
    this.name = 'LibraryError';
    this.code = code;
    this.localized = options?.localized;
  }
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

/**
 * Any error thrown by IndexedDB (or by our own code) as a `LibraryError`. A full disk surfaces as a
 * `QuotaExceededError` DOMException from `put` or from the transaction's commit; a value IndexedDB cannot
 * store as a `DataCloneError`.
 */
export function toLibraryError(error: unknown): LibraryError {
  if (error instanceof LibraryError) return error;
  switch (errorName(error)) {
    case 'QuotaExceededError':
      return new LibraryError(
        'quota',
        'Your browser has no room left for the library. Nothing was saved. Remove some saved articles or free up disk space, then try again.',
        { cause: error, localized: localized('libraryErrorQuota') },
      );
    case 'DataCloneError':
    case 'DataError':
      return new LibraryError('invalid', 'This article could not be stored: some of its data is not valid.', {
        cause: error,
        localized: localized('libraryErrorInvalidData'),
      });
    default:
      return new LibraryError(
        'unknown',
        `The library could not be updated${error instanceof Error && error.message ? `: ${error.message}` : '.'}`,
        {
          cause: error,
          localized:
            error instanceof Error && error.message
              ? localized('libraryErrorUpdate', [error.message])
              : localized('libraryErrorUpdatePlain'),
        },
      );
  }
}
