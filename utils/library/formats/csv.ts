import Papa from 'papaparse';
import { failure, type Localized } from '../../localized';
import { isoTime } from '../../time';
import { hasImpossibleTime, type StubFields, stubItem } from '../item';
import type { ImportResult, LibraryItem } from '../types';

/** One CSV record with the line of the file it starts on (1-based; quoted newlines make the two differ). */
interface CsvRow {
  line: number;
  fields: string[];
}

/** Every record of a CSV file, or the first error naming its line. BOM and CRLF/CR line ends are handled. */
export function readCsv(
  text: string,
): { ok: true; rows: CsvRow[] } | { ok: false; error: string; localized: Localized } {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const rows: CsvRow[] = [];
  let error: ReturnType<typeof failure> | null = null;
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(normalized, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    step: (result, parser) => {
      const end = result.meta.cursor;
      const first = result.errors[0];
      if (first) {
        error =
          first.code === 'MissingQuotes'
            ? failure(
                'importErrorUnclosedQuote',
                [line],
                `Line ${line}: a quoted field is never closed (a " is missing).`,
              )
            : failure('importErrorCsv', [line, first.message], `Line ${line}: ${first.message}.`);
        parser.abort();
        return;
      }
      const fields = result.data.map(unescapeFormula);
      const blank = fields.length === 0 || (fields.length === 1 && fields[0]?.trim() === '');
      if (!blank) rows.push({ line, fields });
      for (let at = start; at < end; at += 1) if (normalized.charCodeAt(at) === 10) line += 1;
      start = end;
    },
  });
  return error === null ? { ok: true, rows } : error;
}

type RowFailure = ReturnType<typeof failure>;

/**
 * Each row's stub as a library item, in file order; the first row that fails (its own check, or an address that
 * is not a web address) ends the import with its line. Counts the items whose time was impossible and repaired.
 */
export function itemsFromRows(
  rows: readonly CsvRow[],
  now: number,
  stubOf: (row: CsvRow) => StubFields | RowFailure,
): ImportResult {
  const items: LibraryItem[] = [];
  let repairedDates = 0;
  for (const row of rows) {
    const stub = stubOf(row);
    if ('ok' in stub) return stub;
    const item = stubItem(stub, now);
    if (!item) {
      return failure(
        'importErrorNotAddress',
        [row.line, stub.url],
        `Line ${row.line}: "${stub.url}" is not a web address.`,
      );
    }
    if (hasImpossibleTime(stub, now)) repairedDates += 1;
    items.push(item);
  }
  return { ok: true, items, repairedDates };
}

/** `header` names the expected columns (case-insensitive); the column index of each, or null when one is missing. */
export function columnIndexes<Name extends string>(
  header: readonly string[],
  required: readonly Name[],
  optional: readonly Name[] = [],
): Record<Name, number> | null {
  const names = header.map((name) => name.trim().toLowerCase());
  const indexes = {} as Record<Name, number>;
  for (const name of [...required, ...optional]) {
    const at = names.indexOf(name.toLowerCase());
    if (at < 0 && required.includes(name)) return null;
    indexes[name] = at;
  }
  return indexes;
}

/** The field at `index`, or '' when the row is shorter or the column is absent (-1). */
export function field(fields: readonly string[], index: number): string {
  return index < 0 ? '' : (fields[index] ?? '');
}

/**
 * A CSV document (CRLF line ends, as spreadsheet apps expect) from a header and rows. A cell that starts
 * with `=`, `+`, `-`, `@`, tab or CR would run as a formula in a spreadsheet (a title like
 * `=HYPERLINK(…)`): papaparse's `escapeFormulae` writes it as `'=…`, which spreadsheets show as text
 * (issue 15, finding 4). `readCsv` takes the quote off again; a title that opens with such a quote itself
 * ("'-2") gets a second one, so it survives the round trip.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return `${Papa.unparse({ fields: [...header], data: rows.map((row) => row.map(String)) }, { newline: '\r\n', quotes: false, escapeFormulae: FORMULA_OR_ESCAPED })}\r\n`;
}

/**
 * What `writeCsv` escapes: a formula's first character, and a cell that already reads as an escaped one ("'-2"),
 * so that reading it back takes off only the quote added here.
 */
const FORMULA_OR_ESCAPED = /^(?:[=+\-@\t\r]|'+[=+\-@\t\r\n])/;

/**
 * A cell as written before `writeCsv` escaped it: `'=SUM(1)` → `=SUM(1)` (spreadsheets hide that quote
 * too). `\n` stands for the CR that `readCsv` turned into one.
 */
function unescapeFormula(cell: string): string {
  return /^'+[=+\-@\t\r\n]/.test(cell) ? cell.slice(1) : cell;
}

/** Epoch ms as the Unix seconds exports write, or '' for a time no date can show (read back as the import's date). */
export function exportSeconds(time: number): string {
  return isoTime(time) === null ? '' : String(Math.floor(time / 1000));
}
