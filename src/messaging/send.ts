import browser from 'webextension-polyfill';
import { isPageSummary } from './guards.ts';
import { logOnce } from './log-once.ts';
import type { PageSummary, ToBackground, ToContent } from './messages.ts';

/**
 * Typed senders: the message type is checked where it is written, and replies are validated
 * before anyone reads them.
 */

/** Sends to the content script of a tab's top frame (frame 0), where the page is summarised. */
export function sendToTab(tabId: number, message: ToContent): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}

export function sendToBackground(message: ToBackground): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/**
 * What the tab's content script says about its page, or null when no content script answers
 * (browser pages, the web store, PDFs, file:// without access) or the reply is malformed.
 */
export async function describeTab(tabId: number): Promise<PageSummary | null> {
  let reply: unknown;
  try {
    reply = await sendToTab(tabId, { type: 'describe' });
  } catch {
    return null;
  }
  if (isPageSummary(reply)) return reply;
  if (reply !== undefined) logOnce('ignored a malformed page summary', reply);
  return null;
}
