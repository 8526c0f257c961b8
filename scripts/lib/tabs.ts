import type { Page } from 'playwright-core';
import type { LaunchedExtension } from './launch-extension.ts';

/**
 * The id of the tab showing `page` (or of the active tab). The extension has no `tabs` permission,
 * so it can't see URLs; the page is brought to the front and the active tab asked for instead.
 */
export async function activeTabId(ext: LaunchedExtension, page?: Page): Promise<number> {
  await page?.bringToFront();
  const worker = ext.context.serviceWorkers()[0];
  if (!worker) throw new Error('extension service worker not running');
  return worker.evaluate(async () => {
    // Test-only code run in the service worker, where the raw extension API is a global.
    const api = (globalThis as unknown as { chrome: ChromeTabsApi }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

interface ChromeTabsApi {
  tabs: { query(filter: object): Promise<{ id?: number }[]> };
}
