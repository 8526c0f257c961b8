import browser from 'webextension-polyfill';
import { describeTab, sendToTab } from '../messaging/send.ts';
import { isSiteEnabled, setSiteEnabled } from '../settings/sites.ts';
import { loadSettings, saveSettings } from '../settings/storage.ts';

export const CHECKLIST_PAGE = '/popup.html?view=checklist';

/**
 * Keyboard commands (declared in wxt.config.ts). They act on the tab the user is looking at;
 * `tabs.query` finds it without the `tabs` permission (ids only, no URLs).
 */
export async function runCommand(command: string, tabId?: number): Promise<void> {
  const target = tabId ?? (await activeTabId());
  if (target === undefined) return;
  if (command === 'next-finding' || command === 'previous-finding') {
    await sendToTab(target, { type: 'command', command }).catch(() => undefined);
  } else if (command === 'toggle-site') {
    await toggleSite(target);
  }
}

/**
 * Flips the site choice for the tab's host (learned from its content script: no permission
 * needed). It flips the per-site choice, not the global pause, so it matches the popup's switch.
 * A tab without a content script (a browser page) has no site to toggle: nothing happens.
 */
async function toggleSite(tabId: number): Promise<void> {
  const summary = await describeTab(tabId);
  if (!summary?.host) return;
  const settings = await loadSettings();
  const next = setSiteEnabled(settings, summary.host, !isSiteEnabled(settings, summary.host));
  if (next !== settings) await saveSettings(next);
}

/** The card's "Turn off on this site", for a frame whose content script only reads settings. */
export async function turnSiteOff(host: string): Promise<void> {
  const settings = await loadSettings();
  const next = setSiteEnabled(settings, host, false);
  if (next !== settings) await saveSettings(next);
}

export async function openChecklist(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(CHECKLIST_PAGE) });
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}
