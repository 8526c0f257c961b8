import browser from 'webextension-polyfill';
import type { SeverityCounts } from '../messaging/messages.ts';
import {
  type Badge,
  type BadgeState,
  badgeFor,
  forgetTab,
  parseBadgeState,
  recordFrame,
  reportOf,
} from './badge-state.ts';

const SESSION_KEY = 'badgeState';
const ICON_SIZES = [16, 32, 48, 128] as const;
const iconPaths = (prefix: string) =>
  Object.fromEntries(ICON_SIZES.map((size) => [size, `/icon/${prefix}${size}.png`]));
const ACTIVE_ICON = iconPaths('');
const GREY_ICON = iconPaths('grey-');

export interface BadgeTracker {
  onCounts(tabId: number, frameId: number, counts: SeverityCounts, active: boolean): Promise<void>;
  /** The tab started loading a new page (or closed): its frames' reports are stale. */
  onTabGone(tabId: number): Promise<void>;
}

/**
 * Keeps the toolbar badge of every tab in step with its frames' reports.
 *
 * MV3 may stop the service worker between any two events, so the per-frame reports are kept in
 * `storage.session` (memory-only, cleared when the browser closes, not readable by content
 * scripts). Recomputing from fresh messages instead would need every frame to resend on each
 * worker start, which frames cannot know about. This worker is the only writer, so the state is
 * read once per worker life, updated in memory through one queue (frames report concurrently),
 * and written through after each change.
 */
export function createBadgeTracker(): BadgeTracker {
  let state: Promise<BadgeState> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const load = () => {
    state ??= browser.storage.session
      .get(SESSION_KEY)
      .then((stored) => parseBadgeState(stored[SESSION_KEY]))
      .catch(() => ({}));
    return state;
  };

  const update = (tabId: number, change: (s: BadgeState) => BadgeState): Promise<void> => {
    const next = queue.then(async () => {
      const before = await load();
      const after = change(before);
      state = Promise.resolve(after);
      await browser.storage.session.set({ [SESSION_KEY]: after }).catch(() => undefined);
      await showBadge(tabId, badgeFor(before, tabId), badgeFor(after, tabId));
    });
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    onCounts: (tabId, frameId, counts, active) =>
      update(tabId, (s) => recordFrame(s, tabId, frameId, reportOf(counts, active))),
    onTabGone: (tabId) => update(tabId, (s) => forgetTab(s, tabId)),
  };
}

/**
 * Draws the badge. The text is always set (cheap, and Firefox resets it on navigation on its
 * own); the icon, which makes the browser load images, only when it changes.
 */
async function showBadge(tabId: number, before: Badge, after: Badge): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: after.text });
    if (before.active !== after.active) {
      await browser.action.setIcon({ tabId, path: after.active ? ACTIVE_ICON : GREY_ICON });
    }
  } catch {
    // The tab closed meanwhile: nothing left to draw on.
  }
}
