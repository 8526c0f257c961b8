import type { Browser, Page } from 'puppeteer-core';
import {
  builtFirefoxDir,
  launchFirefox,
  launchFirefoxExtension,
} from '../../../scripts/lib/launch-firefox.ts';
import {
  type BrowserOptions,
  type DriverPage,
  type ExtensionBrowser,
  type NewPageOptions,
  type PlainBrowser,
  type SeenRequest,
  waitInPage,
} from './driver.ts';
import { type AutomatedPage, wrapPage } from './driver-page.ts';
import { startFirefoxTrace } from './firefox-tasks.ts';
import { readShortcuts, readToolbarState } from './toolbar.ts';
import { proxyPrefs, type RecordingProxy, startRecordingProxy } from './recording-proxy.ts';

/**
 * Firefox through Puppeteer over WebDriver BiDi. The differences from Chromium are handled here:
 * - `page.goto` to a moz-extension:// page never resolves (puppeteer issue #14314), so the
 *   navigation is started and the page polled until it has loaded;
 * - there is no service worker to evaluate in (Firefox runs the MV3 background as an event
 *   page, which WebDriver cannot reach), so an extension page of our own uses the extension
 *   API instead: tab ids, storage, commands, and the background's own `fetch` through
 *   `runtime.getBackgroundPage()`;
 * - WebDriver BiDi shows no request made by an extension's background, so requests are
 *   recorded by a proxy every request of the browser goes through (recording-proxy.ts);
 * - there is no CDP trace, so `traceExtensionTasks` runs the Gecko profiler from the browser's
 *   chrome context (firefox-tasks.ts).
 */
export async function launchFirefoxDriver(options: BrowserOptions = {}): Promise<ExtensionBrowser> {
  const proxy: RecordingProxy | null = options.recordRequests ? await startRecordingProxy() : null;
  const ff = await launchFirefoxExtension(
    builtFirefoxDir(),
    { ...(proxy ? proxyPrefs(proxy.port) : {}), ...mediaPrefs(options) },
    options.profileDir,
  );
  const pages = new Map<DriverPage, Page>();
  const newPage = async (pageOptions?: NewPageOptions, window = false) => {
    const page = await openPage(ff.browser, pageOptions, window);
    pages.set(page.driver, page.raw);
    return page.driver;
  };
  const openExtensionPage = async (pathAndQuery: string): Promise<DriverPage> => {
    const page = await newPage({}, true);
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
  /** An extension page of our own, where the raw extension API is a global. */
  let helper: DriverPage | undefined;
  const inExtension = async <A, R>(fn: (arg: A) => Promise<R>, arg: A): Promise<R> => {
    helper ??= await openExtensionPage('options.html');
    return helper.evaluate(fn, arg);
  };
  const tabIdOf = async (page: DriverPage) => {
    await inExtension(async () => undefined, undefined);
    await page.bringToFront();
    return inExtension(async () => {
      const { tabs } = (globalThis as unknown as { browser: FirefoxApi }).browser;
      const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) throw new Error('no active tab');
      return tab.id;
    }, undefined);
  };
  return {
    name: 'firefox',
    runtimeId: ff.addonId,
    extensionBase: ff.extensionBase,
    errors: [],
    get requests() {
      return (proxy?.seen ?? []).map((r) => describeRequest(r.url, r.headers));
    },
    newPage,
    openExtensionPage,
    tabIdOf,
    // Puppeteer keeps about:blank as the URL of a tab that went to a moz-extension:// page (the
    // same issue as above), so each tab is asked where it is.
    tabUrls: async () =>
      Promise.all(
        (await ff.browser.pages()).map((p) => p.evaluate(() => location.href).catch(() => p.url())),
      ),
    toolbarState: (tabId) => inExtension(readToolbarState, tabId),
    shortcuts: () => inExtension(readShortcuts, undefined),
    async fetchFromBackground(url) {
      await inExtension(async (u) => {
        const { runtime } = (globalThis as unknown as { browser: FirefoxApi }).browser;
        const background = await runtime.getBackgroundPage();
        await background.fetch(u).catch(() => undefined);
      }, url);
    },
    storedData: () =>
      inExtension(async () => {
        const { storage } = (globalThis as unknown as { browser: FirefoxApi }).browser;
        return { local: await storage.local.get(), sync: await storage.sync.get() };
      }, undefined),
    async sendCommand(page, command) {
      const tabId = await tabIdOf(page);
      await inExtension(
        async ([id, name]) => {
          const { tabs } = (globalThis as unknown as { browser: FirefoxApi }).browser;
          await tabs
            .sendMessage(id, { type: 'command', command: name }, { frameId: 0 })
            .catch(() => undefined);
        },
        [tabId, command] as const,
      );
    },
    traceExtensionTasks: () => startFirefoxTrace(ff.browser, ff.extensionBase),
    async close() {
      await ff.close();
      await proxy?.close();
    },
  };
}

/** Firefox without the extension. */
export async function launchFirefoxPlain(): Promise<PlainBrowser> {
  const browser = await launchFirefox();
  return {
    name: 'firefox',
    newPage: async (options) => (await openPage(browser, options)).driver,
    close: () => browser.close(),
  };
}

/**
 * A new tab, or with `window` a tab in a window of its own. Extension pages get their own
 * window: Firefox stops painting and timers in a tab that is not shown, and the popup really
 * opens over the page it describes, which stays shown; a tab in front of it would hide it.
 */
async function openPage(
  browser: Browser,
  options: NewPageOptions = {},
  window = false,
): Promise<{ driver: DriverPage; raw: Page }> {
  const page = await browser.newPage(window ? { type: 'window' } : {});
  if (options.initScript) await page.evaluateOnNewDocument(options.initScript);
  const setViewport = (width: number, height: number) => page.setViewport({ width, height });
  // Puppeteer's evaluate is typed over argument tuples; at run time it is the same call.
  return { driver: wrapPage(page as unknown as AutomatedPage, setViewport), raw: page };
}

/** Firefox takes media-query preferences from prefs read at start-up (no per-page emulation). */
function mediaPrefs(options: BrowserOptions): Record<string, unknown> {
  const prefs: Record<string, unknown> = {};
  if (options.colorScheme) {
    prefs['layout.css.prefers-color-scheme.content-override'] =
      options.colorScheme === 'dark' ? 0 : 1;
  }
  if (options.reducedMotion) prefs['ui.prefersReducedMotion'] = 1;
  return prefs;
}

/**
 * What a proxied request was, from its headers alone. A navigation says so in `Sec-Fetch-Dest`;
 * who sent anything else cannot be told (Firefox sends an extension's fetches without an Origin
 * header), so every request that is not a navigation counts as the extension's. The request test
 * loads pages with no subresources, so this can only count too much, never hide a request.
 */
function describeRequest(
  url: string,
  headers: Record<string, string | string[] | undefined>,
): SeenRequest {
  const dest = String(headers['sec-fetch-dest'] ?? '');
  const document = dest === 'document' || dest === 'iframe';
  return { url, fromExtension: !document, document };
}

interface FirefoxApi {
  runtime: { getBackgroundPage(): Promise<{ fetch: typeof fetch }> };
  storage: Record<'local' | 'sync', { get(): Promise<unknown> }>;
  tabs: {
    query(filter: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: object, options: object): Promise<unknown>;
  };
}
