import { storage } from '#imports';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings';

/**
 * Every persistent item, declared once and versioned from day one (architecture.md, house style 5).
 * A new version adds a pure migration in the item's module and a test for it.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Settings as stored, made valid whatever was there. */
export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(normalizeSettings(settings));
}
