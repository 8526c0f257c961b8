import type { Page } from 'playwright-core';
import { launchExtension } from '../../../scripts/lib/launch-extension.ts';
import { activeTabId } from '../../../scripts/lib/tabs.ts';
import { type DriverPage, type ExtensionBrowser, wrapPage } from './driver.ts';

/** Chromium through Playwright: the harness the rest of the e2e suite uses, behind the driver. */
export async function launchChromiumDriver(): Promise<ExtensionBrowser> {
  const ext = await launchExtension();
  const pages = new Map<DriverPage, Page>();
  const wrap = async (): Promise<DriverPage> => {
    const page = await ext.context.newPage();
    const driverPage = wrapPage(page);
    pages.set(driverPage, page);
    return driverPage;
  };
  return {
    name: 'chromium',
    runtimeId: ext.extensionId,
    newPage: wrap,
    async openExtensionPage(pathAndQuery) {
      const page = await wrap();
      await page.goto(`chrome-extension://${ext.extensionId}/${pathAndQuery}`);
      return page;
    },
    tabIdOf(page) {
      const raw = pages.get(page);
      if (!raw) throw new Error('not a page of this browser');
      return activeTabId(ext, raw);
    },
    close: () => ext.close(),
  };
}
