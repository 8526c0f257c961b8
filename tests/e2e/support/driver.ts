import { setTimeout as sleep } from 'node:timers/promises';
import type { TaskShare } from './extension-tasks.ts';

/**
 * A browser-neutral view of "a browser with Milia Lens installed", so one scenario runs in
 * Chromium (Playwright) and Firefox (Puppeteer over WebDriver BiDi). It holds only what the
 * scenarios need; each browser's quirks live in its own adapter (driver-chromium.ts,
 * driver-firefox.ts), never in the tests.
 */
export type BrowserName = 'chromium' | 'firefox';

/** A document in a tab: the top one or a frame in it. */
export interface DriverFrame {
  url(): string;
  /** Runs `fn(arg)` in the document's main world; `fn` must be self-contained. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export interface DriverPage extends DriverFrame {
  goto(url: string): Promise<void>;
  /** Every document in the tab, the top one first. */
  frames(): DriverFrame[];
  /** A real pointer click at viewport coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  /**
   * Moves the real pointer to viewport coordinates (and leaves it resting there), through
   * `steps` intermediate points so hover-tracking code sees the path.
   */
  moveTo(x: number, y: number, steps?: number): Promise<void>;
  /** Resizes the page's viewport (CSS pixels). */
  setViewport(width: number, height: number): Promise<void>;
  /** Presses one key (a DOM `key` name such as `Escape`, `End`, `Tab`) in the focused element. */
  press(key: string): Promise<void>;
  /** Types text, key by key, into the focused element. */
  type(text: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /** Uncaught errors and console errors the page reported so far. */
  readonly errors: string[];
}

export interface NewPageOptions {
  /** Runs in every document of the page before its own scripts. */
  initScript?: () => void;
}

/** One request the browser sent, as the recorder saw it. */
export interface SeenRequest {
  url: string;
  /** Whether one of the extension's own contexts sent it (its pages, worker or event page). */
  fromExtension: boolean;
  /** A top-level or frame document load. */
  document: boolean;
}

export interface BrowserOptions {
  /** Record every HTTP request the whole browser sends, extension contexts included. */
  recordRequests?: boolean;
  /**
   * User preferences pages see through media queries, for the whole browser: Firefox can set
   * them only when it starts, so both browsers take them at launch.
   */
  colorScheme?: 'light' | 'dark';
  reducedMotion?: boolean;
  /**
   * Runs on this profile directory and leaves it when the browser closes, so launching again
   * on it is a browser restart: same profile, same extension, same storage. (Firefox then
   * installs the build as a permanent add-on in the profile, not as a temporary one, which it
   * would remove at close.)
   */
  profileDir?: string;
}

/** The same browser without the extension: what a page does when nothing else runs in it. */
export interface PlainBrowser {
  readonly name: BrowserName;
  newPage(options?: NewPageOptions): Promise<DriverPage>;
  close(): Promise<void>;
}

export interface ExtensionBrowser extends PlainBrowser {
  /** `runtime.id` inside the extension (a page can learn it: store ids are public). */
  readonly runtimeId: string;
  /** The origin of the extension's own pages, ending in `/`. */
  readonly extensionBase: string;
  /** Errors from the extension's background, where the browser lets a test see them. */
  readonly errors: string[];
  /** Requests recorded so far (only with `recordRequests`). */
  readonly requests: SeenRequest[];
  /** Opens one of the extension's own pages, e.g. `popup.html?tab=3`. */
  openExtensionPage(pathAndQuery: string): Promise<DriverPage>;
  /** The address of every open tab, for tests that check what the extension opened. */
  tabUrls(): Promise<string[]>;
  /** The extension-API id of the tab showing `page`. */
  tabIdOf(page: DriverPage): Promise<number>;
  /**
   * What the toolbar button shows for a tab: the badge text, and whether the background records
   * the tab's top frame as active (that decides the grey icon, which the API cannot read back).
   */
  toolbarState(tabId: number): Promise<{ text: string; active: boolean | null }>;
  /** The keyboard shortcut the browser bound to each of the extension's commands. */
  shortcuts(): Promise<Record<string, string>>;
  /** Fetches `url` from the extension's background (a canary for the request recorder). */
  fetchFromBackground(url: string): Promise<void>;
  /** Everything the extension keeps in `storage.local` and `storage.sync`. */
  storedData(): Promise<unknown>;
  /**
   * Runs a keyboard command the way the background does when its shortcut is pressed: by
   * sending the command message to the tab's top frame. (Neither headless browser can press an
   * extension's global shortcut.)
   */
  sendCommand(page: DriverPage, command: 'next-finding' | 'previous-finding'): Promise<void>;
  /**
   * Starts measuring how long the extension's code keeps `page`'s main thread busy; the returned
   * function stops and hands back the long tasks (over 50 ms) with the extension's CPU time in
   * each: Chromium's trace (extension-tasks.ts), Firefox's profiler (firefox-tasks.ts).
   */
  traceExtensionTasks(page: DriverPage): Promise<() => Promise<TaskShare[]>>;
}

/**
 * Polls `fn(arg)` in the page until it returns something truthy. Errors while the page is
 * between documents (a navigation in flight) count as "not yet"; the last one is reported on
 * timeout so a failure says what went wrong.
 */
export async function waitInPage<A>(
  page: Pick<DriverFrame, 'evaluate'>,
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
