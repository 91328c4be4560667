import { storage } from '#imports';

/** The reader's typography and privacy settings. */
export interface ReaderPrefs {
  font: 'serif' | 'sans';
  /** Body text size, px. */
  size: number;
  lineHeight: number;
  /** Measure: maximum line length, in ch. */
  width: number;
  theme: 'system' | 'light' | 'sepia' | 'dark';
  /** Load images from the article's servers (off: they would learn who reads what). */
  remoteImages: boolean;
}

export const READER_PREF_LIMITS = {
  size: { min: 14, max: 28, step: 1 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
  width: { min: 45, max: 90, step: 5 },
} as const;

export const DEFAULT_READER_PREFS: ReaderPrefs = {
  font: 'serif',
  size: 19,
  lineHeight: 1.6,
  width: 68,
  theme: 'system',
  remoteImages: false,
};

const FONTS = ['serif', 'sans'] as const;
const THEMES = ['system', 'light', 'sepia', 'dark'] as const;

function clampNumber(value: unknown, limits: { min: number; max: number }, fallback: number): number {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) return fallback;
  // One decimal: a line height of 1.6000000000000003 from repeated steps is still 1.6.
  return Math.round(Math.min(limits.max, Math.max(limits.min, number)) * 10) / 10;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Any stored value (old, hand-edited, from another version) as complete, in-range prefs. */
export function normalizeReaderPrefs(value: unknown): ReaderPrefs {
  const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const d = DEFAULT_READER_PREFS;
  return {
    font: oneOf(raw.font, FONTS, d.font),
    size: clampNumber(raw.size, READER_PREF_LIMITS.size, d.size),
    lineHeight: clampNumber(raw.lineHeight, READER_PREF_LIMITS.lineHeight, d.lineHeight),
    width: clampNumber(raw.width, READER_PREF_LIMITS.width, d.width),
    theme: oneOf(raw.theme, THEMES, d.theme),
    remoteImages: raw.remoteImages === true,
  };
}

export const readerPrefsItem = storage.defineItem<ReaderPrefs>('local:readerPrefs', {
  fallback: DEFAULT_READER_PREFS,
  version: 1,
});

/** The stored prefs, normalized. */
export async function loadReaderPrefs(): Promise<ReaderPrefs> {
  return normalizeReaderPrefs(await readerPrefsItem.getValue());
}

export async function saveReaderPrefs(prefs: ReaderPrefs): Promise<void> {
  await readerPrefsItem.setValue(normalizeReaderPrefs(prefs));
}
