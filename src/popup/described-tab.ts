import browser from 'webextension-polyfill';

export interface DescribedTab {
  id: number;
  host: string;
}

/**
 * The tab the popup describes: `popup.html?tab=<id>` names one (for a popup opened in a tab of its
 * own), otherwise the active tab of the popup's window.
 */
export async function describedTab(): Promise<DescribedTab | null> {
  const param = new URLSearchParams(location.search).get('tab');
  const tab =
    param !== null && /^\d+$/.test(param)
      ? await browser.tabs.get(Number(param)).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return null;
  const host = await hostOf(tab.id);
  return { id: tab.id, host };
}

/** Asks the tab's content script where it is: needs no `tabs` permission. */
async function hostOf(tabId: number): Promise<string> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { type: 'where' })) as unknown;
    if (reply && typeof reply === 'object' && 'host' in reply && typeof reply.host === 'string') {
      return reply.host;
    }
  } catch {
    // No content script in this tab: a browser page or a page extensions can't run on.
  }
  return '';
}
