import type { DriverFrame, DriverPage } from './driver.ts';

/**
 * What Playwright's and Puppeteer's pages have in common, as far as the driver needs it; both
 * adapters wrap their pages through `wrapPage`.
 */
interface AutomatedFrame {
  url(): string;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<unknown>;
}

export interface AutomatedPage extends AutomatedFrame {
  on(event: 'pageerror', listener: (error: unknown) => void): unknown;
  on(event: 'console', listener: (message: { type(): string; text(): string }) => void): unknown;
  goto(url: string): Promise<unknown>;
  frames(): AutomatedFrame[];
  mouse: {
    click(x: number, y: number): Promise<void>;
    move(x: number, y: number, options?: { steps?: number }): Promise<void>;
  };
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

/** A missing favicon is the static server's doing, not ours. */
const isNoise = (text: string) => text.startsWith('Failed to load resource');

function wrapFrame(frame: AutomatedFrame): DriverFrame {
  return {
    url: () => frame.url(),
    evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      frame.evaluate(fn, arg) as Promise<R>,
  };
}

/**
 * Wraps an automated page; `setViewport` is each library's own call (Playwright's
 * `setViewportSize`, Puppeteer's `setViewport`).
 */
export function wrapPage(
  page: AutomatedPage,
  setViewport: (width: number, height: number) => Promise<void>,
): DriverPage {
  const errors: string[] = [];
  let pointer = { x: -1, y: -1 };
  page.on('pageerror', (error) => errors.push(`page error: ${String(error)}`));
  // The content script logs to its page's console: its errors land here too.
  page.on('console', (message) => {
    if (message.type() === 'error' && !isNoise(message.text())) {
      errors.push(`console: ${message.text()}`);
    }
  });
  return {
    ...wrapFrame(page),
    errors,
    async goto(url) {
      await page.goto(url);
    },
    frames: () => page.frames().map(wrapFrame),
    async clickAt(x, y) {
      pointer = { x, y };
      await page.mouse.click(x, y);
    },
    async moveTo(x, y, steps = 1) {
      // Playwright's CDP input sends a mousemove even to where the pointer already is; a
      // WebDriver BiDi pointer move there sends nothing. Step aside first, so a "move here
      // again" (after the page scrolled under a resting pointer) is a real move in both.
      if (x === pointer.x && y === pointer.y) await page.mouse.move(x + 1, y);
      pointer = { x, y };
      await page.mouse.move(x, y, { steps });
    },
    setViewport,
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}
