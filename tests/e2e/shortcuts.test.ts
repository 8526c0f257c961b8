import { describe, expect, test } from 'vitest';
import { BROWSERS, launchWithExtension } from './support/browsers.ts';

/**
 * A browser silently skips a suggested key it reserves for itself (Chromium does with Alt+Shift+N
 * and P), leaving the command unbound; a fresh profile must come up with every keyboard command
 * usable. (Pressing the shortcuts is beyond either headless browser; the driver's sendCommand
 * runs a command the way the background does.)
 */
describe.each(BROWSERS)('in %s', (name) => {
  test('every keyboard command gets its suggested key in a fresh profile', async () => {
    const browser = await launchWithExtension(name);
    try {
      expect(await browser.shortcuts()).toMatchObject({
        'next-finding': 'Alt+Shift+J',
        'previous-finding': 'Alt+Shift+K',
        'toggle-site': 'Alt+Shift+M',
      });
    } finally {
      await browser.close();
    }
  });
});
