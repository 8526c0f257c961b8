import browser from 'webextension-polyfill';
import { migrateV1 } from './migrate.ts';
import { SETTINGS_VERSION, type Settings } from './schema.ts';
import { isRecord, parseSettings } from './validate.ts';

/**
 * The content script's read-only view of the settings. It runs in every frame of every page, so
 * it reads sync storage itself rather than carry WXT's storage layer (a tenth of the script):
 * `settingsItem` (./storage.ts) keeps its value under `settings` and WXT's version marker under
 * `settings$`. A value still at version 1 is read through the same migration; writing the migrated
 * or repaired value back is the background's job (its `settingsItem` migrates when the worker
 * starts, and `startBackground` repairs), and so is the card's "turn off on this site".
 */
const KEY = 'settings';
const VERSION_KEY = `${KEY}$`;

export async function readSettings(): Promise<Settings> {
  let stored: Record<string, unknown> = {};
  try {
    stored = await browser.storage.sync.get([KEY, VERSION_KEY]);
  } catch {
    // Storage can fail (a profile being torn down); the defaults are then the safe answer.
  }
  return settingsFromStorage(stored[KEY], stored[VERSION_KEY]);
}

/** What `loadSettings` would return for this stored value and version marker, without writing. */
export function settingsFromStorage(value: unknown, marker: unknown): Settings {
  const version = isRecord(marker) && typeof marker.v === 'number' ? marker.v : 1;
  const current = value != null && version < SETTINGS_VERSION ? migrateV1(value) : value;
  return parseSettings(current).settings;
}

/** Calls `callback` with the settings whenever they change (here or on another device). */
export function watchStoredSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && (KEY in changes || VERSION_KEY in changes))
      void readSettings().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
