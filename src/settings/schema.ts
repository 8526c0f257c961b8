import { SEVERITIES, type Severity } from '../engine/types.ts';

/**
 * The user's choices. Stored in `sync` storage so they follow the user between browsers; every
 * reader validates them with `parseSettings`, because sync storage is written by other devices
 * (and older or newer versions of the extension) that this code does not control.
 */
export interface Settings {
  /** 'all-except-listed': `sites` are where it is off. 'only-listed': `sites` are where it is on. */
  mode: SiteMode;
  /** Normalised hosts (see `normalizeHost`); an entry covers its subdomains too. */
  sites: string[];
  /** Off everywhere, whatever the site list says. */
  paused: boolean;
  /** Which severities are highlighted. */
  severities: Record<Severity, boolean>;
  highlightStyle: HighlightStyle;
  /** How long the pointer rests on a highlight before its card opens. */
  hoverDelayMs: number;
}

export const SITE_MODES = ['all-except-listed', 'only-listed'] as const;
export type SiteMode = (typeof SITE_MODES)[number];

export const HIGHLIGHT_STYLES = ['underline', 'background'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export const HOVER_DELAY_MIN_MS = 0;
export const HOVER_DELAY_MAX_MS = 2000;

export function isValidHoverDelay(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= HOVER_DELAY_MIN_MS &&
    value <= HOVER_DELAY_MAX_MS
  );
}

/**
 * Sync storage allows 8 KB per item, so the list is capped well below what would overflow it
 * (200 hosts of typical length fit; a longer list would make every save fail).
 */
export const MAX_SITES = 200;
/** DNS limit for a host name. */
export const MAX_HOST_LENGTH = 253;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  mode: 'all-except-listed',
  sites: [],
  paused: false,
  severities: Object.fromEntries(SEVERITIES.map((s) => [s, true])) as Record<Severity, boolean>,
  highlightStyle: 'underline',
  hoverDelayMs: 250,
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return {
    ...DEFAULT_SETTINGS,
    sites: [...DEFAULT_SETTINGS.sites],
    severities: { ...DEFAULT_SETTINGS.severities },
  };
}

/**
 * The first stored shape (storage item version 1): one on/off switch and a list of sites it was
 * off on. Kept so `migrateV1` can carry those choices forward.
 */
export interface SettingsV1 {
  enabled: boolean;
  disabledSites: string[];
}

/** Current storage item version of `sync:settings`. */
export const SETTINGS_VERSION = 2;

/** Ticks of the home-care checklist, by checklist item id. */
export type ChecklistProgress = Record<string, boolean>;

/** Far more than the checklist will ever have; bounds what a corrupt value can make us keep. */
export const MAX_CHECKLIST_ENTRIES = 100;
