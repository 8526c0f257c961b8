import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A browser-neutral view of "a browser with Milia Lens installed", so one scenario runs in
 * Chromium (Playwright) and Firefox (Puppeteer over WebDriver BiDi). It holds only what the
 * scenarios need; each browser's quirks live in its own adapter (driver-chromium.ts,
 * driver-firefox.ts), never in the tests.
 */
export type BrowserName = 'chromium' | 'firefox';

export interface DriverPage {
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page's main world; `fn` must be self-contained. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** A real pointer click at viewport coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  /** Moves the real pointer to viewport coordinates (and leaves it resting there). */
  moveTo(x: number, y: number): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /** Uncaught errors the page reported so far. */
  readonly errors: string[];
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** `runtime.id` inside the extension (a page can learn it: store ids are public). */
  readonly runtimeId: string;
  newPage(): Promise<DriverPage>;
  /** Opens one of the extension's own pages, e.g. `popup.html?tab=3`. */
  openExtensionPage(pathAndQuery: string): Promise<DriverPage>;
  /** The extension-API id of the tab showing `page`. */
  tabIdOf(page: DriverPage): Promise<number>;
  close(): Promise<void>;
}

/**
 * Polls `fn(arg)` in the page until it returns something truthy. Errors while the page is
 * between documents (a navigation in flight) count as "not yet"; the last one is reported on
 * timeout so a failure says what went wrong.
 */
export async function waitInPage<A>(
  page: DriverPage,
  fn: (arg: A) => unknown,
  arg: A,
  what: string,
  timeout = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  let lastError = '';
  for (;;) {
    try {
      if (await page.evaluate(fn, arg)) return;
    } catch (error) {
      lastError = ` (last error: ${String(error).split('\n')[0]})`;
    }
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeout} ms: ${what}${lastError}`);
    await sleep(100);
  }
}

/**
 * What Playwright's and Puppeteer's pages have in common, as far as the driver needs it; both
 * adapters wrap their pages through `wrapPage`.
 */
export interface AutomatedPage {
  on(event: 'pageerror', listener: (error: unknown) => void): unknown;
  goto(url: string): Promise<unknown>;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<unknown>;
  mouse: { click(x: number, y: number): Promise<void>; move(x: number, y: number): Promise<void> };
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export function wrapPage(page: AutomatedPage): DriverPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    errors,
    async goto(url) {
      await page.goto(url);
    },
    evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn, arg) as Promise<R>,
    clickAt: (x, y) => page.mouse.click(x, y),
    moveTo: (x, y) => page.mouse.move(x, y),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}
