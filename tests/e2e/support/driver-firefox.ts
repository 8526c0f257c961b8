import type { Page } from 'puppeteer-core';
import { launchFirefoxExtension } from '../../../scripts/lib/launch-firefox.ts';
import {
  type AutomatedPage,
  type DriverPage,
  type ExtensionBrowser,
  waitInPage,
  wrapPage,
} from './driver.ts';

/**
 * Firefox through Puppeteer over WebDriver BiDi. Two differences from Chromium are handled here:
 * - `page.goto` to a moz-extension:// page never resolves (puppeteer issue #14314), so the
 *   navigation is started and the page polled until it has loaded;
 * - there is no service worker to ask for tab ids (Firefox runs the MV3 background as an event
 *   page), so an extension page of our own asks `browser.tabs.query` instead.
 */
export async function launchFirefoxDriver(): Promise<ExtensionBrowser> {
  const ff = await launchFirefoxExtension();
  const pages = new Map<DriverPage, Page>();
  let helper: DriverPage | undefined;
  const wrap = async (): Promise<DriverPage> => {
    const page = await ff.browser.newPage();
    // Puppeteer's evaluate is typed over argument tuples; at run time it is the same call.
    const driverPage = wrapPage(page as unknown as AutomatedPage);
    pages.set(driverPage, page);
    return driverPage;
  };
  const openExtensionPage = async (pathAndQuery: string): Promise<DriverPage> => {
    const page = await wrap();
    const url = `${ff.extensionBase}${pathAndQuery}`;
    pages
      .get(page)
      ?.goto(url)
      .catch(() => {});
    await waitInPage(
      page,
      (href) => location.href === href && document.readyState === 'complete',
      url,
      `${url} to load`,
    );
    return page;
  };
  return {
    name: 'firefox',
    runtimeId: ff.addonId,
    newPage: wrap,
    openExtensionPage,
    async tabIdOf(page) {
      helper ??= await openExtensionPage('options.html');
      await page.bringToFront();
      return helper.evaluate(async () => {
        // Test-only code in an extension page, where the raw extension API is a global.
        const api = (globalThis as unknown as { browser: FirefoxTabsApi }).browser;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        if (tab?.id === undefined) throw new Error('no active tab');
        return tab.id;
      }, undefined);
    },
    close: () => ff.close(),
  };
}

interface FirefoxTabsApi {
  tabs: { query(filter: object): Promise<{ id?: number }[]> };
}
