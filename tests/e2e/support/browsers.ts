import type { BrowserName, BrowserOptions, ExtensionBrowser, PlainBrowser } from './driver.ts';
import { launchChromiumDriver, launchChromiumPlain } from './driver-chromium.ts';
import { launchFirefoxDriver, launchFirefoxPlain } from './driver-firefox.ts';

/**
 * Every browser the e2e suite runs in. A scenario written against the driver runs in each
 * through `describe.each(BROWSERS)`; launching one that is not installed throws with how to
 * install it, so a missing browser fails the run instead of skipping half of it.
 */
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export function launchWithExtension(
  name: BrowserName,
  options: BrowserOptions = {},
): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromiumDriver(options) : launchFirefoxDriver(options);
}

export function launchWithoutExtension(name: BrowserName): Promise<PlainBrowser> {
  return name === 'chromium' ? launchChromiumPlain() : launchFirefoxPlain();
}
