/**
 * Current schema version. 1: store `items` + indexes savedAt, site, state, tags, url. 2: + updatedAt, cards.
 * 3: content (`contentHtml`, `text`) moved to store `contents`, so listing never reads it (10,000 articles'
 * content is ~100 MB: reading it took 6 s before the first row could show).
 */
export const LIBRARY_DB_VERSION = 3;
/** The database's default name. */
export const LIBRARY_DB_NAME = 'pullquote-library';
