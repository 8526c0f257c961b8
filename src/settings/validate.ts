import { SEVERITIES, type Severity } from '../engine/types.ts';
import {
  type ChecklistProgress,
  defaultSettings,
  HIGHLIGHT_STYLES,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  isValidHoverDelay,
  MAX_CHECKLIST_ENTRIES,
  MAX_SITES,
  type Settings,
  SITE_MODES,
} from './schema.ts';
import { normalizeHost } from './sites.ts';

/**
 * Validation of stored values. Storage is input like any other: sync storage is written by other
 * devices and versions, and a value can be truncated or hand-edited. Nothing here throws; every
 * field that is missing or wrong falls back to its default on its own, so one bad field never
 * costs the user their other choices.
 */

export interface SettingsCheck {
  settings: Settings;
  /** One line per thing that had to be dropped or defaulted; empty when the value was clean. */
  issues: string[];
}

/** Longest raw string we try to read as JSON (a stored value is at most 8 KB in sync storage). */
const MAX_JSON_LENGTH = 100_000;
/** How many raw site entries we look at before giving up on the rest. */
const MAX_RAW_SITES = MAX_SITES * 10;

/** Validates and repairs a stored or imported settings value, field by field. */
export function checkSettings(raw: unknown): SettingsCheck {
  const settings = defaultSettings();
  const issues: string[] = [];
  // Nothing stored yet is not damage: the defaults are the honest value.
  if (raw === undefined || raw === null) return { settings, issues };
  if (typeof raw === 'string') issues.push('settings: stored as text');
  const value = typeof raw === 'string' ? parseJson(raw, issues) : raw;
  if (!isRecord(value)) {
    issues.push('settings: not an object');
    return { settings, issues };
  }
  const known = new Set(Object.keys(settings));
  for (const key of Object.keys(value)) if (!known.has(key)) issues.push(`${key}: unknown field`);

  if (oneOf(SITE_MODES, value.mode)) settings.mode = value.mode;
  else issues.push('mode: not a known mode');

  if (typeof value.paused === 'boolean') settings.paused = value.paused;
  else issues.push('paused: not true or false');

  if (oneOf(HIGHLIGHT_STYLES, value.highlightStyle)) settings.highlightStyle = value.highlightStyle;
  else issues.push('highlightStyle: not a known style');

  if (isValidHoverDelay(value.hoverDelayMs)) {
    settings.hoverDelayMs = value.hoverDelayMs;
  } else {
    issues.push(
      `hoverDelayMs: not a whole number from ${HOVER_DELAY_MIN_MS} to ${HOVER_DELAY_MAX_MS}`,
    );
  }

  settings.severities = checkSeverities(value.severities, issues);
  settings.sites = checkSites(value.sites, issues);
  return { settings, issues };
}

/** Lenient read: the repaired settings, and whether anything needed repair. */
export function parseSettings(raw: unknown): { settings: Settings; repaired: boolean } {
  const { settings, issues } = checkSettings(raw);
  return { settings, repaired: issues.length > 0 };
}

function checkSeverities(raw: unknown, issues: string[]): Record<Severity, boolean> {
  const out = defaultSettings().severities;
  if (!isRecord(raw)) {
    issues.push('severities: not an object');
    return out;
  }
  for (const key of Object.keys(raw)) {
    if (!oneOf(SEVERITIES, key)) issues.push(`severities.${key.slice(0, 40)}: unknown severity`);
  }
  for (const severity of SEVERITIES) {
    const flag = raw[severity];
    if (typeof flag === 'boolean') out[severity] = flag;
    else issues.push(`severities.${severity}: not true or false`);
  }
  return out;
}

function checkSites(raw: unknown, issues: string[]): string[] {
  if (!Array.isArray(raw)) {
    issues.push('sites: not a list');
    return [];
  }
  if (raw.length > MAX_RAW_SITES) issues.push(`sites: only the first ${MAX_SITES} are kept`);
  const sites: string[] = [];
  for (const entry of raw.slice(0, MAX_RAW_SITES)) {
    const host = typeof entry === 'string' ? normalizeHost(entry) : null;
    if (host === null) {
      issues.push(`sites: dropped an entry that is not a host name`);
    } else if (host !== entry || sites.includes(host)) {
      issues.push(`sites: "${host}" normalised or duplicated`);
      if (!sites.includes(host)) sites.push(host);
    } else {
      sites.push(host);
    }
  }
  if (sites.length > MAX_SITES) {
    issues.push(`sites: more than ${MAX_SITES}, the rest dropped`);
    sites.length = MAX_SITES;
  }
  return sites;
}

/** Validates stored checklist ticks: a map from checklist item id to a boolean. */
export function parseChecklistProgress(raw: unknown): {
  progress: ChecklistProgress;
  repaired: boolean;
} {
  const progress: ChecklistProgress = {};
  if (raw === undefined || raw === null) return { progress, repaired: false };
  const value = typeof raw === 'string' ? parseJson(raw, []) : raw;
  if (!isRecord(value)) return { progress, repaired: true };
  let repaired = typeof raw === 'string';
  let kept = 0;
  for (const [id, ticked] of Object.entries(value)) {
    if (kept >= MAX_CHECKLIST_ENTRIES || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(id)) repaired = true;
    else if (typeof ticked !== 'boolean') repaired = true;
    else {
      progress[id] = ticked;
      kept++;
    }
  }
  return { progress, repaired };
}

function parseJson(text: string, issues: string[]): unknown {
  if (text.length > MAX_JSON_LENGTH) {
    issues.push('settings: text too long');
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    issues.push('settings: not valid JSON');
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}
