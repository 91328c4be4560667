/**
 * Dates as pages print them: "December 12, 2016", "Dec. 22, 2016, 6:47 p.m.", "22. Dezember 2016",
 * "3 de enero de 2020", "le 1er juin 2019", "2019年04月21日 12時00分更新", "2019.03.05", "9/21/2016",
 * "11/28/2016 11:00 AM PT", "Updated on …", "Veröffentlicht am …".
 *
 * Month names come from Intl (`monthNamesOf` in utils/time.ts: the forms dates use, like the Polish genitive "marca", and the
 * abbreviations) for the languages pages are most often in, plus the page's own. A numeric date is read day first
 * with dots ("05.02.2020"), and with slashes or dashes month first only in US English (or when the page states no
 * language), as the page's readers would read it; a part over 12 settles the order either way.
 *
 * A date with a time and a time zone is that instant. Without a zone the time is the page's local time, which we
 * do not know, so it is dropped: a day alone is given as noon UTC, which shows as that same day in every time zone
 * from UTC−11 to UTC+11 (midnight UTC shows as the day before across the Americas).
 */
import { monthNamesOf } from '../time';
import { allMatches } from './matches';

export type DateLabel = 'published' | 'updated';

export interface FoundDate {
  /** ISO 8601 (`toISOString`). */
  iso: string;
  /** Whether a time with a zone was given (the instant is exact); otherwise the day at noon UTC. */
  exact: boolean;
  /** What the text calls the date: "Published …", "Updated …", or nothing. */
  label: DateLabel | null;
  /** Where the date (with its time) is written in the NFKC-normalised text: start and end offsets. */
  start: number;
  end: number;
}

/**
 * Languages whose month names a page is read by, after its own language: pages often declare the wrong language
 * (a theme's default "en-US" on a German site), so all of them, each table built only when a word needs it.
 */
const MONTH_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl'];

/** English abbreviations pages use that Intl does not give. */
const EXTRA_MONTHS: Record<string, ReadonlyMap<string, number>> = {
  en: new Map([
    ['sept', 8],
    ['febr', 1],
  ]),
};

const monthTables = new Map<string, ReadonlyMap<string, number>>();

/**
 * One language's month names and abbreviations (lower case, no trailing dot) → month index 0–11, from Intl, in
 * the forms dates use (with a day: the Polish genitive "marca", not "marzec"). Built on first need and kept:
 * Intl's locale data costs milliseconds to load.
 */
function monthNames(language: string): ReadonlyMap<string, number> {
  const cached = monthTables.get(language);
  if (cached !== undefined) return cached;
  const names = new Map<string, number>(EXTRA_MONTHS[language] ?? []);
  try {
    for (const width of ['long', 'short'] as const) {
      monthNamesOf(language, width).forEach((part, month) => {
        const name = part.toLowerCase().normalize('NFC').replace(/\.$/, '').trim();
        // Numeric "months" (Japanese, Chinese "1月") are read by the numeric patterns.
        if (name.length < 3 || /\d/.test(name) || names.has(name)) return;
        names.set(name, month);
      });
    }
  } catch {
    // A language tag Intl does not know: no names from it.
  }
  monthTables.set(language, names);
  return names;
}

const languageOrders = new Map<string, readonly string[]>();

/** The languages a page in `lang` is read by, in order: its own, then English and the others. */
function monthLanguages(lang: string | null): readonly string[] {
  const primary = lang?.toLowerCase().split(/[-_]/)[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(primary)) return MONTH_LANGUAGES;
  let order = languageOrders.get(primary);
  if (order === undefined) {
    order = [primary, ...MONTH_LANGUAGES.filter((language) => language !== primary)];
    languageOrders.set(primary, order);
  }
  return order;
}

/** The month a word names for a page in `lang` (the page's language first), or -1. */
function monthIndex(word: string, lang: string | null): number {
  const name = word.toLowerCase().normalize('NFC');
  for (const language of monthLanguages(lang)) {
    const month = monthNames(language).get(name);
    if (month !== undefined) return month;
  }
  return -1;
}

/** A word that may be a month name ("December", "Dez.", "marca", "janv."), then the day and the year. */
const MONTH_FIRST = /(?<![\p{L}])(\p{L}{3,11})\.?\s*(\d{1,2})(?:st|nd|rd|th)?\.?,?\s+(\d{4})(?!\d)/gu;
/** The day, a word that may be a month name, then the year: "1 June 2019", "3 de enero de 2020", "1er juin". */
const DAY_FIRST =
  /(?<!\d)(\d{1,2})(?:\.|st|nd|rd|th|er|e|º|°)?\s*(?:de\s+)?(\p{L}{3,11})\.?,?\s*(?:de\s+|del\s+)?(\d{4})(?!\d)/gu;

/** Year, month, day first: "2016-12-12", "2019.03.05", "2019/3/5", "2019年04月21日", "2019년 4월 21일". */
const YEAR_FIRST =
  /(?<!\d)(\d{4})(?:\s*([-./])\s*(\d{1,2})\s*\2\s*(\d{1,2})|\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?)(?!\d)/gu;
/** Day and month in either order, then the year: "05.02.2020", "9/21/2016", "21-09-2016". */
const YEAR_LAST = /(?<![\d.,])(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d.]\d)/gu;

/** Time after a date: "6:47 p.m.", "08:34 PM EDT", "T15:00:00+09:00", "12時00分", "14:05 Uhr". */
const TIME =
  /^[\s,·•|–—-]*(?:(?:at|um|à|a las|alle|om|o|godz\.?|à partir de|kl\.?)\s+)?(?:T)?(\d{1,2})(?:[:：](\d{2})(?:[:：](\d{2})(?:\.\d+)?)?|\s*[時时시]\s*(\d{1,2})\s*[分분]?)(?:\s*([ap])\.?\s*m\b\.?)?\s*(?:uhr\b)?\s*(Z(?![\p{L}])|(?:UTC|GMT)?\s*[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,5}\b)?/iu;

/** Hours from UTC of the zone abbreviations news pages print. US zones without S/D read as standard time. */
const ZONES: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  BST: 1,
  CET: 1,
  MEZ: 1,
  CEST: 2,
  MESZ: 2,
  EET: 2,
  EEST: 3,
  MSK: 3,
  IST: 5.5,
  SGT: 8,
  HKT: 8,
  JST: 9,
  KST: 9,
  AEST: 10,
  AEDT: 11,
  NZST: 12,
  NZDT: 13,
  ET: -5,
  EST: -5,
  EDT: -4,
  CT: -6,
  CST: -6,
  CDT: -5,
  MT: -7,
  MST: -7,
  MDT: -6,
  PT: -8,
  PST: -8,
  PDT: -7,
  AKST: -9,
  AKDT: -8,
  HST: -10,
};

/** Minutes east of UTC for a zone written after a time, or null when there is none we know. */
function zoneOffset(zone: string | undefined): number | null {
  if (zone === undefined) return null;
  const trimmed = zone.trim();
  // Zone names are written in capitals: a lower-case "et" after a time is French "and", not Eastern Time.
  if (/[a-y]/.test(trimmed)) return null;
  const numeric = trimmed.match(/^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/);
  if (numeric !== null) {
    const sign = numeric[1] === '-' ? -1 : 1;
    return sign * (Number(numeric[2]) * 60 + Number(numeric[3] ?? 0));
  }
  const hours = ZONES[trimmed];
  return hours === undefined ? null : hours * 60;
}

const UPDATED =
  /(?:updated|last updated|modified|last modified|revised|aktualisiert|geändert|stand|mis à jour|modifié|actualizado|actualización|modificado|atualizado|aggiornato|bijgewerkt|zaktualizowano|aktualizacja|更新|修改|更新日|最終更新)/iu;
const PUBLISHED =
  /(?:published|posted|first posted|released|release date|publication date|veröffentlicht|publiziert|erschienen|erstellt|publié|mis en ligne|publicado|publicada|pubblicato|gepubliceerd|opublikowano|公開|配信|掲載|投稿|発売|发布|發佈|发表|發表|刊登)/iu;

/** `UPDATED` and `PUBLISHED` for scanning a whole text, built once (see `allMatches`). */
const ALL_UPDATED = new RegExp(UPDATED.source, 'giu');
const ALL_PUBLISHED = new RegExp(PUBLISHED.source, 'giu');

function labelBefore(text: string): DateLabel | null {
  // The nearest label before the date wins ("Published May 1, updated May 2": the second date is the update).
  const tail = text.slice(-40);
  const updated = lastIndex(tail, ALL_UPDATED);
  const published = lastIndex(tail, ALL_PUBLISHED);
  if (updated < 0 && published < 0) return null;
  return updated > published ? 'updated' : 'published';
}

function lastIndex(text: string, global: RegExp): number {
  return allMatches(global, text).at(-1)?.index ?? -1;
}

const ASCII = /^[\t\n\r -~]*$/;

/**
 * Whether `text` holds a word that labels a date ("Published", "Updated", "更新"…): without one, no date in it is
 * labelled, and a caller after labels only need not read its dates.
 */
export function mayHoldDateLabel(text: string): boolean {
  const line = ASCII.test(text) ? text : text.normalize('NFKC');
  return UPDATED.test(line) || PUBLISHED.test(line);
}

/** Japanese and Chinese put the label after the date: "2019年04月21日 12時00分更新". */
const LABEL_AFTER = /^\s*(?:[0-9０-９:：時分\s]*)?(更新|公開|配信|掲載|投稿|发布|發佈|发表|發表)/u;

interface RawDate {
  index: number;
  end: number;
  year: number;
  month: number;
  day: number;
}

/** Whether US English (month first) is how the page reads "3/4/2020". */
function readsMonthFirst(lang: string | null): boolean {
  if (lang === null || lang.trim() === '') return true;
  const [primary, region] = lang.toLowerCase().split(/[-_]/);
  return primary === 'en' && (region === undefined || region === 'us' || region === 'ph');
}

function rawDates(text: string, lang: string | null): RawDate[] {
  const found: RawDate[] = [];
  // Every written date has a four-digit year: most lines of a page have none, and cost one test.
  if (!/\d{4}/.test(text)) return found;
  const monthOf = (name: string | undefined): number => monthIndex(name ?? '', lang);
  if (/\p{L}{3}/u.test(text)) {
    for (const m of allMatches(MONTH_FIRST, text)) {
      const month = monthOf(m[1]);
      if (month >= 0) found.push(raw(m, Number(m[3]), month, Number(m[2])));
    }
    for (const m of allMatches(DAY_FIRST, text)) {
      const month = monthOf(m[2]);
      if (month >= 0) found.push(raw(m, Number(m[3]), month, Number(m[1])));
    }
  }
  for (const m of allMatches(YEAR_FIRST, text)) {
    const month = Number(m[3] ?? m[5]) - 1;
    const day = Number(m[4] ?? m[6]);
    found.push(raw(m, Number(m[1]), month, day));
  }
  for (const m of allMatches(YEAR_LAST, text)) {
    let first = Number(m[1]);
    let second = Number(m[3]);
    // Dots are always day first; slashes and dashes follow the page's language unless a part is over 12.
    const monthFirstOrder = m[2] !== '.' && (first > 12 ? false : second > 12 ? true : readsMonthFirst(lang));
    if (monthFirstOrder) [first, second] = [second, first];
    found.push(raw(m, Number(m[4]), second - 1, first));
  }
  // Earliest first; a match inside an earlier one (a year-first date inside an ISO timestamp) is dropped.
  found.sort((a, b) => a.index - b.index);
  const kept: RawDate[] = [];
  for (const date of found) {
    const previous = kept[kept.length - 1];
    if (previous !== undefined && date.index < previous.end) continue;
    kept.push(date);
  }
  return kept;
}

function raw(match: RegExpMatchArray, year: number, month: number, day: number): RawDate {
  const index = match.index ?? 0;
  return { index, end: index + match[0].length, year, month, day };
}

function isValidDay(year: number, month: number, day: number): boolean {
  if (year < 1800 || year > 2200 || month < 0 || month > 11 || day < 1 || day > 31) return false;
  return new Date(Date.UTC(year, month, day)).getUTCDate() === day;
}

/**
 * Every date written in `text` (a short line of a page), in order, read for a page in language `lang` (a BCP 47
 * tag such as "en-US", "de", "ja"; null when unknown).
 */
export function findDates(text: string, lang: string | null = null): FoundDate[] {
  // Full-width digits and punctuation (common in Japanese pages) read as ASCII.
  const line = ASCII.test(text) ? text : text.normalize('NFKC');
  if (!/\d/.test(line)) return [];
  const dates: FoundDate[] = [];
  for (const date of rawDates(line, lang)) {
    if (!isValidDay(date.year, date.month, date.day)) continue;
    const after = line.slice(date.end, date.end + 40);
    const time = after.match(TIME);
    let ms = Date.UTC(date.year, date.month, date.day, 12);
    let exact = false;
    let timeLength = 0;
    if (time !== null) {
      let hours = Number(time[1]);
      const minutes = Number(time[2] ?? time[4] ?? 0);
      const seconds = Number(time[3] ?? 0);
      const meridiem = time[5]?.toLowerCase();
      if (meridiem === 'p' && hours < 12) hours += 12;
      if (meridiem === 'a' && hours === 12) hours = 0;
      const offset = zoneOffset(time[6]);
      if (hours < 24 && minutes < 60 && seconds < 60) {
        timeLength = time[0].length;
        if (offset !== null) {
          ms = Date.UTC(date.year, date.month, date.day, hours, minutes, seconds) - offset * 60_000;
          exact = true;
        }
      }
    }
    const afterTime = line.slice(date.end + timeLength, date.end + timeLength + 12);
    const labelAfter = afterTime.match(LABEL_AFTER)?.[1];
    const label =
      labelBefore(line.slice(0, date.index)) ??
      (labelAfter === undefined ? null : UPDATED.test(labelAfter) ? 'updated' : 'published');
    dates.push({
      iso: new Date(ms).toISOString(),
      exact,
      label,
      start: date.index,
      end: date.end + timeLength,
    });
  }
  return dates;
}

/** The first date written in `text`, or null. */
export function findDate(text: string, lang: string | null = null): FoundDate | null {
  return findDates(text, lang)[0] ?? null;
}
