import { defaultSettings, type Settings } from './schema.ts';
import { isRecord } from './validate.ts';

/**
 * Storage item migration v1 → v2. Version 1 had one global switch (`enabled`) and the sites it was
 * off on (`disabledSites`); version 2 turns these into `paused` and an 'all-except-listed' site list
 * and adds the highlighting preferences, at their defaults. Malformed v1 fields are passed through
 * unchanged so that `parseSettings` repairs them like any other bad value, instead of a migration
 * that throws and leaves the item stuck at version 1.
 */
export function migrateV1(old: unknown): unknown {
  if (!isRecord(old)) return old;
  // Current settings whose version marker was lost (WXT writes the value and its version as two
  // writes; a browser closing in between keeps only the first): nothing of version 1 to carry.
  if (!('enabled' in old) && !('disabledSites' in old) && 'sites' in old) return old;
  const { enabled, disabledSites, ...rest } = old;
  const base: Partial<Settings> = defaultSettings();
  return {
    ...base,
    ...rest,
    mode: 'all-except-listed',
    paused: typeof enabled === 'boolean' ? !enabled : enabled,
    sites: disabledSites ?? [],
  };
}
