import { storage } from 'wxt/utils/storage';
import { migrateV1 } from './migrate.ts';
import { type ChecklistProgress, SETTINGS_VERSION, type Settings } from './schema.ts';
import { parseChecklistProgress, parseSettings } from './validate.ts';

/**
 * The stored items. They are typed `unknown` on purpose: what storage holds is whatever some device
 * or version wrote there, and only `parseSettings`/`parseChecklistProgress` may turn it into a
 * typed value.
 */
export const settingsItem = storage.defineItem<unknown>('sync:settings', {
  version: SETTINGS_VERSION,
  migrations: { 2: migrateV1 },
});

/** Per device: ticking the checklist on one computer says nothing about another. */
export const checklistProgressItem = storage.defineItem<unknown>('local:checklistProgress');

/**
 * The current settings, validated; a repaired value is written back so the repair happens once.
 * Not when a newer version of the extension wrote them (sync storage is shared between devices):
 * its fields are unknown here, and "repairing" them would erase that device's choices.
 */
export async function loadSettings(): Promise<Settings> {
  const raw = await readOrNull(() => settingsItem.getValue());
  const { settings, repaired } = parseSettings(raw);
  if (repaired && !(await writtenByNewerVersion())) {
    await saveSettings(settings).catch(() => undefined);
  }
  return settings;
}

async function writtenByNewerVersion(): Promise<boolean> {
  const meta = (await readOrNull(() => settingsItem.getMeta())) as { v?: unknown } | null;
  return typeof meta?.v === 'number' && meta.v > SETTINGS_VERSION;
}

export async function saveSettings(settings: Settings): Promise<void> {
  // Validated on the way in too: a caller's bug must not put a bad value in sync storage.
  await settingsItem.setValue(parseSettings(settings).settings);
}

/** Calls `callback` with validated settings whenever they change (here or on another device). */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => callback(parseSettings(raw).settings));
}

export async function loadChecklistProgress(): Promise<ChecklistProgress> {
  const raw = await readOrNull(() => checklistProgressItem.getValue());
  const { progress, repaired } = parseChecklistProgress(raw);
  if (repaired) await saveChecklistProgress(progress).catch(() => undefined);
  return progress;
}

export async function saveChecklistProgress(progress: ChecklistProgress): Promise<void> {
  await checklistProgressItem.setValue(parseChecklistProgress(progress).progress);
}

export function watchChecklistProgress(
  callback: (progress: ChecklistProgress) => void,
): () => void {
  return checklistProgressItem.watch((raw) => callback(parseChecklistProgress(raw).progress));
}

/** Storage can fail (quota, a profile being torn down); the defaults are then the safe answer. */
async function readOrNull(read: () => Promise<unknown>): Promise<unknown> {
  try {
    return await read();
  } catch {
    return null;
  }
}
