import type { Page } from 'playwright-core';
import type { LaunchedExtension } from '../../../scripts/lib/launch-extension.ts';
import { activeTabId } from './tabs.ts';

/**
 * Runs a keyboard command the way the background does when its shortcut is pressed: by sending
 * the command message to the tab's top frame. (Headless Chromium has no way to press an
 * extension's global shortcut.)
 */
export async function sendCommand(
  ext: LaunchedExtension,
  page: Page,
  command: 'next-finding' | 'previous-finding',
): Promise<void> {
  const tabId = await activeTabId(ext, page);
  const worker = ext.context.serviceWorkers()[0];
  if (!worker) throw new Error('extension service worker not running');
  await worker.evaluate(
    async ([id, name]) => {
      // Test-only code run in the service worker, where the raw extension API is a global.
      const api = (globalThis as unknown as { chrome: ChromeTabsApi }).chrome;
      await api.tabs
        .sendMessage(id, { type: 'command', command: name }, { frameId: 0 })
        .catch(() => undefined);
    },
    [tabId, command] as const,
  );
}

interface ChromeTabsApi {
  tabs: { sendMessage(tabId: number, message: object, options: object): Promise<unknown> };
}
