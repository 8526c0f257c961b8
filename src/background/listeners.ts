import type { Runtime } from 'webextension-polyfill';
import browser from 'webextension-polyfill';
import { getNote } from '../evidence/notes.ts';
import { citedNote } from '../evidence/sources.ts';
import type { CitedNote } from '../evidence/types.ts';
import { isToBackground, isTrustedBackgroundSender } from '../messaging/guards.ts';
import { logOnce } from '../messaging/log-once.ts';
import { type BadgeTracker, createBadgeTracker } from './badge.ts';
import { loadSettings } from '../settings/storage.ts';
import { openChecklist, runCommand, turnSiteOff } from './commands.ts';

/**
 * Everything the service worker listens to. Listeners are added synchronously at start-up, as MV3
 * requires for a restarted worker to receive the event that woke it.
 */
export function startBackground(badge: BadgeTracker = createBadgeTracker()): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    // Only a request for notes has a reply; returning nothing lets the sender's promise settle.
    handleMessage(badge, message, sender),
  );
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void badge.onTabGone(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void badge.onTabGone(tabId));
  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab?.id));
  // Content scripts only read the settings (src/settings/page-reader.ts): a stored value that needs
  // repair is repaired and written back here, once per worker start (migration runs on import).
  void loadSettings();
}

export function handleMessage(
  badge: BadgeTracker,
  message: unknown,
  sender: Runtime.MessageSender,
): Promise<CitedNote[]> | undefined {
  if (!isTrustedBackgroundSender(sender)) {
    logOnce('ignored a message from outside this extension', sender.id, sender.url);
    return;
  }
  if (!isToBackground(message)) {
    logOnce('ignored a malformed message', message);
    return;
  }
  if (message.type === 'notes') {
    // The content script carries no note texts or sources; its cards ask for them here.
    return Promise.resolve(
      message.ids.flatMap((id) => {
        const note = getNote(id);
        return note ? [citedNote(note)] : [];
      }),
    );
  }
  if (message.type === 'counts') {
    // Only content scripts report counts, and only they have a tab and frame to put them on.
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId === undefined) return;
    void badge.onCounts(tabId, sender.frameId, message.counts, message.active);
  } else if (message.type === 'turn-off-site') {
    void turnSiteOff(message.host).catch((error: unknown) =>
      console.error('Milia Lens: could not save the site switch', error),
    );
  } else {
    void openChecklist();
  }
  return undefined;
}
