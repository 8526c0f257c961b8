import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, launchWithExtension } from './support/browsers.ts';
import type { ExtensionBrowser } from './support/driver.ts';

/**
 * A browser silently skips a suggested key it reserves for itself (Chromium does with Alt+Shift+N
 * and P), leaving the command unbound; a fresh profile must come up with every keyboard command
 * usable. (Pressing the shortcuts is beyond either headless browser; support/driver.ts's
 * sendCommand runs a command the way the background does.)
 */
describe.each(BROWSERS)('in %s', (name) => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension(name);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('every keyboard command gets its suggested key in a fresh profile', async () => {
    expect(await browser.shortcuts()).toMatchObject({
      'next-finding': 'Alt+Shift+J',
      'previous-finding': 'Alt+Shift+K',
      'toggle-site': 'Alt+Shift+M',
    });
  });
});
