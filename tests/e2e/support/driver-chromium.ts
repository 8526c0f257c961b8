import { type BrowserContext, chromium, type Page, type Request } from 'playwright-core';
import { findChromium } from '../../../scripts/lib/find-browser.ts';
import { launchExtension } from '../../../scripts/lib/launch-extension.ts';
import { activeTabId } from '../../../scripts/lib/tabs.ts';
import type {
  BrowserOptions,
  DriverPage,
  ExtensionBrowser,
  NewPageOptions,
  PlainBrowser,
  SeenRequest,
} from './driver.ts';
import { type AutomatedPage, wrapPage } from './driver-page.ts';
import { longTasks, startTrace } from './extension-tasks.ts';
import { readShortcuts, readToolbarState } from './toolbar.ts';

/** Chromium through Playwright, behind the driver. */
export async function launchChromiumDriver(
  options: BrowserOptions = {},
): Promise<ExtensionBrowser> {
  const ext = await launchExtension({
    userDataDir: options.profileDir,
    colorScheme: options.colorScheme,
    reducedMotion: options.reducedMotion ? 'reduce' : undefined,
  });
  const own = `chrome-extension://${ext.extensionId}/`;
  const pages = new Map<DriverPage, Page>();
  const raw = (page: DriverPage): Page => {
    const found = pages.get(page);
    if (!found) throw new Error('not a page of this browser');
    return found;
  };
  const errors: string[] = [];
  const watchWorker = (worker: { on(e: 'console', l: (m: ConsoleLike) => void): unknown }) =>
    worker.on('console', (m) => {
      if (m.type() === 'error') errors.push(`extension console: ${m.text()}`);
    });
  ext.context.serviceWorkers().forEach(watchWorker);
  ext.context.on('serviceworker', watchWorker);
  const requests: SeenRequest[] = [];
  if (options.recordRequests) {
    ext.context.on('request', (request) => requests.push(describeRequest(request, own)));
  }
  const worker = () => {
    const found = ext.context.serviceWorkers()[0];
    if (!found) throw new Error('extension service worker not running');
    return found;
  };
  const newPage = async (pageOptions?: NewPageOptions) => {
    const page = await openPage(ext.context, pageOptions);
    pages.set(page.driver, page.raw);
    return page.driver;
  };
  return {
    name: 'chromium',
    runtimeId: ext.extensionId,
    extensionBase: own,
    errors,
    requests,
    newPage,
    async openExtensionPage(pathAndQuery) {
      const page = await newPage();
      await page.goto(`${own}${pathAndQuery}`);
      return page;
    },
    tabUrls: async () => ext.context.pages().map((p) => p.url()),
    tabIdOf: (page) => activeTabId(ext, raw(page)),
    toolbarState: (tabId) => worker().evaluate(readToolbarState, tabId),
    shortcuts: () => worker().evaluate(readShortcuts, undefined),
    async fetchFromBackground(url) {
      await worker().evaluate((u) => fetch(u).then((r) => r.status), url);
    },
    storedData: () =>
      worker().evaluate(async () => {
        // Test-only code run in the service worker, where the raw extension API is a global.
        const { storage } = (globalThis as unknown as { chrome: StorageApi }).chrome;
        return { local: await storage.local.get(), sync: await storage.sync.get() };
      }),
    async sendCommand(page, command) {
      const tabId = await activeTabId(ext, raw(page));
      await worker().evaluate(
        async ([id, name]) => {
          const { tabs } = (globalThis as unknown as { chrome: TabsApi }).chrome;
          await tabs
            .sendMessage(id, { type: 'command', command: name }, { frameId: 0 })
            .catch(() => undefined);
        },
        [tabId, command] as const,
      );
    },
    async traceExtensionTasks(page) {
      const stop = await startTrace(raw(page));
      return async () => longTasks(await stop(), own);
    },
    close: () => ext.close(),
  };
}

/** Chromium without the extension. */
export async function launchChromiumPlain(): Promise<PlainBrowser> {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const context = await browser.newContext();
  return {
    name: 'chromium',
    newPage: async (options) => (await openPage(context, options)).driver,
    close: () => browser.close(),
  };
}

async function openPage(
  context: BrowserContext,
  options: NewPageOptions = {},
): Promise<{ driver: DriverPage; raw: Page }> {
  const page = await context.newPage();
  if (options.initScript) await page.addInitScript(options.initScript);
  const setViewport = (width: number, height: number) => page.setViewportSize({ width, height });
  return { driver: wrapPage(page as unknown as AutomatedPage, setViewport), raw: page };
}

function describeRequest(request: Request, own: string): SeenRequest {
  let from = request.serviceWorker()?.url() ?? '';
  if (!from) {
    try {
      from = request.frame().url();
    } catch {
      from = '';
    }
  }
  return {
    url: request.url(),
    fromExtension: from.startsWith(own),
    document: request.resourceType() === 'document',
  };
}

interface ConsoleLike {
  type(): string;
  text(): string;
}

interface StorageApi {
  storage: Record<'local' | 'sync', { get(): Promise<unknown> }>;
}

interface TabsApi {
  tabs: { sendMessage(tabId: number, message: object, options: object): Promise<unknown> };
}
