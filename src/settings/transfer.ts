import { type Settings, SETTINGS_VERSION } from './schema.ts';
import { checkSettings, isRecord } from './validate.ts';

/**
 * The options page's export and import. The file names its format and version so that a random
 * JSON file, or one from a future version, is refused instead of half-applied.
 */
export const EXPORT_FORMAT = 'milia-lens-settings';

export interface SettingsFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  settings: Settings;
}

export function exportSettings(settings: Settings): string {
  const file: SettingsFile = { format: EXPORT_FORMAT, version: SETTINGS_VERSION, settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: string };

/** Largest file worth reading: an export with a full site list is about 10 KB. */
export const MAX_IMPORT_BYTES = 200_000;

/**
 * Strict: unlike reading storage, nothing is repaired. A file with any wrong, unknown or missing
 * field is refused with a message naming the first problem, and the caller changes nothing.
 */
export function importSettings(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return fail('The file is too large to be a settings file.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('The file is not valid JSON.');
  }
  if (!isRecord(value) || value.format !== EXPORT_FORMAT) {
    return fail('This is not a Milia Lens settings file.');
  }
  if (value.version !== SETTINGS_VERSION) {
    return fail(
      `Settings file version ${String(value.version)} is not supported (expected ${SETTINGS_VERSION}).`,
    );
  }
  if (!isRecord(value.settings)) return fail('The file has no settings in it.');
  const { settings, issues } = checkSettings(value.settings);
  const first = issues[0];
  if (first !== undefined) return fail(`The settings are not valid (${first}).`);
  return { ok: true, settings };
}

function fail(error: string): ImportResult {
  return { ok: false, error: `${error} Nothing was changed.` };
}
