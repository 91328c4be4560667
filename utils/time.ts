/**
 * Times that cross a trust boundary (imports, sync, another device's data) and times shown to the reader.
 * One bad value used to make the whole library unrenderable: `new Date(1e300)` is an Invalid Date, and
 * formatting one throws a RangeError (issue 15). Every time is checked where it enters
 * (`saneTime`) and formatted through `formatTime`/`isoTime`, which never throw.
 */

/** No saved article, cookie choice or deletion is older than this: 1990-01-01T00:00:00Z. */
export const EARLIEST_TIME = Date.UTC(1990, 0, 1);
/** How far ahead of this device's clock a time may be (another device's clock may run a little fast). */
const FUTURE_SLACK_MS = 86_400_000;

/** Whether `value` is an epoch-ms time from 1990 up to a day after `now`. */
export function isSaneTime(value: unknown, now: number): value is number {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= EARLIEST_TIME &&
    value <= now + FUTURE_SLACK_MS
  );
}

/** `value` when it is a sane time (see `isSaneTime`), else `fallback` (the import's date, or now). */
export function saneTime(value: unknown, fallback: number, now: number): number {
  return isSaneTime(value, now) ? value : fallback;
}

/** A Date that can be formatted, or null: epoch ms, an ISO string or a Date, anything else is null. */
function validDate(value: number | string | Date | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The ways the extension shows a time, by name, so every page shows a date the same way. `date`: "28 Jan
 * 2022" (lists, tables); `longDate`: "28 January 2022" (the reader's header); `dateTime`: with the time
 * (last sync); `dayMonth`: "28 Jan" (the popup's compact consent line); `time`: "09:30" (later today).
 */
const STYLES = {
  date: { dateStyle: 'medium' },
  longDate: { dateStyle: 'long' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  dayMonth: { day: 'numeric', month: 'short' },
  time: { timeStyle: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type TimeStyle = keyof typeof STYLES;

/** One formatter per language and style: building an Intl.DateTimeFormat costs far more than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, style: TimeStyle): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let format = formatters.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, STYLES[style]);
    } catch {
      // A malformed language tag: the browser's default language still gives a readable date.
      format = new Intl.DateTimeFormat(undefined, STYLES[style]);
    }
    formatters.set(key, format);
  }
  return format;
}

/**
 * A time formatted for the reader in one of the named `STYLES` (`date` unless told otherwise), or null
 * when there is no valid time to show. Never throws, whatever the value. The architecture test keeps
 * every other file off `Intl.DateTimeFormat` and `toLocale*String`.
 */
export function formatTime(
  value: number | string | Date | null | undefined,
  locale: string,
  style: TimeStyle = 'date',
): string | null {
  const date = validDate(value);
  if (!date) return null;
  try {
    return formatter(locale, style).format(date);
  } catch {
    return null;
  }
}

/** The ISO 8601 form of a time (for `<time datetime>` and exports), or null when it is not a valid time. */
export function isoTime(value: number | string | Date | null | undefined): string | null {
  return validDate(value)?.toISOString() ?? null;
}

/**
 * A language's twelve month names as dates write them with a day (the Polish genitive "marca", not
 * "marzec"), `long` ("March") or `short` ("Mar."), January first; for reading dates on pages
 * (utils/article/dates.ts). Throws on a language tag Intl does not accept.
 */
export function monthNamesOf(language: string, width: 'long' | 'short'): string[] {
  const format = new Intl.DateTimeFormat(language, { month: width, day: 'numeric', timeZone: 'UTC' });
  return Array.from(
    { length: 12 },
    (_, month) =>
      format.formatToParts(new Date(Date.UTC(2020, month, 15))).find((part) => part.type === 'month')
        ?.value ?? '',
  );
}
