import type { SeverityCounts } from '../messaging/messages.ts';

/**
 * What the toolbar badge shows for each tab, as pure data so it can be tested and kept in
 * `storage.session`. Every frame of a tab runs its own content script and reports its own counts;
 * the badge sums them. Keys are strings because the state round-trips through JSON storage.
 */
export interface FrameReport {
  /** Warning and danger findings in that frame: the ones worth a look before acting. */
  count: number;
  active: boolean;
}

/** tabId → frameId → that frame's last report. */
export type BadgeState = Record<string, Record<string, FrameReport>>;

export interface Badge {
  text: string;
  /** False greys the icon: Milia Lens is off for this tab's site (or paused). */
  active: boolean;
}

export function reportOf(counts: SeverityCounts, active: boolean): FrameReport {
  return { count: counts.warning + counts.danger, active };
}

export function recordFrame(
  state: BadgeState,
  tabId: number,
  frameId: number,
  report: FrameReport,
): BadgeState {
  const frames = { ...state[tabId], [frameId]: report };
  return { ...state, [tabId]: frames };
}

export function forgetTab(state: BadgeState, tabId: number): BadgeState {
  return Object.fromEntries(Object.entries(state).filter(([id]) => id !== String(tabId)));
}

/**
 * The badge of one tab. Active follows the top frame (frame 0), whose site is the one the user
 * sees in the address bar; without a top-frame report, the tab counts as active if any frame is.
 */
export function badgeFor(state: BadgeState, tabId: number): Badge {
  const frames = state[tabId];
  if (frames === undefined) return { text: '', active: true };
  const reports = Object.values(frames);
  const count = reports.reduce((sum, r) => sum + r.count, 0);
  const active = frames[0]?.active ?? reports.some((r) => r.active);
  return { text: badgeText(count), active };
}

export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** Accepts only the shape `recordFrame` writes; storage.session could hold anything after an update. */
export function parseBadgeState(raw: unknown): BadgeState {
  if (!isRecord(raw)) return {};
  const state: BadgeState = {};
  for (const [tabId, frames] of Object.entries(raw)) {
    if (!/^\d+$/.test(tabId) || !isRecord(frames)) continue;
    const kept: Record<string, FrameReport> = {};
    for (const [frameId, report] of Object.entries(frames)) {
      if (!/^\d+$/.test(frameId) || !isRecord(report)) continue;
      const { count, active } = report;
      if (
        typeof count === 'number' &&
        Number.isInteger(count) &&
        count >= 0 &&
        typeof active === 'boolean'
      ) {
        kept[frameId] = { count, active };
      }
    }
    state[tabId] = kept;
  }
  return state;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
