import { type Localized, localized } from '../localized';
import { isValidTimestamp, normalizeCounting, normalizeMemory } from './memory';
import type { ConsentMemory } from './types';

/** The `format` field that marks a Pullquote consent export. */
const EXPORT_FORMAT = 'pullquote-consent';

/** The file a reader downloads to move their decisions: readable JSON, sites sorted by key. */
export function exportMemory(memory: ConsentMemory, now: number): string {
  const valid = normalizeMemory(memory);
  const sites: ConsentMemory = {};
  for (const key of Object.keys(valid).sort()) sites[key] = valid[key] as ConsentMemory[string];
  return JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: now, sites }, null, 2);
}

/** Why an import was refused, for code that picks its own (translated) message. */
type ImportErrorCode = 'not-json' | 'wrong-format' | 'newer-version' | 'no-sites' | 'no-valid-sites';

export type ImportResult =
  | { ok: true; sites: ConsentMemory; skipped: number }
  | { ok: false; code: ImportErrorCode; error: string; localized: Localized };

/**
 * A chosen file's text as decisions to merge, or the reason it can't be used, in words a reader can act on.
 * Bad entries are skipped and counted (`skipped`); the import fails only when nothing usable is left. A time
 * that is not valid (`isValidTimestamp`: `1e20`, before 1990…) becomes the export's own date when that is
 * valid, else `now`: it never reaches the memory, where it would break sorting and every date display.
 */
export function parseImport(text: string, now: number = Date.now()): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(
      'not-json',
      `This file is not JSON, so it can't be a Pullquote consent export (${detail}).`,
      localized('consentImportNotJson', [detail]),
    );
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(
      'wrong-format',
      'This file is not a Pullquote consent export: it holds no object.',
      localized('consentImportNoObject'),
    );
  }
  const value = raw as Record<string, unknown>;
  if (value.format !== EXPORT_FORMAT) {
    return fail(
      'wrong-format',
      `This file is not a Pullquote consent export (expected "format": "${EXPORT_FORMAT}").`,
      localized('consentImportWrongFormat', [EXPORT_FORMAT]),
    );
  }
  if (typeof value.version === 'number' && value.version > 1) {
    return fail(
      'newer-version',
      `This export was made by a newer Pullquote (format version ${value.version}); update the extension to import it.`,
      localized('consentImportNewer', [value.version]),
    );
  }
  if (value.version !== 1) {
    return fail(
      'wrong-format',
      'This consent export has no valid "version" (expected 1).',
      localized('consentImportNoVersion'),
    );
  }
  const fallback = isValidTimestamp(value.exportedAt, now) ? value.exportedAt : now;
  const { sites, total, skipped } = normalizeCounting(value.sites, { now, fallback });
  if (total === 0)
    return fail('no-sites', 'This consent export contains no sites.', localized('consentImportNoSites'));
  if (skipped === total) {
    return fail(
      'no-valid-sites',
      `None of the ${total} site ${total === 1 ? 'entry' : 'entries'} in this export could be read.`,
      total === 1 ? localized('consentImportNoneValidOne') : localized('consentImportNoneValid', [total]),
    );
  }
  return { ok: true, sites, skipped };
}

function fail(code: ImportErrorCode, error: string, message: Localized): ImportResult {
  return { ok: false, code, error, localized: message };
}
